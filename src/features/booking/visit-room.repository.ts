/**
 * The room a timed visit takes visitors to: a visible room of the offer's place bearing the offer's title
 * (the museum names the visit after the room), with the published events that room tells. The data has
 * no other link between an offer and a room.
 */
import { sql } from "drizzle-orm";
import { rowsOf, type Queryable } from "../../db/database.ts";
import { isVisibleRoom } from "../../db/public-content.ts";
import type { LocalizedText } from "../../lib/locales.ts";

export interface VisitRoomRow {
  slug: string;
  number: number | null;
  title: LocalizedText;
  events: { slug: string; title: LocalizedText }[];
}

export async function findRoomOfVisit(db: Queryable, offerId: number): Promise<VisitRoomRow | undefined> {
  const [row] = rowsOf<VisitRoomRow>(await db.execute(sql`
    select r.slug, r.number, r.title,
      coalesce((select json_agg(json_build_object('slug', ev.slug, 'title', ev.title) order by re.position)
        from room_events re join events ev on ev.id = re.event_id where re.room_id = r.id and ev.status = 'published'), '[]') as events
    from booking_offers b join exhibitions e on e.place_id = b.place_id join rooms r on r.exhibition_id = e.id
    where b.id = ${offerId} and ${isVisibleRoom(sql`r.id`)} and (r.title->>'en' = b.title->>'en' or r.title->>'fr' = b.title->>'fr')
    order by e.id, r.position limit 1`));
  if (!row) return undefined;
  const events = typeof row.events === "string" ? JSON.parse(row.events) as VisitRoomRow["events"] : row.events;
  const title = typeof row.title === "string" ? JSON.parse(row.title) as LocalizedText : row.title;
  return { ...row, title, events };
}
