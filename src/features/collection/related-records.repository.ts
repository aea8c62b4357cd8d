/** What shares a person, an event or a room with an object: one query, visible records only. */
import { sql } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { isVisibleObject, isVisibleRoom } from "../../db/public-content.ts";
import { linkRowsOf, type RelatedLinkRow } from "./related-records.ts";

/**
 * Other visible objects sharing a published person, a published event or a visible room with the
 * object (its own parts and group left out: the page lists them already); published events of its
 * people or told in its rooms, and published people of its events, that it is not itself linked to.
 */
export async function findObjectRelated(db: Queryable, objectId: number): Promise<RelatedLinkRow[]> {
  const other = sql`o.id <> ${objectId} and ${isVisibleObject(sql`o.id`)}
    and o.part_of_id is distinct from ${objectId} and o.id is distinct from (select part_of_id from collection_objects where id = ${objectId})`;
  return linkRowsOf(await db.execute(sql`
    select 'object' as kind, o.slug, o.title as label, null as name, o.type::text as type,
      'person' as via_kind, p.slug as via_slug, null::jsonb as via_label, p.name as via_name
    from object_people a join object_people b on b.person_id = a.person_id
      join collection_objects o on o.id = b.object_id join people p on p.id = a.person_id
    where a.object_id = ${objectId} and p.status = 'published' and ${other}
    union all
    select 'object', o.slug, o.title, null, o.type::text, 'event', e.slug, e.title, null
    from object_events a join object_events b on b.event_id = a.event_id
      join collection_objects o on o.id = b.object_id join events e on e.id = a.event_id
    where a.object_id = ${objectId} and e.status = 'published' and ${other}
    union all
    select 'object', o.slug, o.title, null, o.type::text, 'room', r.slug, r.title, null
    from room_objects a join room_objects b on b.room_id = a.room_id
      join collection_objects o on o.id = b.object_id join rooms r on r.id = a.room_id
    where a.object_id = ${objectId} and ${isVisibleRoom(sql`r.id`)} and ${other}
    union all
    select 'event', e.slug, e.title, null, null, 'person', p.slug, null, p.name
    from object_people a join event_people ep on ep.person_id = a.person_id
      join events e on e.id = ep.event_id join people p on p.id = a.person_id
    where a.object_id = ${objectId} and e.status = 'published' and p.status = 'published'
      and e.id not in (select event_id from object_events where object_id = ${objectId})
    union all
    select 'event', e.slug, e.title, null, null, 'room', r.slug, r.title, null
    from room_objects a join room_events re on re.room_id = a.room_id
      join events e on e.id = re.event_id join rooms r on r.id = a.room_id
    where a.object_id = ${objectId} and e.status = 'published' and ${isVisibleRoom(sql`r.id`)}
      and e.id not in (select event_id from object_events where object_id = ${objectId})
    union all
    select 'person', p.slug, null, p.name, null, 'event', e.slug, e.title, null
    from object_events a join event_people ep on ep.event_id = a.event_id
      join people p on p.id = ep.person_id join events e on e.id = a.event_id
    where a.object_id = ${objectId} and e.status = 'published' and p.status = 'published'
      and p.id not in (select person_id from object_people where object_id = ${objectId})
    order by 1, 2, 7`));
}
