/** What shares an event or an object with a person: one query, published and visible records only. */
import { sql } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { isVisibleObject, isVisibleRoom } from "../../db/public-content.ts";
import { linkRowsOf, type RelatedLinkRow } from "../collection/related-records.ts";

/**
 * Visible objects linked to the person's published events, published events linked to the
 * person's visible objects (each only when the person is not linked to it directly), and other
 * published people of the same events or objects, and the visible rooms that tell the person's events.
 */
export async function findPersonRelated(db: Queryable, personId: number): Promise<RelatedLinkRow[]> {
  return linkRowsOf(await db.execute(sql`
    select 'object' as kind, o.slug, o.title as label, null as name, o.type::text as type,
      'event' as via_kind, e.slug as via_slug, e.title as via_label, null as via_name
    from event_people a join object_events oe on oe.event_id = a.event_id
      join collection_objects o on o.id = oe.object_id join events e on e.id = a.event_id
    where a.person_id = ${personId} and e.status = 'published' and ${isVisibleObject(sql`o.id`)}
      and o.id not in (select object_id from object_people where person_id = ${personId})
    union all
    select 'event', e.slug, e.title, null, null, 'object', o.slug, o.title, null
    from object_people a join object_events oe on oe.object_id = a.object_id
      join events e on e.id = oe.event_id join collection_objects o on o.id = a.object_id
    where a.person_id = ${personId} and e.status = 'published' and ${isVisibleObject(sql`o.id`)}
      and e.id not in (select event_id from event_people where person_id = ${personId})
    union all
    select 'person', p.slug, null, p.name, null, 'event', e.slug, e.title, null
    from event_people a join event_people b on b.event_id = a.event_id and b.person_id <> a.person_id
      join people p on p.id = b.person_id join events e on e.id = a.event_id
    where a.person_id = ${personId} and e.status = 'published' and p.status = 'published'
    union all
    select 'person', p.slug, null, p.name, null, 'object', o.slug, o.title, null
    from object_people a join object_people b on b.object_id = a.object_id and b.person_id <> a.person_id
      join people p on p.id = b.person_id join collection_objects o on o.id = a.object_id
    where a.person_id = ${personId} and p.status = 'published' and ${isVisibleObject(sql`o.id`)}
    union all
    select 'room', r.slug, r.title, null, null, 'event', e.slug, e.title, null
    from event_people a join room_events re on re.event_id = a.event_id join rooms r on r.id = re.room_id join events e on e.id = a.event_id
    where a.person_id = ${personId} and e.status = 'published' and ${isVisibleRoom(sql`r.id`)}
    order by 1, 2, 7`));
}
