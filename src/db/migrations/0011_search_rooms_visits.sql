-- Search finds the site's own words (issue 14): a room by its number as its page names it ("Room 5",
-- "Salle 5") and by its place's name ("caen room 5"); timed visits (booking offers)
-- are indexed as their own kind, "visit", under their titles and the words their page uses.
-- Written to be run again safely: functions replaced, triggers created or replaced.
CREATE OR REPLACE FUNCTION "search_source"(p_kind text, p_ids integer[])
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
  SELECT r.id, r.slug, e.place_id, r.title,
    search_text('Room ' || r.number, r.title->>'en'), search_text('Salle ' || r.number, r.title->>'fr'),
    search_text(r.subtitle->>'en', r.summary->>'en', p.name->>'en'),
    search_text(r.subtitle->>'fr', r.summary->>'fr', p.name->>'fr'),
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
  UNION ALL
  SELECT b.id, b.slug, b.place_id, b.title, b.title->>'en', b.title->>'fr',
    search_text('Timed visit booking: book a visit', p.name->>'en'),
    search_text('Réservation de visite à horaire : réserver une visite', p.name->>'fr'),
    b.description->>'en', b.description->>'fr',
    ARRAY(SELECT t.theme_id FROM place_themes t WHERE t.owner_id = p.id ORDER BY 1), 0.65::real
  FROM booking_offers b JOIN places p ON p.id = b.place_id
  WHERE p_kind = 'visit' AND b.id = ANY(p_ids) AND b.archived_at IS NULL AND p.status = 'published'
$$;--> statement-breakpoint
-- Publishing or unpublishing a place or an exhibition shows or hides what hangs off it; renaming a place
-- changes its rooms' and visits' texts (they hold its name).
CREATE OR REPLACE FUNCTION "search_mark_children"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'places' THEN
    INSERT INTO search_dirty (kind, record_id)
    SELECT 'exhibition', e.id FROM exhibitions e JOIN new_rows n ON n.id = e.place_id JOIN old_rows o ON o.id = n.id WHERE o.status <> n.status
    UNION ALL
    SELECT 'room', r.id FROM rooms r JOIN exhibitions e ON e.id = r.exhibition_id JOIN new_rows n ON n.id = e.place_id JOIN old_rows o ON o.id = n.id
      WHERE o.status <> n.status OR o.name IS DISTINCT FROM n.name
    UNION ALL
    SELECT 'object', c.id FROM collection_objects c JOIN new_rows n ON n.id = c.holder_id JOIN old_rows o ON o.id = n.id WHERE o.status <> n.status
    UNION ALL
    SELECT 'visit', b.id FROM booking_offers b JOIN new_rows n ON n.id = b.place_id JOIN old_rows o ON o.id = n.id
      WHERE o.status <> n.status OR o.name IS DISTINCT FROM n.name;
  ELSE
    INSERT INTO search_dirty (kind, record_id)
    SELECT 'room', r.id FROM rooms r JOIN new_rows n ON n.id = r.exhibition_id JOIN old_rows o ON o.id = n.id WHERE o.status <> n.status;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE TRIGGER "booking_offers_search_insert" AFTER INSERT ON "booking_offers" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_mark"('visit', 'id');--> statement-breakpoint
CREATE OR REPLACE TRIGGER "booking_offers_search_update" AFTER UPDATE ON "booking_offers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_mark"('visit', 'id');--> statement-breakpoint
CREATE OR REPLACE TRIGGER "booking_offers_search_delete" AFTER DELETE ON "booking_offers" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_mark"('visit', 'id');--> statement-breakpoint
CREATE OR REPLACE TRIGGER "booking_offers_search_truncate" AFTER TRUNCATE ON "booking_offers" FOR EACH STATEMENT EXECUTE FUNCTION "search_mark"('visit', 'id');--> statement-breakpoint
-- Index again what is already there: every room (its names changed) and every visit.
INSERT INTO search_dirty (kind, record_id)
SELECT 'room', id FROM rooms UNION ALL SELECT 'visit', id FROM booking_offers;--> statement-breakpoint
INSERT INTO search_pending (txid) VALUES (txid_current()::text) ON CONFLICT DO NOTHING;
