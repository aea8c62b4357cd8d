ALTER TYPE "public"."figure_qualifier" ADD VALUE IF NOT EXISTS 'round';--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN IF NOT EXISTS "facts_source" text;
