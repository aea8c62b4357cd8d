/**
 * From dataset documents to table rows: the one mapping used both to load whole datasets (seed,
 * import) and to write single records (the back office). Pure: references are resolved to ids by
 * the `ids` function the caller gives, which throws for a slug it does not know.
 */
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { StoredSlotPattern, VisitRequirements } from "../../db/schema/bookings.ts";
import { objectEvents, objectPeople, objectPlaces, roomEvents, roomObjects } from "../../db/schema/collection.ts";
import { roomSections } from "../../db/schema/exhibitions.ts";
import { eventPeople, personAliases, personRoles } from "../../db/schema/history.ts";
import { audienceAdvice, openingExceptions, openingHours, placeFigures, placeHighlights, placePartnerships, placeSuggestions } from "../../db/schema/places.ts";
import { accessibilityFacts, admissionOffers } from "../../db/schema/visiting.ts";
import { eventThemes, exhibitionThemes, media, objectThemes, placeThemes, roomThemes } from "../../db/schema/themes-media.ts";
import { parseFuzzyDate } from "../../lib/fuzzy-date.ts";
import type {
  DatasetEvent, DatasetExhibition, DatasetMedium, DatasetObject, DatasetPerson, DatasetPlace, DatasetRoom, DatasetTheme, DatasetVisit,
} from "./dataset.schemas.ts";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** The kinds of record a document may refer to by slug. */
export type ReferenceKind = "place" | "person" | "event" | "object" | "exhibition" | "room" | "theme";

/** Resolves a slug of a kind to its id; throws when there is none. */
export type ResolveId = (kind: ReferenceKind, slug: string) => number;

export type Row = Record<string, unknown>;
type MediaOwner = Partial<Record<"placeId" | "exhibitionId" | "roomId" | "roomSectionId" | "objectId" | "personId" | "eventId", number>>;

export class UnresolvedReferenceError extends Error {
  constructor(readonly kind: ReferenceKind, readonly slug: string) {
    super(`unresolved ${kind} slug "${slug}"`);
  }
}

/** A resolver over maps of slug to id, one per kind. */
export function resolverOf(maps: Partial<Record<ReferenceKind, Map<string, number>>>): ResolveId {
  return (kind, slug) => {
    const id = maps[kind]?.get(slug);
    if (id === undefined) throw new UnresolvedReferenceError(kind, slug);
    return id;
  };
}

function fuzzy<P extends string>(prefix: P, text: string | undefined): Row {
  if (text === undefined) return {};
  const d = parseFuzzyDate(text);
  return { [`${prefix}Text`]: d.text, [`${prefix}Start`]: d.start, [`${prefix}End`]: d.end, [`${prefix}Precision`]: d.precision };
}

const maybe = (ids: ResolveId, kind: ReferenceKind, slug: string | undefined) => (slug === undefined ? undefined : ids(kind, slug));
const themeLinks = (slugs: string[], ownerId: number, ids: ResolveId) => slugs.map((t) => ({ ownerId, themeId: ids("theme", t) }));

export function mediaRows(list: DatasetMedium[], owner: MediaOwner): Row[] {
  return list.map((m, position) => ({ ...m, position, ...owner }));
}

export function themeRow(t: DatasetTheme): Row {
  return { ...t };
}

export function placeRow(p: DatasetPlace): Row {
  return {
    slug: p.slug, status: p.status, kind: p.kind, name: p.name, shortName: p.shortName, tagline: p.tagline,
    summary: p.summary, description: p.description, partnersIntro: p.partnersIntro, streetAddress: p.address.street, postalCode: p.address.postalCode,
    city: p.address.city, district: p.address.district, countryCode: p.address.countryCode,
    latitude: p.coordinates?.latitude, longitude: p.coordinates?.longitude, factsSource: p.factsSource, timeZone: p.timeZone,
    phone: p.contacts.phone, email: p.contacts.email, website: p.contacts.website,
  };
}

export function personRow({ aliases: _a, roles: _r, media: _m, birth, death, owner, ...p }: DatasetPerson, ids: ResolveId): Row {
  return { ...p, ...fuzzy("birth", birth), ...fuzzy("death", death), ownerPlaceId: maybe(ids, "place", owner) };
}

export function eventRow({ people: _p, themes: _t, media: _m, date, location, owner, ...e }: DatasetEvent, ids: ResolveId): Row {
  return {
    ...e, ...fuzzy("date", date), ownerPlaceId: maybe(ids, "place", owner), locationName: location?.name,
    placeId: maybe(ids, "place", location?.place), latitude: location?.latitude, longitude: location?.longitude,
  };
}

export function exhibitionRow({ themes: _t, media: _m, place, ...e }: Omit<DatasetExhibition, "rooms"> & { rooms?: unknown }, ids: ResolveId): Row {
  const { rooms: _r, ...columns } = e;
  return { ...columns, placeId: ids("place", place) };
}

/** The room's own columns; its position among its exhibition's rooms is the caller's. */
export function roomRow({ sections: _s, objects: _o, events: _e, themes: _t, media: _m, ...r }: DatasetRoom & { exhibition?: string }): Row {
  const { exhibition: _x, ...columns } = r;
  return columns;
}

/** The object's own columns, without `partOfId` (see objectPartOf: a dataset's objects may refer to later ones). */
export function objectRow({ people: _p, events: _e, places: _pl, themes: _t, media: _m, partOf: _po, holder, date, ...o }: DatasetObject, ids: ResolveId): Row {
  return { ...o, holderId: ids("place", holder), ...fuzzy("date", date) };
}

export const objectPartOf = (o: DatasetObject, ids: ResolveId): number | null => maybe(ids, "object", o.partOf) ?? null;

const withPositions = <T>(items: T[]) => items.map((item, position) => ({ item, position }));

/** Rows of the tables that hang off a place, keyed by what they are (see the writers for the tables). */
export function placeChildRows(p: DatasetPlace, placeId: number, ids: ResolveId) {
  return {
    highlights: withPositions(p.highlights).map(({ item, position }) => ({ ...item, placeId, position })),
    figures: withPositions(p.figures).map(({ item, position }) => ({ ...item, placeId, position })),
    openingHours: p.openingHours.flatMap((h) => h.days.map((day) => ({
      placeId, weekday: WEEKDAYS.indexOf(day) + 1, opens: h.opens, closes: h.closes, validFrom: h.validFrom, validUntil: h.validUntil,
    }))),
    openingExceptions: p.openingExceptions.map(({ closed: _c, ...e }) => ({ ...e, placeId })),
    admission: withPositions(p.admission).map(({ item: { exhibition, ...a }, position }) => ({
      ...a, placeId, position, exhibitionId: maybe(ids, "exhibition", exhibition),
    })),
    audience: withPositions(p.audience).map(({ item, position }) => ({ ...item, placeId, position })),
    accessibility: withPositions(p.accessibility).map(({ item: { room, ...a }, position }) => ({
      ...a, placeId, position, roomId: maybe(ids, "room", room),
    })),
    partners: withPositions(p.partners).map(({ item: { place, ...x }, position }) => ({
      ...x, placeId, position, partnerId: ids("place", place),
    })),
    suggestions: withPositions(p.suggestions).map(({ item: { place, ...x }, position }) => ({
      ...x, placeId, position, targetPlaceId: maybe(ids, "place", place),
    })),
    themes: themeLinks(p.themes, placeId, ids),
    media: mediaRows(p.media, { placeId }),
  };
}

/**
 * The booking_offers row of a place's visit. Offers are not in CHILD_TABLES: slots and bookings
 * refer to them, so they are written by (place, slug) and never replaced whole (see the writers).
 * Absent facts are null, so the row also serves to update an offer in place.
 */
export function visitRow(v: DatasetVisit, placeId: number, position: number): Row {
  const requirements: VisitRequirements = {
    ...(v.requirements.steps !== undefined ? { steps: v.requirements.steps } : {}),
    stepFree: v.requirements.stepFree,
    ...(v.requirements.minimumAge !== undefined ? { minimumAge: v.requirements.minimumAge } : {}),
    headset: v.requirements.headset,
    ...(v.requirements.notes !== undefined ? { notes: v.requirements.notes } : {}),
  };
  const patterns: StoredSlotPattern[] = v.schedule.map((s) => ({
    weekdays: s.days.map((d) => WEEKDAYS.indexOf(d) + 1), startTimes: s.times,
    ...(s.validFrom !== undefined ? { validFrom: s.validFrom } : {}), ...(s.validUntil !== undefined ? { validUntil: s.validUntil } : {}),
  }));
  return {
    placeId, slug: v.slug, position, title: v.title, description: v.description ?? null, durationMinutes: v.durationMinutes,
    capacity: v.capacity, minParty: v.partySize.min, maxParty: v.partySize.max, languages: v.languages,
    isFree: v.price !== undefined && "free" in v.price, priceCents: v.price !== undefined && "amountCents" in v.price ? v.price.amountCents : null,
    requirements, channels: v.channels, patterns, bookingHorizonDays: v.bookingHorizonDays, placesPerEmailPerDay: v.placesPerEmailPerDay ?? null, factsSource: v.factsSource ?? null,
  };
}

export const visitRows = (p: DatasetPlace, placeId: number): Row[] => p.visits.map((v, position) => visitRow(v, placeId, position));

export function personChildRows(person: DatasetPerson, personId: number, ids: ResolveId) {
  return {
    aliases: withPositions(person.aliases).map(({ item, position }) => ({ ...item, personId, position })),
    roles: withPositions(person.roles).map(({ item: { place, period, ...r }, position }) => ({
      ...r, personId, position, placeId: maybe(ids, "place", place), ...fuzzy("period", period),
    })),
    media: mediaRows(person.media, { personId }),
  };
}

export function eventChildRows(e: DatasetEvent, eventId: number, ids: ResolveId) {
  return {
    people: e.people.map((x, position) => ({ eventId, personId: ids("person", x.person), position, role: x.role })),
    themes: themeLinks(e.themes, eventId, ids),
    media: mediaRows(e.media, { eventId }),
  };
}

export function exhibitionChildRows(e: Pick<DatasetExhibition, "themes" | "media">, exhibitionId: number, ids: ResolveId) {
  return {
    themes: themeLinks(e.themes, exhibitionId, ids),
    media: mediaRows(e.media, { exhibitionId }),
  };
}

/** Rows hanging off a room, except its sections' media (they need the sections' ids: see sectionMediaRows). */
export function roomChildRows(r: DatasetRoom, roomId: number, ids: ResolveId) {
  return {
    sections: sectionRows(r, roomId),
    objects: r.objects.map((o, position) => ({ roomId, objectId: ids("object", o), position })),
    events: r.events.map((e, position) => ({ roomId, eventId: ids("event", e), position })),
    themes: themeLinks(r.themes, roomId, ids),
    media: mediaRows(r.media, { roomId }),
  };
}

export function sectionRows(r: DatasetRoom, roomId: number): Row[] {
  return r.sections.map(({ media: _m, ...s }, position) => ({ ...s, position, roomId }));
}

/** The media of a room's sections, given the id of each section by its key. */
export function sectionMediaRows(r: DatasetRoom, sectionIdByKey: (key: string) => number): Row[] {
  return r.sections.flatMap((s) => mediaRows(s.media, { roomSectionId: sectionIdByKey(s.key) }));
}

export function objectChildRows(o: DatasetObject, objectId: number, ids: ResolveId) {
  return {
    people: o.people.map((x, position) => ({ objectId, personId: ids("person", x.person), position, role: x.role })),
    events: o.events.map((x) => ({ objectId, eventId: ids("event", x) })),
    places: o.places.map((x) => ({ objectId, placeId: ids("place", x) })),
    themes: themeLinks(o.themes, objectId, ids),
    media: mediaRows(o.media, { objectId }),
  };
}

const link = (table: PgTable, owner: AnyPgColumn) => ({ table, owner });

/**
 * The table of each kind of child row, and the column naming its owner, in the order the rows are
 * written. Replacing a record's children deletes by that column.
 */
export const CHILD_TABLES = {
  place: {
    highlights: link(placeHighlights, placeHighlights.placeId), figures: link(placeFigures, placeFigures.placeId),
    openingHours: link(openingHours, openingHours.placeId), openingExceptions: link(openingExceptions, openingExceptions.placeId),
    admission: link(admissionOffers, admissionOffers.placeId), audience: link(audienceAdvice, audienceAdvice.placeId),
    accessibility: link(accessibilityFacts, accessibilityFacts.placeId), partners: link(placePartnerships, placePartnerships.placeId),
    suggestions: link(placeSuggestions, placeSuggestions.placeId), themes: link(placeThemes, placeThemes.ownerId), media: link(media, media.placeId),
  },
  person: {
    aliases: link(personAliases, personAliases.personId), roles: link(personRoles, personRoles.personId), media: link(media, media.personId),
  },
  event: {
    people: link(eventPeople, eventPeople.eventId), themes: link(eventThemes, eventThemes.ownerId), media: link(media, media.eventId),
  },
  exhibition: { themes: link(exhibitionThemes, exhibitionThemes.ownerId), media: link(media, media.exhibitionId) },
  room: {
    sections: link(roomSections, roomSections.roomId), objects: link(roomObjects, roomObjects.roomId), events: link(roomEvents, roomEvents.roomId),
    themes: link(roomThemes, roomThemes.ownerId), media: link(media, media.roomId),
  },
  object: {
    people: link(objectPeople, objectPeople.objectId), events: link(objectEvents, objectEvents.objectId),
    places: link(objectPlaces, objectPlaces.objectId), themes: link(objectThemes, objectThemes.ownerId), media: link(media, media.objectId),
  },
} as const;
