CREATE TYPE "public"."booking_source" AS ENUM('online', 'desk');--> statement-breakpoint
CREATE TYPE "public"."booking_status" AS ENUM('confirmed', 'checked_in', 'no_show', 'cancelled');--> statement-breakpoint
CREATE TABLE "booking_offers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "booking_offers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"place_id" integer NOT NULL,
	"slug" text NOT NULL,
	"position" smallint NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"duration_minutes" integer NOT NULL,
	"capacity" integer NOT NULL,
	"min_party" integer DEFAULT 1 NOT NULL,
	"max_party" integer NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_free" boolean DEFAULT false NOT NULL,
	"price_cents" integer,
	"requirements" jsonb NOT NULL,
	"channels" text[] NOT NULL,
	"patterns" jsonb NOT NULL,
	"booking_horizon_days" integer DEFAULT 60 NOT NULL,
	"facts_source" text,
	"archived_at" timestamp with time zone,
	CONSTRAINT "booking_offers_place_slug" UNIQUE("place_id","slug"),
	CONSTRAINT "booking_offers_duration" CHECK ("booking_offers"."duration_minutes" between 1 and 1440),
	CONSTRAINT "booking_offers_party" CHECK ("booking_offers"."min_party" >= 1 and "booking_offers"."min_party" <= "booking_offers"."max_party" and "booking_offers"."max_party" <= "booking_offers"."capacity"),
	CONSTRAINT "booking_offers_price" CHECK ("booking_offers"."price_cents" is null or "booking_offers"."price_cents" >= 0),
	CONSTRAINT "booking_offers_channels" CHECK (cardinality("booking_offers"."channels") >= 1 and "booking_offers"."channels" <@ array['online','onsite']::text[])
);
--> statement-breakpoint
CREATE TABLE "booking_slots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "booking_slots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"offer_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"local_date" date NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "booking_slots_offer_start" UNIQUE("offer_id","starts_at"),
	CONSTRAINT "booking_slots_capacity_backstop" CHECK ("booking_slots"."booked" >= 0 and "booking_slots"."booked" <= "booking_slots"."capacity")
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bookings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"secret_hash" text NOT NULL,
	"slot_id" integer NOT NULL,
	"party_size" integer NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"lang" text NOT NULL,
	"source" "booking_source" NOT NULL,
	"status" "booking_status" DEFAULT 'confirmed' NOT NULL,
	"booked_by_account_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	CONSTRAINT "bookings_code_unique" UNIQUE("code"),
	CONSTRAINT "bookings_party_size" CHECK ("bookings"."party_size" between 1 and 1000),
	CONSTRAINT "bookings_lang" CHECK ("bookings"."lang" in ('en', 'fr'))
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" smallint NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
ALTER TABLE "booking_offers" ADD CONSTRAINT "booking_offers_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_slots" ADD CONSTRAINT "booking_slots_offer_id_booking_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."booking_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_slot_id_booking_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."booking_slots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_slots_local_date" ON "booking_slots" USING btree ("local_date");--> statement-breakpoint
CREATE INDEX "bookings_slot" ON "bookings" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "bookings_email" ON "bookings" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "idempotency_keys_expires" ON "idempotency_keys" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "outbox_messages_pending" ON "outbox_messages" USING btree ("next_attempt_at") WHERE "outbox_messages"."sent_at" is null;--> statement-breakpoint
-- Offers are content (their place's page shows them): changing one bumps the content revision.
CREATE TRIGGER "booking_offers_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "booking_offers" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();--> statement-breakpoint
-- A slot's `booked` is the sum of the party sizes of its bookings that hold places (all but cancelled
-- ones), kept here in the writing transaction; with the slot's CHECK it is the database's own refusal
-- to oversell, whatever the application does.
CREATE FUNCTION "bookings_hold_places"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."status" <> 'cancelled' THEN
    UPDATE "booking_slots" SET "booked" = "booked" - OLD."party_size" WHERE "id" = OLD."slot_id";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."status" <> 'cancelled' THEN
    UPDATE "booking_slots" SET "booked" = "booked" + NEW."party_size" WHERE "id" = NEW."slot_id";
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "bookings_hold_places" AFTER INSERT OR DELETE OR UPDATE OF "status", "party_size", "slot_id" ON "bookings" FOR EACH ROW EXECUTE FUNCTION "bookings_hold_places"();
