/**
 * Reading exhibitions and their rooms. The public sees an exhibition only when it and its place are
 * published, and a room only when its exhibition is seen too, so no answer links to a hidden record.
 */
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { rowsOf, type Queryable } from "../../db/database.ts";
import { eventDateOrder, isVisibleExhibition, isVisibleObject, isVisibleRoom } from "../../db/public-content.ts";
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import { collectionObjects, roomEvents, roomObjects } from "../../db/schema/collection.ts";
import { exhibitions, roomSections, rooms } from "../../db/schema/exhibitions.ts";
import { events } from "../../db/schema/history.ts";
import { places } from "../../db/schema/places.ts";
import { accessibilityFacts, admissionOffers } from "../../db/schema/visiting.ts";
import { exhibitionThemes, media, roomThemes, themes } from "../../db/schema/themes-media.ts";
import { localizedSortKey } from "../../db/sort-key.ts";
import { offsetOf, type PageRequest } from "../../web/paging.ts";
import type { ExhibitionListQuery, RoomListQuery } from "./exhibitions.schemas.ts";

export type ExhibitionRow = typeof exhibitions.$inferSelect;
export type RoomRow = typeof rooms.$inferSelect;

const placeRef = { slug: places.slug, name: places.name };
const exhibitionRef = { slug: exhibitions.slug, title: exhibitions.title };

type ExhibitionFilters = Omit<ExhibitionListQuery, "lang" | "page" | "pageSize">;
type RoomFilters = Omit<RoomListQuery, "lang" | "page" | "pageSize">;

function exhibitionFilters(f: ExhibitionFilters): SQL | undefined {
  return and(
    isVisibleExhibition(exhibitions.id),
    f.kind ? eq(exhibitions.kind, f.kind) : undefined,
    f.place ? inArray(exhibitions.placeId, sql`(select ${places.id} from ${places} where ${places.slug} = ${f.place})`) : undefined,
  );
}

/** A page of exhibitions grouped by place (in the reader's alphabetical order), in the order they were entered. */
export async function findExhibitions(db: Queryable, filters: ExhibitionFilters, locale: Locale, page: PageRequest) {
  const where = exhibitionFilters(filters);
  const [rows, total] = await Promise.all([
    db.select({ exhibition: exhibitions, place: placeRef }).from(exhibitions)
      .innerJoin(places, eq(places.id, exhibitions.placeId)).where(where)
      .orderBy(localizedSortKey(places.name, locale), asc(places.id), asc(exhibitions.id))
      .limit(page.pageSize).offset(offsetOf(page)),
    db.$count(exhibitions, where),
  ]);
  return { rows, total };
}

export async function findExhibitionBySlug(db: Queryable, slug: string) {
  const [row] = await db.select({ exhibition: exhibitions, place: placeRef }).from(exhibitions)
    .innerJoin(places, eq(places.id, exhibitions.placeId))
    .where(and(isVisibleExhibition(exhibitions.id), eq(exhibitions.slug, slug)));
  return row;
}
export type ExhibitionWithPlace = NonNullable<Awaited<ReturnType<typeof findExhibitionBySlug>>>;

/** Rooms, themes and media of one (visible) exhibition. */
export async function findExhibitionDetails(db: Queryable, exhibitionId: number) {
  const [exhibitionRooms, exhibitionThemeRows, exhibitionMedia] = await Promise.all([
    db.select({ slug: rooms.slug, number: rooms.number, title: rooms.title }).from(rooms)
      .where(and(eq(rooms.exhibitionId, exhibitionId), eq(rooms.status, "published"))).orderBy(asc(rooms.position)),
    db.select({ slug: themes.slug, name: themes.name }).from(exhibitionThemes).innerJoin(themes, eq(themes.id, exhibitionThemes.themeId))
      .where(and(eq(exhibitionThemes.ownerId, exhibitionId), eq(themes.status, "published"))).orderBy(asc(themes.slug)),
    db.select().from(media).where(and(eq(media.exhibitionId, exhibitionId), eq(media.status, "published")))
      .orderBy(asc(media.position), asc(media.id)),
  ]);
  return { rooms: exhibitionRooms, themes: exhibitionThemeRows, media: exhibitionMedia };
}
export type ExhibitionDetails = Awaited<ReturnType<typeof findExhibitionDetails>>;

function roomFilters(f: RoomFilters): SQL | undefined {
  return and(
    isVisibleRoom(rooms.id),
    f.exhibition
      ? inArray(rooms.exhibitionId, sql`(select ${exhibitions.id} from ${exhibitions} where ${exhibitions.slug} = ${f.exhibition})`)
      : undefined,
  );
}

const roomWithParents = { room: rooms, exhibition: exhibitionRef, place: placeRef };

/** A page of rooms, exhibition by exhibition (in the exhibitions list's order), in visiting order. */
export async function findRooms(db: Queryable, filters: RoomFilters, locale: Locale, page: PageRequest) {
  const where = roomFilters(filters);
  const [rows, total] = await Promise.all([
    db.select(roomWithParents).from(rooms)
      .innerJoin(exhibitions, eq(exhibitions.id, rooms.exhibitionId))
      .innerJoin(places, eq(places.id, exhibitions.placeId))
      .where(where)
      .orderBy(localizedSortKey(places.name, locale), asc(places.id), asc(exhibitions.id), asc(rooms.position))
      .limit(page.pageSize).offset(offsetOf(page)),
    db.$count(rooms, where),
  ]);
  return { rows, total };
}

export async function findRoomBySlug(db: Queryable, slug: string) {
  const [row] = await db.select(roomWithParents).from(rooms)
    .innerJoin(exhibitions, eq(exhibitions.id, rooms.exhibitionId))
    .innerJoin(places, eq(places.id, exhibitions.placeId))
    .where(and(isVisibleRoom(rooms.id), eq(rooms.slug, slug)));
  return row;
}
export type RoomWithParents = NonNullable<Awaited<ReturnType<typeof findRoomBySlug>>>;

/** Sections (with their media), themes, media and access facts of one (visible) room. */
export async function findRoomDetails(db: Queryable, roomId: number) {
  const [sections, sectionMedia, roomThemeRows, roomMedia, accessibility] = await Promise.all([
    db.select().from(roomSections).where(eq(roomSections.roomId, roomId)).orderBy(asc(roomSections.position)),
    db.select({ sectionId: roomSections.id, medium: media }).from(media)
      .innerJoin(roomSections, eq(roomSections.id, media.roomSectionId))
      .where(and(eq(roomSections.roomId, roomId), eq(media.status, "published")))
      .orderBy(asc(media.position), asc(media.id)),
    db.select({ slug: themes.slug, name: themes.name }).from(roomThemes).innerJoin(themes, eq(themes.id, roomThemes.themeId))
      .where(and(eq(roomThemes.ownerId, roomId), eq(themes.status, "published"))).orderBy(asc(themes.slug)),
    db.select().from(media).where(and(eq(media.roomId, roomId), eq(media.status, "published"))).orderBy(asc(media.position), asc(media.id)),
    db.select().from(accessibilityFacts).where(eq(accessibilityFacts.roomId, roomId)).orderBy(asc(accessibilityFacts.position)),
  ]);
  return {
    sections: sections.map((s) => ({ section: s, media: sectionMedia.filter((m) => m.sectionId === s.id).map((m) => m.medium) })),
    themes: roomThemeRows,
    media: roomMedia,
    accessibility,
  };
}
export type RoomDetails = Awaited<ReturnType<typeof findRoomDetails>>;

/** The objects shown in a room, in display order, that the public sees. */
export async function findObjectsInRoom(db: Queryable, roomId: number) {
  return db.select({ slug: collectionObjects.slug, title: collectionObjects.title, type: collectionObjects.type }).from(roomObjects)
    .innerJoin(collectionObjects, eq(collectionObjects.id, roomObjects.objectId))
    .where(and(eq(roomObjects.roomId, roomId), isVisibleObject(collectionObjects.id))).orderBy(asc(roomObjects.position));
}
export type ObjectRef = Awaited<ReturnType<typeof findObjectsInRoom>>[number];

/**
 * What the exhibition page says about its venue: kind and address (for JSON-LD), and the admission
 * offers that could cover the exhibition, so the page can tell whether entry is free.
 */
export async function findExhibitionVenue(db: Queryable, placeId: number) {
  const [[place], offers] = await Promise.all([
    db.select({
      kind: places.kind, streetAddress: places.streetAddress, postalCode: places.postalCode, city: places.city, countryCode: places.countryCode,
    }).from(places).where(eq(places.id, placeId)),
    db.select({
      covers: admissionOffers.covers, exhibitionId: admissionOffers.exhibitionId, isFree: admissionOffers.isFree,
      isReducedRate: admissionOffers.isReducedRate, minAge: admissionOffers.minAge, maxAge: admissionOffers.maxAge,
    }).from(admissionOffers).where(eq(admissionOffers.placeId, placeId)).orderBy(asc(admissionOffers.position)),
  ]);
  return { place: place!, offers };
}
export type ExhibitionVenue = Awaited<ReturnType<typeof findExhibitionVenue>>;

/** The published events a room tells, in time order. */
export async function findRoomEvents(db: Queryable, roomId: number) {
  return db.select({
    slug: events.slug, kind: events.kind, title: events.title,
    dateText: events.dateText, dateStart: events.dateStart, dateEnd: events.dateEnd, datePrecision: events.datePrecision,
  }).from(roomEvents)
    .innerJoin(events, eq(events.id, roomEvents.eventId))
    .where(and(eq(roomEvents.roomId, roomId), eq(events.status, "published")))
    .orderBy(...eventDateOrder);
}

/**
 * The timed visit of a room: an offer of the room's place bearing the room's title (the museum names the
 * visit after the room it takes visitors to), not archived. The data has no other link between them.
 */
export async function findVisitOfRoom(db: Queryable, roomId: number) {
  const [row] = rowsOf<{ slug: string; placeSlug: string; title: LocalizedText }>(await db.execute(sql`
    select b.slug, p.slug as "placeSlug", b.title from rooms r join exhibitions e on e.id = r.exhibition_id join places p on p.id = e.place_id
      join booking_offers b on b.place_id = p.id and b.archived_at is null and (b.title->>'en' = r.title->>'en' or b.title->>'fr' = r.title->>'fr')
    where r.id = ${roomId} order by b.position limit 1`));
  return row;
}

/** Published people of the published events a room tells, each once, with their role in the first of them. */
export async function findRoomPeople(db: Queryable, roomId: number) {
  return rowsOf<{ slug: string; name: string; role: LocalizedText | null }>(await db.execute(sql`
    select distinct on (p.id) p.slug, p.name, ep.role from room_events re join events ev on ev.id = re.event_id
      join event_people ep on ep.event_id = ev.id join people p on p.id = ep.person_id
    where re.room_id = ${roomId} and ev.status = 'published' and p.status = 'published'
    order by p.id, re.position, ep.position`));
}
