/** Writes a whole Dataset into the database, resolving slugs to ids. Run it inside one transaction. */
import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/database.ts";
import { collectionObjects, objectEvents, objectPeople, objectPlaces, roomEvents, roomObjects } from "../../db/schema/collection.ts";
import { exhibitions, roomSections, rooms } from "../../db/schema/exhibitions.ts";
import { eventPeople, events, people, personAliases, personRoles } from "../../db/schema/history.ts";
import {
  accessibilityFacts, admissionOffers, audienceAdvice, openingExceptions, openingHours, placeFigures, placeHighlights,
  placePartnerships, places, placeSuggestions,
} from "../../db/schema/places.ts";
import { datasetLoads } from "../../db/schema/system.ts";
import {
  eventThemes, exhibitionThemes, media, objectThemes, placeThemes, roomThemes, themes,
} from "../../db/schema/themes-media.ts";
import { parseFuzzyDate } from "../../lib/fuzzy-date.ts";
import type { Dataset, DatasetMedium } from "./dataset.schemas.ts";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

type Ids = Map<string, number>;
type MediaOwner = Partial<Record<"placeId" | "exhibitionId" | "roomId" | "roomSectionId" | "objectId" | "personId" | "eventId", number>>;

/** The tables that hold content; every other content table hangs off them and goes with them. */
const ROOT_TABLES = ["themes", "people", "events", "places", "dataset_loads"];

export async function deleteAllContent(db: Queryable): Promise<void> {
  await db.execute(sql.raw(`truncate ${ROOT_TABLES.join(", ")} restart identity cascade`));
}

/** True once any dataset was loaded, even if its content was deleted since. */
export async function hasLoadedADataset(db: Queryable): Promise<boolean> {
  return (await db.$count(datasetLoads)) > 0;
}

/** True when no content of any kind is stored. */
export async function isContentEmpty(db: Queryable): Promise<boolean> {
  const counts = await Promise.all([themes, people, events, places].map((t) => db.$count(t)));
  return counts.every((n) => n === 0);
}

function fuzzy<P extends string>(prefix: P, text: string | undefined) {
  if (text === undefined) return {};
  const d = parseFuzzyDate(text);
  return { [`${prefix}Text`]: d.text, [`${prefix}Start`]: d.start, [`${prefix}End`]: d.end, [`${prefix}Precision`]: d.precision };
}

async function insertIds(db: Queryable, table: PgTable & { id: any; slug: any }, rows: Record<string, unknown>[]): Promise<Ids> {
  if (rows.length === 0) return new Map();
  const inserted = (await db.insert(table).values(rows as never).returning({ id: table.id, slug: table.slug })) as { id: number; slug: string }[];
  return new Map(inserted.map((r) => [r.slug, r.id]));
}

async function insertRows(db: Queryable, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length > 0) await db.insert(table).values(rows as never);
}

const must = (ids: Ids, slug: string): number => {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`unresolved slug "${slug}"`);
  return id;
};
const maybe = (ids: Ids, slug: string | undefined) => (slug === undefined ? undefined : must(ids, slug));
const withPositions = <T>(items: T[]) => items.map((item, position) => ({ item, position }));

function mediaRows(list: DatasetMedium[], owner: MediaOwner): Record<string, unknown>[] {
  return list.map((m, position) => ({ ...m, position, ...owner }));
}

/** Inserts every record of `data` (which must be valid, see findReferenceIssues) and returns per-kind counts. */
export async function insertDataset(db: Queryable, data: Dataset, source: string, mode: string): Promise<Record<string, number>> {
  const themeIds = await insertIds(db, themes, data.themes);
  const placeIds = await insertIds(db, places, data.places.map((p) => ({
    slug: p.slug, status: p.status, kind: p.kind, name: p.name, shortName: p.shortName, tagline: p.tagline,
    summary: p.summary, description: p.description, partnersIntro: p.partnersIntro, streetAddress: p.address.street, postalCode: p.address.postalCode,
    city: p.address.city, district: p.address.district, countryCode: p.address.countryCode,
    latitude: p.coordinates?.latitude, longitude: p.coordinates?.longitude, factsSource: p.factsSource, timeZone: p.timeZone,
    phone: p.contacts.phone, email: p.contacts.email, website: p.contacts.website,
  })));
  const personIds = await insertIds(db, people, data.people.map(({ aliases: _a, roles: _r, media: _m, birth, death, owner, ...p }) => ({
    ...p, ...fuzzy("birth", birth), ...fuzzy("death", death), ownerPlaceId: maybe(placeIds, owner),
  })));
  const eventIds = await insertIds(db, events, data.events.map(({ people: _p, themes: _t, media: _m, date, location, owner, ...e }) => ({
    ...e, ...fuzzy("date", date), ownerPlaceId: maybe(placeIds, owner), locationName: location?.name, placeId: maybe(placeIds, location?.place),
    latitude: location?.latitude, longitude: location?.longitude,
  })));
  const exhibitionIds = await insertIds(db, exhibitions, data.exhibitions.map(({ rooms: _r, themes: _t, media: _m, place, ...e }) => ({
    ...e, placeId: must(placeIds, place),
  })));
  const roomIds = await insertIds(db, rooms, data.exhibitions.flatMap((e) => e.rooms.map(({ sections: _s, objects: _o, events: _e, themes: _t, media: _m, ...r }, position) => ({
    ...r, position, exhibitionId: must(exhibitionIds, e.slug),
  }))));
  const sectionRows = data.exhibitions.flatMap((e) => e.rooms.flatMap((r) => r.sections.map(({ media: _m, ...s }, position) => ({
    ...s, position, roomId: must(roomIds, r.slug),
  }))));
  const sectionIds = new Map<string, number>();
  if (sectionRows.length > 0) {
    const inserted = await db.insert(roomSections).values(sectionRows).returning({ id: roomSections.id, roomId: roomSections.roomId, key: roomSections.key });
    for (const s of inserted) sectionIds.set(`${s.roomId}/${s.key}`, s.id);
  }
  const objectIds = await insertIds(db, collectionObjects, data.objects.map(({ people: _p, events: _e, places: _pl, themes: _t, media: _m, partOf: _po, holder, date, ...o }) => ({
    ...o, holderId: must(placeIds, holder), ...fuzzy("date", date),
  })));
  for (const o of data.objects.filter((x) => x.partOf !== undefined)) {
    await db.update(collectionObjects).set({ partOfId: must(objectIds, o.partOf!) }).where(sql`${collectionObjects.id} = ${must(objectIds, o.slug)}`);
  }

  for (const p of data.places) {
    const placeId = must(placeIds, p.slug);
    const ownRooms = (slug: string | undefined) => maybe(roomIds, slug);
    await insertRows(db, placeHighlights, withPositions(p.highlights).map(({ item, position }) => ({ ...item, placeId, position })));
    await insertRows(db, placeFigures, withPositions(p.figures).map(({ item, position }) => ({ ...item, placeId, position })));
    await insertRows(db, openingHours, p.openingHours.flatMap((h) => h.days.map((day) => ({
      placeId, weekday: WEEKDAYS.indexOf(day) + 1, opens: h.opens, closes: h.closes, validFrom: h.validFrom, validUntil: h.validUntil,
    }))));
    await insertRows(db, openingExceptions, p.openingExceptions.map(({ closed: _c, ...e }) => ({ ...e, placeId })));
    await insertRows(db, admissionOffers, withPositions(p.admission).map(({ item: { exhibition, ...a }, position }) => ({
      ...a, placeId, position, exhibitionId: maybe(exhibitionIds, exhibition),
    })));
    await insertRows(db, audienceAdvice, withPositions(p.audience).map(({ item, position }) => ({ ...item, placeId, position })));
    await insertRows(db, accessibilityFacts, withPositions(p.accessibility).map(({ item: { room, ...a }, position }) => ({
      ...a, placeId, position, roomId: ownRooms(room),
    })));
    await insertRows(db, placePartnerships, withPositions(p.partners).map(({ item: { place, ...x }, position }) => ({
      ...x, placeId, position, partnerId: must(placeIds, place),
    })));
    await insertRows(db, placeSuggestions, withPositions(p.suggestions).map(({ item: { place, ...x }, position }) => ({
      ...x, placeId, position, targetPlaceId: maybe(placeIds, place),
    })));
    await insertRows(db, placeThemes, p.themes.map((t) => ({ ownerId: placeId, themeId: must(themeIds, t) })));
    await insertRows(db, media, mediaRows(p.media, { placeId }));
  }
  for (const person of data.people) {
    const personId = must(personIds, person.slug);
    await insertRows(db, personAliases, withPositions(person.aliases).map(({ item, position }) => ({ ...item, personId, position })));
    await insertRows(db, personRoles, withPositions(person.roles).map(({ item: { place, period, ...r }, position }) => ({
      ...r, personId, position, placeId: maybe(placeIds, place), ...fuzzy("period", period),
    })));
    await insertRows(db, media, mediaRows(person.media, { personId }));
  }
  for (const e of data.events) {
    const eventId = must(eventIds, e.slug);
    await insertRows(db, eventPeople, e.people.map((x, position) => ({ eventId, personId: must(personIds, x.person), position, role: x.role })));
    await insertRows(db, eventThemes, e.themes.map((t) => ({ ownerId: eventId, themeId: must(themeIds, t) })));
    await insertRows(db, media, mediaRows(e.media, { eventId }));
  }
  for (const e of data.exhibitions) {
    const exhibitionId = must(exhibitionIds, e.slug);
    await insertRows(db, exhibitionThemes, e.themes.map((t) => ({ ownerId: exhibitionId, themeId: must(themeIds, t) })));
    await insertRows(db, media, mediaRows(e.media, { exhibitionId }));
    for (const r of e.rooms) {
      const roomId = must(roomIds, r.slug);
      await insertRows(db, roomObjects, r.objects.map((o, position) => ({ roomId, objectId: must(objectIds, o), position })));
      await insertRows(db, roomEvents, r.events.map((e, position) => ({ roomId, eventId: must(eventIds, e), position })));
      await insertRows(db, roomThemes, r.themes.map((t) => ({ ownerId: roomId, themeId: must(themeIds, t) })));
      await insertRows(db, media, mediaRows(r.media, { roomId }));
      for (const s of r.sections) {
        await insertRows(db, media, mediaRows(s.media, { roomSectionId: must(sectionIds, `${roomId}/${s.key}`) }));
      }
    }
  }
  for (const o of data.objects) {
    const objectId = must(objectIds, o.slug);
    await insertRows(db, objectPeople, o.people.map((x, position) => ({ objectId, personId: must(personIds, x.person), position, role: x.role })));
    await insertRows(db, objectEvents, o.events.map((x) => ({ objectId, eventId: must(eventIds, x) })));
    await insertRows(db, objectPlaces, o.places.map((x) => ({ objectId, placeId: must(placeIds, x) })));
    await insertRows(db, objectThemes, o.themes.map((t) => ({ ownerId: objectId, themeId: must(themeIds, t) })));
    await insertRows(db, media, mediaRows(o.media, { objectId }));
  }

  const counts = {
    themes: data.themes.length, people: data.people.length, events: data.events.length, places: data.places.length,
    exhibitions: data.exhibitions.length, rooms: roomIds.size, objects: data.objects.length,
  };
  await db.insert(datasetLoads).values({ source, mode, counts });
  return counts;
}
