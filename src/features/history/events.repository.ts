/** Reading historical events, in date order. Published records only, in lists and in links. */
import { and, asc, eq, inArray, isNull, gte, lte, or, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { eventDateOrder, isVisibleObject } from "../../db/public-content.ts";
import { collectionObjects, objectEvents } from "../../db/schema/collection.ts";
import { eventPeople, events, people } from "../../db/schema/history.ts";
import { places } from "../../db/schema/places.ts";
import { eventThemes, media, themes } from "../../db/schema/themes-media.ts";
import { offsetOf, type PageRequest } from "../../web/paging.ts";
import type { EventListQuery } from "./events.schemas.ts";

export type EventRow = typeof events.$inferSelect;

type EventFilters = Omit<EventListQuery, "lang" | "page" | "pageSize">;

/**
 * By first possible day, then last possible day: "mid-April 1945" (11 to 20 April) falls between
 * 10 and 21 April, "January 1945" before 1 February. "before X" has no start and sorts by its end.
 */

const published = eq(events.status, "published");

function filtersOf(f: EventFilters): SQL | undefined {
  return and(
    published,
    // An event overlaps [from, to] unless it ends before `from` or starts after `to`; open ends overlap everything on their side.
    f.from ? or(isNull(events.dateEnd), gte(events.dateEnd, f.from)) : undefined,
    f.to ? or(isNull(events.dateStart), lte(events.dateStart, f.to)) : undefined,
    f.kind ? eq(events.kind, f.kind) : undefined,
    f.place
      ? inArray(events.placeId, sql`(select ${places.id} from ${places} where ${places.slug} = ${f.place} and ${places.status} = 'published')`)
      : undefined,
    f.theme
      ? inArray(events.id, sql`(select ${eventThemes.ownerId} from ${eventThemes} join ${themes} on ${themes.id} = ${eventThemes.themeId}
          where ${themes.slug} = ${f.theme} and ${themes.status} = 'published')`)
      : undefined,
  );
}

function selectWithPlace(db: Queryable) {
  return db.select({ event: events, place: { slug: places.slug, name: places.name } }).from(events)
    .leftJoin(places, and(eq(places.id, events.placeId), eq(places.status, "published")));
}

export async function findEvents(db: Queryable, filters: EventFilters, page: PageRequest) {
  const where = filtersOf(filters);
  const [rows, total] = await Promise.all([
    selectWithPlace(db).where(where).orderBy(...eventDateOrder).limit(page.pageSize).offset(offsetOf(page)),
    db.$count(events, where),
  ]);
  return { rows, total };
}

export async function findEventBySlug(db: Queryable, slug: string) {
  const [row] = await selectWithPlace(db).where(and(published, eq(events.slug, slug)));
  return row;
}
export type EventWithPlace = NonNullable<Awaited<ReturnType<typeof findEventBySlug>>>;

/** People, objects, themes and media of one (published) event. */
export async function findEventDetails(db: Queryable, eventId: number) {
  const [eventPeopleRows, objects, eventThemeRows, eventMedia] = await Promise.all([
    db.select({ slug: people.slug, name: people.name, role: eventPeople.role }).from(eventPeople)
      .innerJoin(people, eq(people.id, eventPeople.personId))
      .where(and(eq(eventPeople.eventId, eventId), eq(people.status, "published"))).orderBy(asc(eventPeople.position)),
    db.select({ slug: collectionObjects.slug, title: collectionObjects.title, type: collectionObjects.type }).from(objectEvents)
      .innerJoin(collectionObjects, eq(collectionObjects.id, objectEvents.objectId))
      .where(and(eq(objectEvents.eventId, eventId), isVisibleObject(collectionObjects.id))).orderBy(asc(collectionObjects.id)),
    db.select({ slug: themes.slug, name: themes.name }).from(eventThemes).innerJoin(themes, eq(themes.id, eventThemes.themeId))
      .where(and(eq(eventThemes.ownerId, eventId), eq(themes.status, "published"))).orderBy(asc(themes.slug)),
    db.select().from(media).where(and(eq(media.eventId, eventId), eq(media.status, "published"))).orderBy(asc(media.position), asc(media.id)),
  ]);
  return { people: eventPeopleRows, objects, themes: eventThemeRows, media: eventMedia };
}
export type EventDetails = Awaited<ReturnType<typeof findEventDetails>>;

/** Every published event in time order, for the timeline page (the events list's order, unpaged). */
export async function findAllEvents(db: Queryable) {
  return selectWithPlace(db).where(published).orderBy(...eventDateOrder);
}
