/**
 * What the public sees, as SQL shared by the read features: a record is visible when it and every
 * record it hangs off (exhibition, place) are published. And the one order of events in time.
 */
import { asc, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { collectionObjects } from "./schema/collection.ts";
import { exhibitions, rooms } from "./schema/exhibitions.ts";
import { events } from "./schema/history.ts";
import { places } from "./schema/places.ts";

/** True when `id` is the id of an object the public sees. */
export const isVisibleObject = (id: AnyColumn | SQL) =>
  sql`${id} in (select ${collectionObjects.id} from ${collectionObjects} join ${places} on ${places.id} = ${collectionObjects.holderId}
    where ${collectionObjects.status} = 'published' and ${places.status} = 'published')`;

/** True when `id` is the id of an exhibition the public sees. */
export const isVisibleExhibition = (id: AnyColumn | SQL) =>
  sql`${id} in (select ${exhibitions.id} from ${exhibitions} join ${places} on ${places.id} = ${exhibitions.placeId}
    where ${exhibitions.status} = 'published' and ${places.status} = 'published')`;

/** True when `id` is the id of a room the public sees. */
export const isVisibleRoom = (id: AnyColumn | SQL) =>
  sql`${id} in (select ${rooms.id} from ${rooms} join ${exhibitions} on ${exhibitions.id} = ${rooms.exhibitionId}
    join ${places} on ${places.id} = ${exhibitions.placeId}
    where ${rooms.status} = 'published' and ${exhibitions.status} = 'published' and ${places.status} = 'published')`;

/** Events in time: by first possible day (open starts by their end), then last day; vague dates land among precise ones. */
export const eventDateOrder = [sql`coalesce(${events.dateStart}, ${events.dateEnd})`, asc(events.dateEnd), asc(events.id)];
