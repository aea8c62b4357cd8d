-- Also announce each new revision (on commit), so a process that is the database's only user
-- (embedded PGlite) can keep it in memory instead of asking on every page request.
CREATE OR REPLACE FUNCTION "bump_content_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  next_value bigint;
BEGIN
  UPDATE "content_revision" SET "value" = "value" + 1 WHERE "id" = 1 RETURNING "value" INTO next_value;
  PERFORM pg_notify('content_revision', next_value::text);
  RETURN NULL;
END;
$$;
