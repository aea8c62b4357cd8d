/**
 * Where an event is told: the visible rooms that tell it (with their exhibition and place, and the timed
 * visit of the same name at that place), and the visible objects that refer to it (with the place holding
 * them). One query; every record shown is one the public sees.
 */
import { sql } from "drizzle-orm";
import { rowsOf, type Queryable } from "../../db/database.ts";
import { isVisibleObject, isVisibleRoom } from "../../db/public-content.ts";
import type { LocalizedText } from "../../lib/locales.ts";

export interface TellingRow {
  kind: "room" | "object";
  slug: string;
  title: LocalizedText;
  /** A room's number as shown on site. */
  number: number | null;
  /** An object's type. */
  type: string | null;
  exhibitionSlug: string | null;
  exhibitionTitle: LocalizedText | null;
  placeSlug: string;
  placeName: LocalizedText;
  /** The timed visit of a room: an offer of its place with the room's title (the visit of that room). */
  visitSlug: string | null;
  visitTitle: LocalizedText | null;
}

export async function findEventTellings(db: Queryable, eventId: number): Promise<TellingRow[]> {
  return rowsOf<TellingRow>(await db.execute(sql`
    select 'room' as kind, r.slug, r.title, r.number, null as type, e.slug as "exhibitionSlug", e.title as "exhibitionTitle",
      p.slug as "placeSlug", p.name as "placeName", v.slug as "visitSlug", v.title as "visitTitle", re.position as n
    from room_events re join rooms r on r.id = re.room_id join exhibitions e on e.id = r.exhibition_id join places p on p.id = e.place_id
      left join lateral (select b.slug, b.title from booking_offers b
        where b.place_id = p.id and b.archived_at is null and (b.title->>'en' = r.title->>'en' or b.title->>'fr' = r.title->>'fr')
        order by b.position limit 1) v on true
    where re.event_id = ${eventId} and ${isVisibleRoom(sql`r.id`)}
    union all
    select 'object', o.slug, o.title, null, o.type::text, null, null, p.slug, p.name, null, null, o.id
    from object_events oe join collection_objects o on o.id = oe.object_id join places p on p.id = o.holder_id
    where oe.event_id = ${eventId} and ${isVisibleObject(sql`o.id`)}
    order by 1 desc, 12, 2`));
}
