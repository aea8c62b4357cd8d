/** Reading themes and the records tagged with them. Only records the public sees are listed. */
import { and, asc, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { eventDateOrder, isVisibleExhibition, isVisibleObject, isVisibleRoom } from "../../db/public-content.ts";
import { collectionObjects } from "../../db/schema/collection.ts";
import type { Locale } from "../../lib/locales.ts";
import { exhibitions, rooms } from "../../db/schema/exhibitions.ts";
import { eventPeople, events, people } from "../../db/schema/history.ts";
import { places } from "../../db/schema/places.ts";
import { eventThemes, exhibitionThemes, objectThemes, placeThemes, roomThemes, themes } from "../../db/schema/themes-media.ts";
import { folded, localizedSortKey } from "../../db/sort-key.ts";
import { offsetOf, type PageRequest } from "../../web/paging.ts";

export type ThemeRow = typeof themes.$inferSelect;

const published = eq(themes.status, "published");

/** A page of themes by name in the reader's language. */
export async function findThemes(db: Queryable, locale: Locale, page: PageRequest) {
  const [rows, total] = await Promise.all([
    db.select().from(themes).where(published).orderBy(localizedSortKey(themes.name, locale), asc(themes.id))
      .limit(page.pageSize).offset(offsetOf(page)),
    db.$count(themes, published),
  ]);
  return { rows, total };
}

export async function findThemeBySlug(db: Queryable, slug: string): Promise<ThemeRow | undefined> {
  const [row] = await db.select().from(themes).where(and(published, eq(themes.slug, slug)));
  return row;
}

/** The records tagged with one theme, each kind in the order its own list uses. */
export async function findThemeTagged(db: Queryable, themeId: number, locale: Locale) {
  const [taggedPlaces, taggedExhibitions, taggedRooms, taggedObjects, taggedEvents] = await Promise.all([
    db.select({ slug: places.slug, label: places.name }).from(placeThemes).innerJoin(places, eq(places.id, placeThemes.ownerId))
      .where(and(eq(placeThemes.themeId, themeId), eq(places.status, "published")))
      .orderBy(localizedSortKey(places.name, locale), asc(places.id)),
    db.select({ slug: exhibitions.slug, label: exhibitions.title }).from(exhibitionThemes)
      .innerJoin(exhibitions, eq(exhibitions.id, exhibitionThemes.ownerId)).innerJoin(places, eq(places.id, exhibitions.placeId))
      .where(and(eq(exhibitionThemes.themeId, themeId), isVisibleExhibition(exhibitions.id)))
      .orderBy(localizedSortKey(places.name, locale), asc(places.id), asc(exhibitions.id)),
    db.select({ slug: rooms.slug, label: rooms.title }).from(roomThemes).innerJoin(rooms, eq(rooms.id, roomThemes.ownerId))
      .innerJoin(exhibitions, eq(exhibitions.id, rooms.exhibitionId)).innerJoin(places, eq(places.id, exhibitions.placeId))
      .where(and(eq(roomThemes.themeId, themeId), isVisibleRoom(rooms.id)))
      .orderBy(localizedSortKey(places.name, locale), asc(places.id), asc(exhibitions.id), asc(rooms.position)),
    db.select({ slug: collectionObjects.slug, label: collectionObjects.title }).from(objectThemes)
      .innerJoin(collectionObjects, eq(collectionObjects.id, objectThemes.ownerId))
      .where(and(eq(objectThemes.themeId, themeId), isVisibleObject(collectionObjects.id))).orderBy(asc(collectionObjects.id)),
    db.select({ slug: events.slug, label: events.title }).from(eventThemes).innerJoin(events, eq(events.id, eventThemes.ownerId))
      .where(and(eq(eventThemes.themeId, themeId), eq(events.status, "published"))).orderBy(...eventDateOrder),
  ]);
  return { places: taggedPlaces, exhibitions: taggedExhibitions, rooms: taggedRooms, objects: taggedObjects, events: taggedEvents };
}
export type ThemeTagged = Awaited<ReturnType<typeof findThemeTagged>>;

/** The kind of each published place tagged with a theme (slug → kind), for the page's schema.org types. */
export async function findTaggedPlaceKinds(db: Queryable, themeId: number): Promise<Map<string, string>> {
  const rows = await db.select({ slug: places.slug, kind: places.kind }).from(placeThemes).innerJoin(places, eq(places.id, placeThemes.ownerId))
    .where(and(eq(placeThemes.themeId, themeId), eq(places.status, "published")));
  return new Map(rows.map((r) => [r.slug, r.kind]));
}

/** Every published theme by name, with how many visible places, exhibitions, objects and events it tags: one query. */
export async function findThemesWithCounts(db: Queryable, locale: Locale) {
  const count = (link: { themeId: AnyColumn }, table: SQL, visible: SQL) =>
    sql<number>`(select count(*) from ${table} where ${link.themeId} = ${themes.id} and ${visible})`.mapWith(Number);
  return db.select({
    theme: themes,
    places: count(placeThemes, sql`${placeThemes}`, sql`${placeThemes.ownerId} in (select ${places.id} from ${places} where ${places.status} = 'published')`),
    exhibitions: count(exhibitionThemes, sql`${exhibitionThemes}`, isVisibleExhibition(exhibitionThemes.ownerId)),
    objects: count(objectThemes, sql`${objectThemes}`, isVisibleObject(objectThemes.ownerId)),
    events: count(eventThemes, sql`${eventThemes}`, sql`${eventThemes.ownerId} in (select ${events.id} from ${events} where ${events.status} = 'published')`),
  }).from(themes).where(published).orderBy(localizedSortKey(themes.name, locale), asc(themes.id));
}
export type ThemeWithCounts = Awaited<ReturnType<typeof findThemesWithCounts>>[number];

/** The published people of the published events tagged with a theme, by family name (or name). */
export async function findThemePeople(db: Queryable, themeId: number): Promise<{ slug: string; name: string }[]> {
  const inTaggedEvents = sql`${people.id} in (select ${eventPeople.personId} from ${eventPeople}
    join ${events} on ${events.id} = ${eventPeople.eventId} join ${eventThemes} on ${eventThemes.ownerId} = ${events.id}
    where ${eventThemes.themeId} = ${themeId} and ${events.status} = 'published')`;
  return db.select({ slug: people.slug, name: people.name }).from(people)
    .where(and(eq(people.status, "published"), inTaggedEvents))
    .orderBy(folded(sql`coalesce(${people.familyName}, ${people.name})`), folded(people.name), asc(people.id));
}
