/**
 * From table rows back to dataset documents: the one mapping used both to export whole datasets
 * and to read single records (the back office). Pure: ids of referenced records are turned into
 * slugs by the `slugs` function the caller gives. The results are raw: parse them with the kind's
 * schema (which fills defaults and orders sets) before use.
 */
import type { bookingOffers } from "../../db/schema/bookings.ts";
import type { collectionObjects, objectEvents, objectPeople, objectPlaces, roomEvents, roomObjects } from "../../db/schema/collection.ts";
import type { exhibitions, roomSections, rooms } from "../../db/schema/exhibitions.ts";
import type { eventPeople, events, people, personAliases, personRoles } from "../../db/schema/history.ts";
import type { audienceAdvice, openingExceptions, openingHours, placeFigures, placeHighlights, placePartnerships, places, placeSuggestions } from "../../db/schema/places.ts";
import type { accessibilityFacts, admissionOffers } from "../../db/schema/visiting.ts";
import type { media, themes } from "../../db/schema/themes-media.ts";
import { WEEKDAYS, type ReferenceKind } from "./dataset-rows.ts";

/** The slug of the record of `kind` with that id (undefined for a null id). */
export type SlugOfId = (kind: ReferenceKind, id: number | null) => string | undefined;

type Select<T extends { $inferSelect: unknown }> = T["$inferSelect"];
type ThemeLink = { ownerId: number; themeId: number };
type MediumRow = Select<typeof media>;

/** Drops nulls (absent facts) so the result reads like the YAML it came from. */
export function compact<T extends Record<string, unknown>>(row: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined)) as never;
}

const hhmm = (time: string | null) => (time === null ? undefined : time.slice(0, 5));
const themeSlugs = (links: ThemeLink[], slugs: SlugOfId) => links.map((l) => slugs("theme", l.themeId)!).sort();

/** Media rows (already in their owner's order) as documents. */
export const mediaDocuments = (rows: MediumRow[]) => rows.map((m) => compact({
  slug: m.slug, kind: m.kind, title: m.title, description: m.description, altText: m.altText, url: m.url,
  credit: m.credit, rights: m.rights, durationSeconds: m.durationSeconds,
}));

export function themeDocument(t: Select<typeof themes>) {
  return compact({ slug: t.slug, status: t.status, name: t.name, description: t.description });
}

export function personDocument(p: Select<typeof people>, c: {
  aliases: Select<typeof personAliases>[]; roles: Select<typeof personRoles>[]; media: MediumRow[];
}, slugs: SlugOfId) {
  return compact({
    slug: p.slug, status: p.status, name: p.name, givenName: p.givenName, familyName: p.familyName, title: p.title,
    summary: p.summary, description: p.description, birth: p.birthText, death: p.deathText, owner: slugs("place", p.ownerPlaceId),
    aliases: c.aliases.map((a) => compact({ name: a.name, kind: a.kind, note: a.note })),
    roles: c.roles.map((r) => compact({ role: r.role, place: slugs("place", r.placeId), period: r.periodText })),
    media: mediaDocuments(c.media),
    factsSource: p.factsSource,
  });
}

export function eventDocument(e: Select<typeof events>, c: {
  people: Select<typeof eventPeople>[]; themes: ThemeLink[]; media: MediumRow[];
}, slugs: SlugOfId) {
  return compact({
    slug: e.slug, status: e.status, kind: e.kind, title: e.title, summary: e.summary, description: e.description,
    date: e.dateText,
    location: e.locationName === null ? undefined : compact({
      name: e.locationName, place: slugs("place", e.placeId), latitude: e.latitude, longitude: e.longitude,
    }),
    factsSource: e.factsSource, owner: slugs("place", e.ownerPlaceId),
    people: c.people.map((x) => compact({ person: slugs("person", x.personId)!, role: x.role })),
    themes: themeSlugs(c.themes, slugs),
    media: mediaDocuments(c.media),
  });
}

type HourRow = Select<typeof openingHours>;

/** One weekly-hours entry per (opens, closes, validity), listing its days, in the order first met. */
function regroupHours(rows: HourRow[]) {
  const groups = new Map<string, { days: (typeof WEEKDAYS)[number][]; opens: string; closes: string; validFrom?: string; validUntil?: string }>();
  for (const h of rows) {
    const key = [h.opens, h.closes, h.validFrom, h.validUntil].join("|");
    const group = groups.get(key) ?? compact({ days: [], opens: hhmm(h.opens)!, closes: hhmm(h.closes)!, validFrom: h.validFrom, validUntil: h.validUntil });
    group.days.push(WEEKDAYS[h.weekday - 1]!);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export interface PlaceChildren {
  highlights: Select<typeof placeHighlights>[]; figures: Select<typeof placeFigures>[]; openingHours: HourRow[];
  openingExceptions: Select<typeof openingExceptions>[]; admission: Select<typeof admissionOffers>[];
  audience: Select<typeof audienceAdvice>[]; accessibility: Select<typeof accessibilityFacts>[];
  partners: Select<typeof placePartnerships>[]; suggestions: Select<typeof placeSuggestions>[]; themes: ThemeLink[]; media: MediumRow[];
  /** The place's offers that are not archived, in order. */
  visits: Select<typeof bookingOffers>[];
}

/** A timed visit's document from its offer row (archived offers are never part of a document). */
export function visitDocument(o: Select<typeof bookingOffers>) {
  const r = o.requirements;
  return compact({
    slug: o.slug, title: o.title, description: o.description, durationMinutes: o.durationMinutes, capacity: o.capacity,
    partySize: { min: o.minParty, max: o.maxParty }, languages: o.languages,
    price: o.isFree ? { free: true } : o.priceCents === null ? undefined : { amountCents: o.priceCents },
    requirements: compact({ steps: r.steps, stepFree: r.stepFree, minimumAge: r.minimumAge, headset: r.headset, notes: r.notes }),
    channels: o.channels,
    schedule: o.patterns.map((p) => compact({
      days: p.weekdays.map((d) => WEEKDAYS[d - 1]!), times: p.startTimes, validFrom: p.validFrom, validUntil: p.validUntil,
    })),
    bookingHorizonDays: o.bookingHorizonDays, placesPerEmailPerDay: o.placesPerEmailPerDay, factsSource: o.factsSource,
  });
}

export function placeDocument(p: Select<typeof places>, c: PlaceChildren, slugs: SlugOfId) {
  return compact({
    slug: p.slug, status: p.status, kind: p.kind, name: p.name, shortName: p.shortName, tagline: p.tagline,
    summary: p.summary, description: p.description, partnersIntro: p.partnersIntro,
    address: compact({ street: p.streetAddress, postalCode: p.postalCode, city: p.city, district: p.district, countryCode: p.countryCode }),
    coordinates: p.latitude === null || p.longitude === null ? undefined : { latitude: p.latitude, longitude: p.longitude },
    factsSource: p.factsSource, timeZone: p.timeZone,
    contacts: compact({ phone: p.phone, email: p.email, website: p.website }),
    highlights: c.highlights.map((h) => ({ kind: h.kind, text: h.text })),
    figures: c.figures.map((f) => compact({ value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label })),
    openingHours: regroupHours(c.openingHours),
    openingExceptions: c.openingExceptions.map((e) => compact({
      startsOn: e.startsOn, endsOn: e.endsOn, closed: e.opens === null, opens: hhmm(e.opens), closes: hhmm(e.closes), reason: e.reason,
    })),
    admission: c.admission.map((a) => compact({
      covers: a.covers, exhibition: slugs("exhibition", a.exhibitionId), label: a.label, isFree: a.isFree, priceCents: a.priceCents,
      currency: a.currency, isReducedRate: a.isReducedRate, minAge: a.minAge, maxAge: a.maxAge, conditions: a.conditions,
    })),
    audience: c.audience.map((a) => compact({
      audience: a.audience, recommended: a.recommended, minAge: a.minAge, maxAge: a.maxAge, text: a.text,
    })),
    accessibility: c.accessibility.map((a) => compact({ feature: a.feature, room: slugs("room", a.roomId), value: a.value, unit: a.unit, text: a.text })),
    partners: c.partners.map((x) => compact({ place: slugs("place", x.partnerId)!, kind: x.kind, note: x.note })),
    suggestions: c.suggestions.map((x) => compact({ place: slugs("place", x.targetPlaceId), title: x.title, text: x.text, url: x.url })),
    visits: c.visits.map(visitDocument),
    themes: themeSlugs(c.themes, slugs),
    media: mediaDocuments(c.media),
  });
}

/** An exhibition without its rooms (the export adds them; the back office edits them on their own). */
export function exhibitionDocument(e: Select<typeof exhibitions>, c: { themes: ThemeLink[]; media: MediumRow[] }, slugs: SlugOfId) {
  return compact({
    slug: e.slug, status: e.status, place: slugs("place", e.placeId)!, kind: e.kind, title: e.title, summary: e.summary,
    description: e.description, opensOn: e.opensOn, closesOn: e.closesOn,
    themes: themeSlugs(c.themes, slugs),
    media: mediaDocuments(c.media),
  });
}

export interface RoomChildren {
  sections: Select<typeof roomSections>[];
  /** The media of one section, in order. */
  sectionMedia: (sectionId: number) => MediumRow[];
  objects: Select<typeof roomObjects>[]; events: Select<typeof roomEvents>[]; themes: ThemeLink[]; media: MediumRow[];
}

export function roomDocument(r: Select<typeof rooms>, c: RoomChildren, slugs: SlugOfId) {
  return compact({
    slug: r.slug, status: r.status, number: r.number, title: r.title, subtitle: r.subtitle, summary: r.summary,
    description: r.description,
    sections: c.sections.map((s) => compact({ key: s.key, title: s.title, body: s.body, media: mediaDocuments(c.sectionMedia(s.id)) })),
    objects: c.objects.map((x) => slugs("object", x.objectId)!),
    events: c.events.map((x) => slugs("event", x.eventId)!),
    themes: themeSlugs(c.themes, slugs),
    media: mediaDocuments(c.media),
  });
}

export function objectDocument(o: Select<typeof collectionObjects>, c: {
  people: Select<typeof objectPeople>[]; events: Select<typeof objectEvents>[]; places: Select<typeof objectPlaces>[];
  themes: ThemeLink[]; media: MediumRow[];
}, slugs: SlugOfId) {
  return compact({
    slug: o.slug, status: o.status, holder: slugs("place", o.holderId)!, partOf: slugs("object", o.partOfId), type: o.type,
    title: o.title, summary: o.summary, description: o.description, date: o.dateText, itemCount: o.itemCount,
    itemCountQualifier: o.itemCountQualifier, provenance: o.provenance, credit: o.credit, rights: o.rights,
    inventoryNumber: o.inventoryNumber,
    people: c.people.map((x) => compact({ person: slugs("person", x.personId)!, role: x.role })),
    events: c.events.map((x) => slugs("event", x.eventId)!).sort(),
    places: c.places.map((x) => slugs("place", x.placeId)!).sort(),
    themes: themeSlugs(c.themes, slugs),
    media: mediaDocuments(c.media),
  });
}
