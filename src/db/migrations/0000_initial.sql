CREATE TYPE "public"."object_type" AS ENUM('collection', 'object', 'photograph', 'film', 'video', 'archive', 'document', 'letter', 'drawing', 'furniture', 'uniform', 'weapon', 'poster', 'audio');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('day', 'month', 'season', 'year', 'decade', 'century', 'range');--> statement-breakpoint
CREATE TYPE "public"."publication_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."exhibition_kind" AS ENUM('permanent', 'temporary');--> statement-breakpoint
CREATE TYPE "public"."alias_kind" AS ENUM('birth_name', 'nom_de_guerre', 'title', 'spelling_variant', 'later_name');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('liberation', 'battle', 'uprising', 'repression', 'trial', 'founding', 'opening', 'commemoration', 'other');--> statement-breakpoint
CREATE TYPE "public"."accessibility_feature" AS ENUM('steps', 'step_free', 'lift', 'underground', 'headset', 'audio_guide', 'sign_language', 'seating', 'other');--> statement-breakpoint
CREATE TYPE "public"."admission_coverage" AS ENUM('whole_site', 'permanent_collection', 'temporary_exhibitions', 'exhibition', 'guided_visit');--> statement-breakpoint
CREATE TYPE "public"."audience_kind" AS ENUM('everyone', 'families', 'children', 'teenagers', 'adults', 'school_groups', 'researchers');--> statement-breakpoint
CREATE TYPE "public"."figure_qualifier" AS ENUM('exactly', 'about', 'nearly', 'more_than', 'over', 'millions');--> statement-breakpoint
CREATE TYPE "public"."highlight_kind" AS ENUM('we_love', 'we_also_like');--> statement-breakpoint
CREATE TYPE "public"."partnership_kind" AS ENUM('partner_museum', 'network_member', 'sister_site');--> statement-breakpoint
CREATE TYPE "public"."place_kind" AS ENUM('museum', 'memorial', 'archive', 'historic_site', 'cinema', 'library', 'research_centre', 'monument');--> statement-breakpoint
CREATE TYPE "public"."media_kind" AS ENUM('image', 'film', 'video', 'audio', 'document');--> statement-breakpoint
CREATE TABLE "collection_objects" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "collection_objects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"status" "publication_status" DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"holder_id" integer NOT NULL,
	"part_of_id" integer,
	"type" "object_type" NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb,
	"description" jsonb,
	"date_text" text,
	"date_start" date,
	"date_end" date,
	"date_precision" date_precision,
	"item_count" integer,
	"item_count_qualifier" text,
	"provenance" jsonb,
	"credit" jsonb,
	"rights" text,
	"inventory_number" text,
	CONSTRAINT "collection_objects_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "object_events" (
	"object_id" integer NOT NULL,
	"event_id" integer NOT NULL,
	CONSTRAINT "object_events_object_id_event_id_pk" PRIMARY KEY("object_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "object_people" (
	"object_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"role" jsonb,
	CONSTRAINT "object_people_object_id_person_id_pk" PRIMARY KEY("object_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "object_places" (
	"object_id" integer NOT NULL,
	"place_id" integer NOT NULL,
	CONSTRAINT "object_places_object_id_place_id_pk" PRIMARY KEY("object_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "room_objects" (
	"room_id" integer NOT NULL,
	"object_id" integer NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "room_objects_room_id_object_id_pk" PRIMARY KEY("room_id","object_id")
);
--> statement-breakpoint
CREATE TABLE "exhibitions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "exhibitions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"status" "publication_status" DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"place_id" integer NOT NULL,
	"kind" "exhibition_kind" NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb,
	"description" jsonb,
	"opens_on" date,
	"closes_on" date,
	CONSTRAINT "exhibitions_slug_unique" UNIQUE("slug"),
	CONSTRAINT "exhibition_dates_order" CHECK ("exhibitions"."opens_on" is null or "exhibitions"."closes_on" is null or "exhibitions"."opens_on" <= "exhibitions"."closes_on")
);
--> statement-breakpoint
CREATE TABLE "room_sections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "room_sections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"room_id" integer NOT NULL,
	"key" text NOT NULL,
	"position" smallint NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb,
	CONSTRAINT "room_sections_roomId_position_unique" UNIQUE("room_id","position"),
	CONSTRAINT "room_sections_roomId_key_unique" UNIQUE("room_id","key")
);
--> statement-breakpoint
CREATE TABLE "rooms" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rooms_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"status" "publication_status" DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"exhibition_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"number" smallint,
	"title" jsonb NOT NULL,
	"subtitle" jsonb,
	"summary" jsonb,
	"description" jsonb,
	CONSTRAINT "rooms_slug_unique" UNIQUE("slug"),
	CONSTRAINT "rooms_exhibitionId_position_unique" UNIQUE("exhibition_id","position")
);
--> statement-breakpoint
CREATE TABLE "event_people" (
	"event_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"role" jsonb,
	CONSTRAINT "event_people_event_id_person_id_pk" PRIMARY KEY("event_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"status" "publication_status" DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" "event_kind" NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb,
	"description" jsonb,
	"date_text" text,
	"date_start" date,
	"date_end" date,
	"date_precision" date_precision,
	"location_name" jsonb,
	"place_id" integer,
	"latitude" double precision,
	"longitude" double precision,
	"facts_source" text,
	CONSTRAINT "events_slug_unique" UNIQUE("slug"),
	CONSTRAINT "events_date_range" CHECK ("events"."date_start" is null or "events"."date_end" is null or "events"."date_start" <= "events"."date_end")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"status" "publication_status" DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"given_name" text,
	"family_name" text,
	"title" jsonb,
	"summary" jsonb,
	"description" jsonb,
	"birth_text" text,
	"birth_start" date,
	"birth_end" date,
	"birth_precision" date_precision,
	"death_text" text,
	"death_start" date,
	"death_end" date,
	"death_precision" date_precision,
	CONSTRAINT "people_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "person_aliases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "person_aliases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"name" text NOT NULL,
	"kind" "alias_kind" NOT NULL,
	"note" jsonb,
	CONSTRAINT "person_aliases_personId_position_unique" UNIQUE("person_id","position")
);
--> statement-breakpoint
CREATE TABLE "person_roles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "person_roles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"role" jsonb NOT NULL,
	"place_id" integer,
	"period_text" text,
	"period_start" date,
	"period_end" date,
	"period_precision" date_precision,
	CONSTRAINT "person_roles_personId_position_unique" UNIQUE("person_id","position")
);
--> statement-breakpoint
CREATE TABLE "accessibility_facts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "accessibility_facts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"place_id" integer NOT NULL,
	"room_id" integer,
	"position" smallint NOT NULL,
	"feature" "accessibility_feature" NOT NULL,
	"value" numeric,
	"unit" text,
	"text" jsonb NOT NULL,
	CONSTRAINT "accessibility_facts_placeId_position_unique" UNIQUE("place_id","position")
);
--> statement-breakpoint
CREATE TABLE "admission_offers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "admission_offers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"place_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"covers" "admission_coverage" NOT NULL,
	"exhibition_id" integer,
	"label" jsonb NOT NULL,
	"is_free" boolean NOT NULL,
	"price_cents" integer,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"is_reduced_rate" boolean DEFAULT false NOT NULL,
	"min_age" smallint,
	"max_age" smallint,
	"conditions" jsonb,
	CONSTRAINT "admission_offers_placeId_position_unique" UNIQUE("place_id","position"),
	CONSTRAINT "admission_free_has_no_price" CHECK (not ("admission_offers"."is_free" and coalesce("admission_offers"."price_cents", 0) > 0)),
	CONSTRAINT "admission_price_positive" CHECK ("admission_offers"."price_cents" is null or "admission_offers"."price_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audience_advice" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audience_advice_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"place_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"audience" "audience_kind" NOT NULL,
	"recommended" boolean DEFAULT true NOT NULL,
	"min_age" smallint,
	"max_age" smallint,
	"text" jsonb NOT NULL,
	CONSTRAINT "audience_advice_placeId_position_unique" UNIQUE("place_id","position")
);
--> statement-breakpoint
CREATE TABLE "opening_exceptions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "opening_exceptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"place_id" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"opens" time,
	"closes" time,
	"reason" jsonb,
	CONSTRAINT "opening_exceptions_range" CHECK ("opening_exceptions"."starts_on" <= "opening_exceptions"."ends_on"),
	CONSTRAINT "opening_exceptions_hours" CHECK (("opening_exceptions"."opens" is null) = ("opening_exceptions"."closes" is null) and ("opening_exceptions"."opens" is null or "opening_exceptions"."opens" < "opening_exceptions"."closes"))
);
--> statement-breakpoint
CREATE TABLE "opening_hours" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "opening_hours_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"place_id" integer NOT NULL,
	"weekday" smallint NOT NULL,
	"opens" time NOT NULL,
	"closes" time NOT NULL,
	"valid_from" date,
	"valid_until" date,
	CONSTRAINT "opening_hours_weekday" CHECK ("opening_hours"."weekday" between 1 and 7),
	CONSTRAINT "opening_hours_order" CHECK ("opening_hours"."opens" < "opening_hours"."closes")
);
--> statement-breakpoint
CREATE TABLE "place_figures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "place_figures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"place_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"value" numeric,
	"qualifier" "figure_qualifier" DEFAULT 'exactly' NOT NULL,
	"unit" text,
	"label" jsonb NOT NULL,
	CONSTRAINT "place_figures_placeId_position_unique" UNIQUE("place_id","position")
);
--> statement-breakpoint
CREATE TABLE "place_highlights" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "place_highlights_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"place_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"kind" "highlight_kind" NOT NULL,
	"text" jsonb NOT NULL,
	CONSTRAINT "place_highlights_placeId_position_unique" UNIQUE("place_id","position")
);
--> statement-breakpoint
CREATE TABLE "place_partnerships" (
	"place_id" integer NOT NULL,
	"partner_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"kind" "partnership_kind" DEFAULT 'partner_museum' NOT NULL,
	"note" jsonb,
	CONSTRAINT "place_partnerships_place_id_partner_id_pk" PRIMARY KEY("place_id","partner_id"),
	CONSTRAINT "partnership_not_self" CHECK ("place_partnerships"."place_id" <> "place_partnerships"."partner_id")
);
--> statement-breakpoint
CREATE TABLE "place_suggestions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "place_suggestions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"place_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"target_place_id" integer,
	"title" jsonb NOT NULL,
	"text" jsonb,
	"url" text,
	CONSTRAINT "place_suggestions_placeId_position_unique" UNIQUE("place_id","position")
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "places_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"status" "publication_status" DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" "place_kind" NOT NULL,
	"name" jsonb NOT NULL,
	"short_name" jsonb,
	"tagline" jsonb,
	"summary" jsonb,
	"description" jsonb,
	"street_address" jsonb,
	"postal_code" text,
	"city" text,
	"district" jsonb,
	"country_code" text DEFAULT 'FR' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"facts_source" text,
	"time_zone" text DEFAULT 'Europe/Paris' NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	CONSTRAINT "places_slug_unique" UNIQUE("slug"),
	CONSTRAINT "places_coordinates_range" CHECK (("places"."latitude" is null or "places"."latitude" between -90 and 90) and ("places"."longitude" is null or "places"."longitude" between -180 and 180))
);
--> statement-breakpoint
CREATE TABLE "dataset_loads" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dataset_loads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" text NOT NULL,
	"mode" text NOT NULL,
	"counts" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_themes" (
	"theme_id" integer NOT NULL,
	"owner_id" integer NOT NULL,
	CONSTRAINT "event_themes_owner_id_theme_id_pk" PRIMARY KEY("owner_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "exhibition_themes" (
	"theme_id" integer NOT NULL,
	"owner_id" integer NOT NULL,
	CONSTRAINT "exhibition_themes_owner_id_theme_id_pk" PRIMARY KEY("owner_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "media" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "media_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"status" "publication_status" DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" "media_kind" NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"alt_text" jsonb,
	"url" text,
	"credit" text,
	"rights" text,
	"duration_seconds" integer,
	"position" smallint DEFAULT 0 NOT NULL,
	"place_id" integer,
	"exhibition_id" integer,
	"room_id" integer,
	"room_section_id" integer,
	"object_id" integer,
	"person_id" integer,
	"event_id" integer,
	CONSTRAINT "media_slug_unique" UNIQUE("slug"),
	CONSTRAINT "media_one_owner" CHECK (num_nonnulls("media"."place_id", "media"."exhibition_id", "media"."room_id", "media"."room_section_id", "media"."object_id", "media"."person_id", "media"."event_id") = 1),
	CONSTRAINT "media_image_has_alt" CHECK ("media"."kind" <> 'image' or "media"."alt_text" is not null)
);
--> statement-breakpoint
CREATE TABLE "object_themes" (
	"theme_id" integer NOT NULL,
	"owner_id" integer NOT NULL,
	CONSTRAINT "object_themes_owner_id_theme_id_pk" PRIMARY KEY("owner_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "place_themes" (
	"theme_id" integer NOT NULL,
	"owner_id" integer NOT NULL,
	CONSTRAINT "place_themes_owner_id_theme_id_pk" PRIMARY KEY("owner_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "room_themes" (
	"theme_id" integer NOT NULL,
	"owner_id" integer NOT NULL,
	CONSTRAINT "room_themes_owner_id_theme_id_pk" PRIMARY KEY("owner_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "themes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "themes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"status" "publication_status" DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	CONSTRAINT "themes_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "collection_objects" ADD CONSTRAINT "collection_objects_holder_id_places_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_objects" ADD CONSTRAINT "collection_objects_part_of_id_collection_objects_id_fk" FOREIGN KEY ("part_of_id") REFERENCES "public"."collection_objects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "object_events" ADD CONSTRAINT "object_events_object_id_collection_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."collection_objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "object_events" ADD CONSTRAINT "object_events_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "object_people" ADD CONSTRAINT "object_people_object_id_collection_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."collection_objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "object_people" ADD CONSTRAINT "object_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "object_places" ADD CONSTRAINT "object_places_object_id_collection_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."collection_objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "object_places" ADD CONSTRAINT "object_places_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_objects" ADD CONSTRAINT "room_objects_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_objects" ADD CONSTRAINT "room_objects_object_id_collection_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."collection_objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exhibitions" ADD CONSTRAINT "exhibitions_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_sections" ADD CONSTRAINT "room_sections_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_exhibition_id_exhibitions_id_fk" FOREIGN KEY ("exhibition_id") REFERENCES "public"."exhibitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_people" ADD CONSTRAINT "event_people_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_people" ADD CONSTRAINT "event_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_aliases" ADD CONSTRAINT "person_aliases_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_roles" ADD CONSTRAINT "person_roles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_roles" ADD CONSTRAINT "person_roles_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accessibility_facts" ADD CONSTRAINT "accessibility_facts_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accessibility_facts" ADD CONSTRAINT "accessibility_facts_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_offers" ADD CONSTRAINT "admission_offers_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_offers" ADD CONSTRAINT "admission_offers_exhibition_id_exhibitions_id_fk" FOREIGN KEY ("exhibition_id") REFERENCES "public"."exhibitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audience_advice" ADD CONSTRAINT "audience_advice_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_exceptions" ADD CONSTRAINT "opening_exceptions_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_figures" ADD CONSTRAINT "place_figures_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_highlights" ADD CONSTRAINT "place_highlights_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_partnerships" ADD CONSTRAINT "place_partnerships_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_partnerships" ADD CONSTRAINT "place_partnerships_partner_id_places_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_suggestions" ADD CONSTRAINT "place_suggestions_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_suggestions" ADD CONSTRAINT "place_suggestions_target_place_id_places_id_fk" FOREIGN KEY ("target_place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_themes" ADD CONSTRAINT "event_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_themes" ADD CONSTRAINT "event_themes_owner_id_events_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exhibition_themes" ADD CONSTRAINT "exhibition_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exhibition_themes" ADD CONSTRAINT "exhibition_themes_owner_id_exhibitions_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."exhibitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_exhibition_id_exhibitions_id_fk" FOREIGN KEY ("exhibition_id") REFERENCES "public"."exhibitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_room_section_id_room_sections_id_fk" FOREIGN KEY ("room_section_id") REFERENCES "public"."room_sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_object_id_collection_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."collection_objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "object_themes" ADD CONSTRAINT "object_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "object_themes" ADD CONSTRAINT "object_themes_owner_id_collection_objects_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."collection_objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_themes" ADD CONSTRAINT "place_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_themes" ADD CONSTRAINT "place_themes_owner_id_places_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_themes" ADD CONSTRAINT "room_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_themes" ADD CONSTRAINT "room_themes_owner_id_rooms_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collection_objects_holder_id_index" ON "collection_objects" USING btree ("holder_id");--> statement-breakpoint
CREATE INDEX "collection_objects_part_of_id_index" ON "collection_objects" USING btree ("part_of_id");--> statement-breakpoint
CREATE INDEX "object_events_event_id_index" ON "object_events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "object_people_person_id_index" ON "object_people" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "object_places_place_id_index" ON "object_places" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "room_objects_object_id_index" ON "room_objects" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "exhibitions_place_id_index" ON "exhibitions" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "event_people_person_id_index" ON "event_people" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "events_date_order" ON "events" USING btree ("date_start","date_end");--> statement-breakpoint
CREATE INDEX "people_family_name_index" ON "people" USING btree ("family_name");--> statement-breakpoint
CREATE INDEX "person_aliases_name_index" ON "person_aliases" USING btree ("name");--> statement-breakpoint
CREATE INDEX "opening_exceptions_place_id_starts_on_index" ON "opening_exceptions" USING btree ("place_id","starts_on");--> statement-breakpoint
CREATE INDEX "opening_hours_place_id_index" ON "opening_hours" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "event_themes_theme_id_index" ON "event_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "exhibition_themes_theme_id_index" ON "exhibition_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "object_themes_theme_id_index" ON "object_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "place_themes_theme_id_index" ON "place_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "room_themes_theme_id_index" ON "room_themes" USING btree ("theme_id");