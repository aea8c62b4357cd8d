/**
 * What the related-places rule needs of every published place, in two queries: the places with
 * their themes and partners, and the people each tells of. A network has hundreds of places at most.
 */
import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { rowsOf, type Queryable } from "../../db/database.ts";
import { jsonRows } from "../../db/json-rows.ts";
import { isVisibleObject, isVisibleRoom } from "../../db/public-content.ts";
import { collectionObjects, objectPeople, roomEvents } from "../../db/schema/collection.ts";
import type { LocalizedText } from "../../lib/locales.ts";
import { exhibitions, rooms } from "../../db/schema/exhibitions.ts";
import { eventPeople, events, people, personRoles } from "../../db/schema/history.ts";
import { placePartnerships, places } from "../../db/schema/places.ts";
import { placeThemes, themes } from "../../db/schema/themes-media.ts";

const partner = alias(places, "partner");

export interface RelatedPlaceRow {
  slug: string;
  kind: (typeof places.kind)["_"]["data"];
  name: LocalizedText;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  themes: { slug: string; name: LocalizedText }[];
  partners: string[];
  people: { slug: string; name: string }[];
}

/** Every published place with its published themes, published partners and the published people it tells of. */
export async function findRelatedPlaceFacts(db: Queryable): Promise<RelatedPlaceRow[]> {
  const [placeRows, peopleRows] = await Promise.all([
    db.select({
      id: places.id, slug: places.slug, kind: places.kind, name: places.name, city: places.city,
      latitude: places.latitude, longitude: places.longitude,
      themes: jsonRows<{ slug: string; name: LocalizedText }>(
        { slug: themes.slug, name: themes.name },
        sql`${placeThemes} join ${themes} on ${themes.id} = ${placeThemes.themeId}`,
        sql`${placeThemes.ownerId} = ${places.id} and ${themes.status} = 'published'`, sql`${themes.slug}`),
      partners: jsonRows<{ slug: string }>(
        { slug: partner.slug },
        sql`${placePartnerships} join ${places} ${partner} on ${partner.id} = ${placePartnerships.partnerId}`,
        sql`${placePartnerships.placeId} = ${places.id} and ${partner.status} = 'published'`, sql`${placePartnerships.position}`),
    }).from(places).where(eq(places.status, "published")).orderBy(asc(places.id)),
    findPeopleByPlace(db),
  ]);
  const peopleOf = new Map<number, { slug: string; name: string }[]>();
  for (const r of peopleRows) peopleOf.set(r.placeId, [...(peopleOf.get(r.placeId) ?? []), { slug: r.slug, name: r.name }]);
  return placeRows.map(({ id, partners, ...p }) => ({ ...p, partners: partners.map((x) => x.slug), people: peopleOf.get(id) ?? [] }));
}

/**
 * The published people each place tells of: those with a role there, in a published event held
 * there, linked to a visible object it holds, or in an event one of its visible rooms tells.
 */
async function findPeopleByPlace(db: Queryable): Promise<{ placeId: number; slug: string; name: string }[]> {
  const links = sql`
    select ${personRoles.placeId} as place_id, ${personRoles.personId} as person_id from ${personRoles} where ${personRoles.placeId} is not null
    union
    select ${events.placeId}, ${eventPeople.personId} from ${eventPeople} join ${events} on ${events.id} = ${eventPeople.eventId}
      where ${events.placeId} is not null and ${events.status} = 'published'
    union
    select ${collectionObjects.holderId}, ${objectPeople.personId} from ${objectPeople}
      join ${collectionObjects} on ${collectionObjects.id} = ${objectPeople.objectId} where ${isVisibleObject(collectionObjects.id)}
    union
    select ${exhibitions.placeId}, ${eventPeople.personId} from ${roomEvents}
      join ${rooms} on ${rooms.id} = ${roomEvents.roomId} join ${exhibitions} on ${exhibitions.id} = ${rooms.exhibitionId}
      join ${events} on ${events.id} = ${roomEvents.eventId} join ${eventPeople} on ${eventPeople.eventId} = ${events.id}
      where ${isVisibleRoom(rooms.id)} and ${events.status} = 'published'`;
  const result = await db.execute<{ place_id: number; slug: string; name: string }>(sql`
    select l.place_id, ${people.slug} as slug, ${people.name} as name from (${links}) l
      join ${people} on ${people.id} = l.person_id
    where ${people.status} = 'published'
    order by l.place_id, ${people.slug}`);
  return rowsOf<{ place_id: number; slug: string; name: string }>(result).map((r) => ({ placeId: Number(r.place_id), slug: r.slug, name: r.name }));
}
