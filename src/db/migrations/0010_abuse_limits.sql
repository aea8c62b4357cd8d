CREATE TABLE IF NOT EXISTS "rate_limit_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "booking_offers" ADD COLUMN IF NOT EXISTS "places_per_email_per_day" integer;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "rate_limit_counters_window_ends" ON "rate_limit_counters" USING btree ("window_ends_at");--> statement-breakpoint
ALTER TABLE "booking_offers" DROP CONSTRAINT IF EXISTS "booking_offers_places_per_email";--> statement-breakpoint
ALTER TABLE "booking_offers" ADD CONSTRAINT "booking_offers_places_per_email" CHECK ("booking_offers"."places_per_email_per_day" is null or "booking_offers"."places_per_email_per_day" >= "booking_offers"."max_party");
