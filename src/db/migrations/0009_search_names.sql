-- 0008 was edited after its release (names in search_names, no numbers in search_words); its released
-- text is restored and this brings every database to the edited 0008's state. Databases made from the
-- edited 0008 already have all of it, so each statement is written to change nothing there.
CREATE TABLE IF NOT EXISTS "search_names" (
	"kind" text NOT NULL,
	"record_id" integer NOT NULL,
	"place_id" integer,
	"theme_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"boost" real NOT NULL,
	"tsv_names" "tsvector" NOT NULL,
	"tsv_prefix" "tsvector" NOT NULL,
	CONSTRAINT "search_names_kind_record_id_pk" PRIMARY KEY("kind","record_id")
);
--> statement-breakpoint
-- The names' indexes moved from search_documents to search_names.
DROP INDEX IF EXISTS "search_documents_tsv_names";--> statement-breakpoint
DROP INDEX IF EXISTS "search_documents_tsv_prefix";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "search_names_tsv_names" ON "search_names" USING gin ("tsv_names");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "search_names_tsv_prefix" ON "search_names" USING gin ("tsv_prefix");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "search_names_by_weight" ON "search_names" USING btree ("boost" DESC NULLS LAST,"kind","record_id");--> statement-breakpoint
-- The rebuild at commit as the edited 0008 defines it: it also writes search_names, and keeps numbers out of search_words.
CREATE OR REPLACE FUNCTION "search_flush"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    DELETE FROM search_names WHERE kind = k AND record_id = ANY(ids);
    INSERT INTO search_names (kind, record_id, place_id, theme_ids, boost, tsv_names, tsv_prefix)
    SELECT d.kind, d.record_id, d.place_id, d.theme_ids, d.boost, d.tsv_names, d.tsv_prefix
    FROM search_documents d WHERE d.kind = k AND d.record_id = ANY(ids);
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM search_documents d, unnest(tsvector_to_array(d.tsv) || tsvector_to_array(d.tsv_prefix)) w
    WHERE d.kind = k AND d.record_id = ANY(ids) AND length(w) BETWEEN 3 AND 40 AND w !~ '[0-9]'
    ON CONFLICT DO NOTHING;
  END LOOP;
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- The names of what is already indexed (rows the rebuild above would have written).
INSERT INTO search_names (kind, record_id, place_id, theme_ids, boost, tsv_names, tsv_prefix)
SELECT d.kind, d.record_id, d.place_id, d.theme_ids, d.boost, d.tsv_names, d.tsv_prefix FROM search_documents d
ON CONFLICT DO NOTHING;--> statement-breakpoint
DELETE FROM search_words WHERE word ~ '[0-9]';
