-- Search (issue 6): accent-insensitive French and English stemming, and trigram matching of misspelt words.
-- pg_trgm and unaccent are trusted extensions: a database owner may create them without superuser rights.
CREATE EXTENSION IF NOT EXISTS "unaccent";--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS "pg_trgm";--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION "remembrance_en" (COPY = english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION "remembrance_en" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION "remembrance_fr" (COPY = french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION "remembrance_fr" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;--> statement-breakpoint
-- Unstemmed words without accents: the prefixes matched while a visitor types.
CREATE TEXT SEARCH CONFIGURATION "remembrance_simple" (COPY = simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION "remembrance_simple" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;--> statement-breakpoint
CREATE TABLE "search_dirty" (
	"kind" text NOT NULL,
	"record_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_documents" (
	"kind" text NOT NULL,
	"record_id" integer NOT NULL,
	"slug" text NOT NULL,
	"place_id" integer,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"theme_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"boost" real NOT NULL,
	"tsv" "tsvector" NOT NULL,
	"tsv_names" "tsvector" NOT NULL,
	"tsv_prefix" "tsvector" NOT NULL,
	CONSTRAINT "search_documents_kind_record_id_pk" PRIMARY KEY("kind","record_id")
);
--> statement-breakpoint
CREATE TABLE "search_pending" (
	"txid" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_documents_tsv" ON "search_documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_documents_tsv_names" ON "search_documents" USING gin ("tsv_names");--> statement-breakpoint
CREATE INDEX "search_documents_tsv_prefix" ON "search_documents" USING gin ("tsv_prefix");--> statement-breakpoint
CREATE INDEX "search_documents_place" ON "search_documents" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "search_documents_browse" ON "search_documents" USING btree ("boost" DESC NULLS LAST,"kind","record_id");--> statement-breakpoint
CREATE INDEX "search_documents_themes" ON "search_documents" USING gin ("theme_ids");--> statement-breakpoint
CREATE INDEX "search_words_trigram" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- Joins texts with spaces, skipping absent ones.
CREATE FUNCTION "search_text"(VARIADIC parts text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT nullif(array_to_string(parts, ' '), '')
$$;--> statement-breakpoint
-- What the public sees of each record, as texts by weight: names (A), then short texts (B), then long ones (C).
-- Visibility is the same as src/db/public-content.ts: a record and every record it hangs off are published.
CREATE FUNCTION "search_source"(p_kind text, p_ids integer[])
RETURNS TABLE (record_id integer, slug text, place_id integer, title jsonb, names_en text, names_fr text,
  b_en text, b_fr text, c_en text, c_fr text, theme_ids integer[], boost real)
LANGUAGE sql STABLE AS $$
  SELECT p.id, p.slug, p.id, p.name,
    search_text(p.name->>'en', p.short_name->>'en'), search_text(p.name->>'fr', p.short_name->>'fr'),
    search_text(p.tagline->>'en', p.summary->>'en', p.city, p.district->>'en'),
    search_text(p.tagline->>'fr', p.summary->>'fr', p.city, p.district->>'fr'),
    search_text(p.description->>'en', p.partners_intro->>'en', p.street_address->>'en',
      (SELECT string_agg(h.text->>'en', ' ' ORDER BY h.position) FROM place_highlights h WHERE h.place_id = p.id)),
    search_text(p.description->>'fr', p.partners_intro->>'fr', p.street_address->>'fr',
      (SELECT string_agg(h.text->>'fr', ' ' ORDER BY h.position) FROM place_highlights h WHERE h.place_id = p.id)),
    ARRAY(SELECT t.theme_id FROM place_themes t WHERE t.owner_id = p.id ORDER BY 1), 1.0::real
  FROM places p
  WHERE p_kind = 'place' AND p.id = ANY(p_ids) AND p.status = 'published'
  UNION ALL
  SELECT e.id, e.slug, e.place_id, e.title, e.title->>'en', e.title->>'fr', e.summary->>'en', e.summary->>'fr',
    e.description->>'en', e.description->>'fr',
    ARRAY(SELECT t.theme_id FROM exhibition_themes t WHERE t.owner_id = e.id ORDER BY 1), 0.8::real
  FROM exhibitions e JOIN places p ON p.id = e.place_id
  WHERE p_kind = 'exhibition' AND e.id = ANY(p_ids) AND e.status = 'published' AND p.status = 'published'
  UNION ALL
  SELECT r.id, r.slug, e.place_id, r.title, r.title->>'en', r.title->>'fr',
    search_text(r.subtitle->>'en', r.summary->>'en'), search_text(r.subtitle->>'fr', r.summary->>'fr'),
    search_text(r.description->>'en', (SELECT string_agg(search_text(s.title->>'en', s.body->>'en'), ' ' ORDER BY s.position) FROM room_sections s WHERE s.room_id = r.id)),
    search_text(r.description->>'fr', (SELECT string_agg(search_text(s.title->>'fr', s.body->>'fr'), ' ' ORDER BY s.position) FROM room_sections s WHERE s.room_id = r.id)),
    ARRAY(SELECT t.theme_id FROM room_themes t WHERE t.owner_id = r.id ORDER BY 1), 0.6::real
  FROM rooms r JOIN exhibitions e ON e.id = r.exhibition_id JOIN places p ON p.id = e.place_id
  WHERE p_kind = 'room' AND r.id = ANY(p_ids) AND r.status = 'published' AND e.status = 'published' AND p.status = 'published'
  UNION ALL
  SELECT o.id, o.slug, o.holder_id, o.title,
    search_text(o.title->>'en', o.inventory_number), search_text(o.title->>'fr', o.inventory_number),
    o.summary->>'en', o.summary->>'fr',
    search_text(o.description->>'en', o.provenance->>'en', o.credit->>'en'), search_text(o.description->>'fr', o.provenance->>'fr', o.credit->>'fr'),
    ARRAY(SELECT t.theme_id FROM object_themes t WHERE t.owner_id = o.id ORDER BY 1), 0.5::real
  FROM collection_objects o JOIN places p ON p.id = o.holder_id
  WHERE p_kind = 'object' AND o.id = ANY(p_ids) AND o.status = 'published' AND p.status = 'published'
  UNION ALL
  SELECT pe.id, pe.slug, NULL::integer, jsonb_build_object('en', pe.name, 'fr', pe.name),
    search_text(pe.name, pe.given_name, pe.family_name, pe.title->>'en', (SELECT string_agg(a.name, ' ' ORDER BY a.position) FROM person_aliases a WHERE a.person_id = pe.id)),
    search_text(pe.name, pe.given_name, pe.family_name, pe.title->>'fr', (SELECT string_agg(a.name, ' ' ORDER BY a.position) FROM person_aliases a WHERE a.person_id = pe.id)),
    search_text(pe.summary->>'en', (SELECT string_agg(r.role->>'en', ' ' ORDER BY r.position) FROM person_roles r WHERE r.person_id = pe.id)),
    search_text(pe.summary->>'fr', (SELECT string_agg(r.role->>'fr', ' ' ORDER BY r.position) FROM person_roles r WHERE r.person_id = pe.id)),
    pe.description->>'en', pe.description->>'fr', '{}'::integer[], 0.9::real
  FROM people pe
  WHERE p_kind = 'person' AND pe.id = ANY(p_ids) AND pe.status = 'published'
  UNION ALL
  SELECT ev.id, ev.slug, ev.place_id, ev.title, ev.title->>'en', ev.title->>'fr',
    search_text(ev.summary->>'en', ev.location_name->>'en'), search_text(ev.summary->>'fr', ev.location_name->>'fr'),
    ev.description->>'en', ev.description->>'fr',
    ARRAY(SELECT t.theme_id FROM event_themes t WHERE t.owner_id = ev.id ORDER BY 1), 0.7::real
  FROM events ev
  WHERE p_kind = 'event' AND ev.id = ANY(p_ids) AND ev.status = 'published'
$$;--> statement-breakpoint
-- Rebuilds the documents of the records this transaction changed, just before it commits. The advisory
-- lock makes rebuilds of concurrent transactions take turns, each reading what the previous one committed,
-- so the last to commit writes documents from the latest content.
CREATE FUNCTION "search_flush"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k text;
  ids integer[];
BEGIN
  DELETE FROM search_pending WHERE txid = NEW.txid;
  PERFORM pg_advisory_xact_lock(7240002);
  FOR k, ids IN
    WITH d AS (DELETE FROM search_dirty RETURNING kind, record_id)
    SELECT d.kind, array_agg(DISTINCT d.record_id) FROM d GROUP BY d.kind
  LOOP
    DELETE FROM search_documents WHERE kind = k AND record_id = ANY(ids);
    INSERT INTO search_documents (kind, record_id, slug, place_id, title, body, theme_ids, boost, tsv, tsv_names, tsv_prefix)
    SELECT k, s.record_id, s.slug, s.place_id, s.title,
      jsonb_strip_nulls(jsonb_build_object('en', search_text(s.b_en, s.c_en), 'fr', search_text(s.b_fr, s.c_fr))),
      s.theme_ids, s.boost,
      setweight(to_tsvector('remembrance_en', coalesce(s.names_en, '')), 'A') || setweight(to_tsvector('remembrance_fr', coalesce(s.names_fr, '')), 'A')
        || setweight(to_tsvector('remembrance_en', coalesce(s.b_en, '')), 'B') || setweight(to_tsvector('remembrance_fr', coalesce(s.b_fr, '')), 'B')
        || setweight(to_tsvector('remembrance_en', coalesce(s.c_en, '')), 'C') || setweight(to_tsvector('remembrance_fr', coalesce(s.c_fr, '')), 'C'),
      to_tsvector('remembrance_en', coalesce(s.names_en, '')) || to_tsvector('remembrance_fr', coalesce(s.names_fr, '')),
      to_tsvector('remembrance_simple', coalesce(search_text(s.names_en, s.names_fr), ''))
    FROM search_source(k, ids) s;
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM search_documents d, unnest(tsvector_to_array(d.tsv) || tsvector_to_array(d.tsv_prefix)) w
    WHERE d.kind = k AND d.record_id = ANY(ids) AND length(w) BETWEEN 3 AND 40
    ON CONFLICT DO NOTHING;
  END LOOP;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "search_flush" AFTER INSERT ON "search_pending" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "search_flush"();--> statement-breakpoint
-- Statement triggers on content tables: note the records whose document a change touches
-- (argument 1: their kind, argument 2: the column holding their id), and ask for one rebuild at commit.
CREATE FUNCTION "search_mark"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('INSERT INTO search_dirty (kind, record_id) SELECT %L, %I FROM new_rows WHERE %I IS NOT NULL', TG_ARGV[0], TG_ARGV[1], TG_ARGV[1]);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE format('INSERT INTO search_dirty (kind, record_id) SELECT %L, %I FROM old_rows WHERE %I IS NOT NULL', TG_ARGV[0], TG_ARGV[1], TG_ARGV[1]);
  END IF;
  IF TG_OP = 'TRUNCATE' THEN
    -- No rows to read: every document of the kind is rebuilt (or dropped) from what remains.
    INSERT INTO search_dirty (kind, record_id) SELECT kind, record_id FROM search_documents WHERE kind = TG_ARGV[0];
  END IF;
  INSERT INTO search_pending (txid) VALUES (txid_current()::text) ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- Publishing or unpublishing a place or an exhibition shows or hides what hangs off it.
CREATE FUNCTION "search_mark_children"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'places' THEN
    INSERT INTO search_dirty (kind, record_id)
    SELECT 'exhibition', e.id FROM exhibitions e JOIN new_rows n ON n.id = e.place_id JOIN old_rows o ON o.id = n.id WHERE o.status <> n.status
    UNION ALL
    SELECT 'room', r.id FROM rooms r JOIN exhibitions e ON e.id = r.exhibition_id JOIN new_rows n ON n.id = e.place_id JOIN old_rows o ON o.id = n.id WHERE o.status <> n.status
    UNION ALL
    SELECT 'object', c.id FROM collection_objects c JOIN new_rows n ON n.id = c.holder_id JOIN old_rows o ON o.id = n.id WHERE o.status <> n.status;
  ELSE
    INSERT INTO search_dirty (kind, record_id)
    SELECT 'room', r.id FROM rooms r JOIN new_rows n ON n.id = r.exhibition_id JOIN old_rows o ON o.id = n.id WHERE o.status <> n.status;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
DO $$
DECLARE
  spec text[];
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['places', 'place', 'id'], ['place_highlights', 'place', 'place_id'], ['place_themes', 'place', 'owner_id'],
    ['exhibitions', 'exhibition', 'id'], ['exhibition_themes', 'exhibition', 'owner_id'],
    ['rooms', 'room', 'id'], ['room_sections', 'room', 'room_id'], ['room_themes', 'room', 'owner_id'],
    ['collection_objects', 'object', 'id'], ['object_themes', 'object', 'owner_id'],
    ['people', 'person', 'id'], ['person_aliases', 'person', 'person_id'], ['person_roles', 'person', 'person_id'],
    ['events', 'event', 'id'], ['event_themes', 'event', 'owner_id']
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_mark(%L, %L)',
      spec[1] || '_search_insert', spec[1], spec[2], spec[3]);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_mark(%L, %L)',
      spec[1] || '_search_update', spec[1], spec[2], spec[3]);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_mark(%L, %L)',
      spec[1] || '_search_delete', spec[1], spec[2], spec[3]);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION search_mark(%L, %L)',
      spec[1] || '_search_truncate', spec[1], spec[2], spec[3]);
  END LOOP;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "places_search_children" AFTER UPDATE ON "places" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_mark_children"();--> statement-breakpoint
CREATE TRIGGER "exhibitions_search_children" AFTER UPDATE ON "exhibitions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_mark_children"();--> statement-breakpoint
-- Index what is already there (a database migrated with content in it).
INSERT INTO search_dirty (kind, record_id)
SELECT 'place', id FROM places UNION ALL SELECT 'exhibition', id FROM exhibitions UNION ALL SELECT 'room', id FROM rooms
UNION ALL SELECT 'object', id FROM collection_objects UNION ALL SELECT 'person', id FROM people UNION ALL SELECT 'event', id FROM events;--> statement-breakpoint
INSERT INTO search_pending (txid) VALUES (txid_current()::text);
