CREATE TABLE "room_events" (
	"room_id" integer NOT NULL,
	"event_id" integer NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "room_events_room_id_event_id_pk" PRIMARY KEY("room_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "room_events" ADD CONSTRAINT "room_events_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_events" ADD CONSTRAINT "room_events_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "room_events_event_id_index" ON "room_events" USING btree ("event_id");--> statement-breakpoint
CREATE TRIGGER "room_events_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "room_events" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"();
