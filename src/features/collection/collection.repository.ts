/**
 * Reading the collection. The public sees an object only when it and the place holding it are
 * published; links to people, events, places, rooms and groups list only what the public sees.
 */
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/database.ts";
import { isVisibleObject, isVisibleRoom } from "../../db/public-content.ts";
import { collectionObjects, objectEvents, objectPeople, objectPlaces, roomObjects } from "../../db/schema/collection.ts";
import type { Locale } from "../../lib/locales.ts";
import { exhibitions, rooms } from "../../db/schema/exhibitions.ts";
import { events, people } from "../../db/schema/history.ts";
import { places } from "../../db/schema/places.ts";
import { media, objectThemes, themes } from "../../db/schema/themes-media.ts";
import { localizedSortKey } from "../../db/sort-key.ts";
import { offsetOf, type PageRequest } from "../../web/paging.ts";
import type { ObjectListQuery } from "./collection.schemas.ts";

export type ObjectRow = typeof collectionObjects.$inferSelect;

type ObjectFilters = Omit<ObjectListQuery, "lang" | "page" | "pageSize">;

const parent = alias(collectionObjects, "parent_object");

function filtersOf(f: ObjectFilters): SQL | undefined {
  return and(
    isVisibleObject(collectionObjects.id),
    f.type ? eq(collectionObjects.type, f.type) : undefined,
    f.holder ? inArray(collectionObjects.holderId, sql`(select ${places.id} from ${places} where ${places.slug} = ${f.holder})`) : undefined,
    f.partOf ? isVisibleObject(collectionObjects.partOfId) : undefined,
    f.partOf
      ? inArray(collectionObjects.partOfId, sql`(select ${collectionObjects.id} from ${collectionObjects} where ${collectionObjects.slug} = ${f.partOf})`)
      : undefined,
    f.person
      ? inArray(collectionObjects.id, sql`(select ${objectPeople.objectId} from ${objectPeople} join ${people} on ${people.id} = ${objectPeople.personId}
          where ${people.slug} = ${f.person} and ${people.status} = 'published')`)
      : undefined,
  );
}

const objectWithRefs = {
  object: collectionObjects,
  holder: { slug: places.slug, name: places.name },
  partOf: { slug: parent.slug, title: parent.title },
};

function selectWithRefs(db: Queryable) {
  return db.select(objectWithRefs).from(collectionObjects)
    .innerJoin(places, eq(places.id, collectionObjects.holderId))
    .leftJoin(parent, and(eq(parent.id, collectionObjects.partOfId), isVisibleObject(parent.id)));
}

/** A page of objects in curated order (the order they were entered). */
export async function findObjects(db: Queryable, filters: ObjectFilters, page: PageRequest) {
  const where = filtersOf(filters);
  const [rows, total] = await Promise.all([
    selectWithRefs(db).where(where).orderBy(asc(collectionObjects.id)).limit(page.pageSize).offset(offsetOf(page)),
    db.$count(collectionObjects, where),
  ]);
  return { rows, total };
}

export async function findObjectBySlug(db: Queryable, slug: string) {
  const [row] = await selectWithRefs(db).where(and(isVisibleObject(collectionObjects.id), eq(collectionObjects.slug, slug)));
  return row;
}
export type ObjectWithRefs = NonNullable<Awaited<ReturnType<typeof findObjectBySlug>>>;

/** Parts, people, events, places, rooms, themes and media of one (visible) object. */
export async function findObjectDetails(db: Queryable, objectId: number, locale: Locale) {
  const [parts, objectPeopleRows, objectEventRows, objectPlaceRows, shownIn, objectThemeRows, objectMedia] = await Promise.all([
    db.select({ slug: collectionObjects.slug, title: collectionObjects.title, type: collectionObjects.type }).from(collectionObjects)
      .where(and(eq(collectionObjects.partOfId, objectId), isVisibleObject(collectionObjects.id))).orderBy(asc(collectionObjects.id)),
    db.select({ slug: people.slug, name: people.name, role: objectPeople.role }).from(objectPeople)
      .innerJoin(people, eq(people.id, objectPeople.personId))
      .where(and(eq(objectPeople.objectId, objectId), eq(people.status, "published"))).orderBy(asc(objectPeople.position)),
    db.select({ slug: events.slug, title: events.title }).from(objectEvents).innerJoin(events, eq(events.id, objectEvents.eventId))
      .where(and(eq(objectEvents.objectId, objectId), eq(events.status, "published")))
      .orderBy(sql`coalesce(${events.dateStart}, ${events.dateEnd})`, asc(events.dateEnd), asc(events.id)),
    db.select({ slug: places.slug, name: places.name }).from(objectPlaces).innerJoin(places, eq(places.id, objectPlaces.placeId))
      .where(and(eq(objectPlaces.objectId, objectId), eq(places.status, "published")))
      .orderBy(localizedSortKey(places.name, locale), asc(places.id)),
    db.select({ slug: rooms.slug, number: rooms.number, title: rooms.title, exhibition: { slug: exhibitions.slug, title: exhibitions.title } })
      .from(roomObjects).innerJoin(rooms, eq(rooms.id, roomObjects.roomId)).innerJoin(exhibitions, eq(exhibitions.id, rooms.exhibitionId))
      .where(and(eq(roomObjects.objectId, objectId), isVisibleRoom(rooms.id))).orderBy(asc(exhibitions.id), asc(rooms.position)),
    db.select({ slug: themes.slug, name: themes.name }).from(objectThemes).innerJoin(themes, eq(themes.id, objectThemes.themeId))
      .where(and(eq(objectThemes.ownerId, objectId), eq(themes.status, "published"))).orderBy(asc(themes.slug)),
    db.select().from(media).where(and(eq(media.objectId, objectId), eq(media.status, "published"))).orderBy(asc(media.position), asc(media.id)),
  ]);
  return {
    parts, people: objectPeopleRows, events: objectEventRows, places: objectPlaceRows, rooms: shownIn, themes: objectThemeRows, media: objectMedia,
  };
}
export type ObjectDetails = Awaited<ReturnType<typeof findObjectDetails>>;

/** The objects a room shows, in display order. */
