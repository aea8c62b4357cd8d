-- Every change to content bumps content_revision in the same transaction (see src/db/schema/system.ts).
INSERT INTO "content_revision" ("id", "value") VALUES (1, 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION "bump_content_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "content_revision" SET "value" = "value" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "collection_objects_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "collection_objects" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "object_events_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "object_events" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "object_people_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "object_people" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "object_places_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "object_places" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "room_objects_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "room_objects" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "exhibitions_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "exhibitions" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "room_sections_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "room_sections" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "rooms_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rooms" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "event_people_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "event_people" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "events_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "events" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "people_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "people" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "person_aliases_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "person_aliases" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "person_roles_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "person_roles" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "accessibility_facts_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "accessibility_facts" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "admission_offers_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "admission_offers" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "audience_advice_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "audience_advice" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "opening_exceptions_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "opening_exceptions" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "opening_hours_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "opening_hours" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "place_figures_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "place_figures" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "place_highlights_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "place_highlights" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "place_partnerships_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "place_partnerships" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "place_suggestions_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "place_suggestions" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "places_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "places" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "event_themes_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "event_themes" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "exhibition_themes_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "exhibition_themes" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "media_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "media" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "object_themes_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "object_themes" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "place_themes_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "place_themes" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "room_themes_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "room_themes" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
--> statement-breakpoint
CREATE TRIGGER "themes_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "themes" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
