/** Reading places and everything a place page shows. Published records only. */
import { and, asc, eq, inArray, isNull, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { jsonRows } from "../../db/json-rows.ts";
import type { Queryable } from "../../db/database.ts";
import { bookingOffers } from "../../db/schema/bookings.ts";
import { localizedSortKey } from "../../db/sort-key.ts";
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import { collectionObjects } from "../../db/schema/collection.ts";
import { exhibitions } from "../../db/schema/exhibitions.ts";
import { audienceAdvice, openingExceptions, openingHours, placeFigures, placeHighlights, placePartnerships, places, placeSuggestions } from "../../db/schema/places.ts";
import { accessibilityFacts, admissionOffers } from "../../db/schema/visiting.ts";
import { rooms } from "../../db/schema/exhibitions.ts";
import { media, placeThemes, themes } from "../../db/schema/themes-media.ts";
import { offsetOf, type PageRequest } from "../../web/paging.ts";
import type { MediumItem } from "../../db/medium-item.ts";

/** The type of a column's values, for rows read through JSON sub-selects (typed by hand). */
type DataOf<C extends AnyColumn> = C["_"]["data"];

export type PlaceRow = typeof places.$inferSelect;

export interface PlaceFilters { kind?: PlaceRow["kind"]; city?: string; theme?: string }

const published = eq(places.status, "published");

function filtersOf(f: PlaceFilters): SQL | undefined {
  return and(
    published,
    f.kind ? eq(places.kind, f.kind) : undefined,
    f.city ? sql`lower(${places.city}) = lower(${f.city})` : undefined,
    f.theme
      ? inArray(places.id, sql`(select ${placeThemes.ownerId} from ${placeThemes} join ${themes} on ${themes.id} = ${placeThemes.themeId} where ${themes.slug} = ${f.theme})`)
      : undefined,
  );
}

export async function findPlaces(db: Queryable, filters: PlaceFilters, locale: Locale, page: PageRequest) {
  const where = filtersOf(filters);
  const [rows, total] = await Promise.all([
    db.select().from(places).where(where).orderBy(localizedSortKey(places.name, locale), asc(places.id))
      .limit(page.pageSize).offset(offsetOf(page)),
    db.$count(places, where),
  ]);
  return { rows, total };
}

export async function findPlaceBySlug(db: Queryable, slug: string): Promise<PlaceRow | undefined> {
  const [row] = await db.select().from(places).where(and(published, eq(places.slug, slug)));
  return row;
}

// Other places joined inside the sub-selects; in SQL text an alias renders as its bare name.
const partner = alias(places, "partner");
const target = alias(places, "suggested_place");
const position = <T extends { position: AnyColumn }>(t: T) => sql`${t.position}`;
type Localized = PlaceRow["name"];
type TimeText = string;

// A place's weekly hours and date exceptions, as JSON sub-selects correlated on `places.id`
// (shared by the detail view and the cards that show a live status).
const hoursOfPlace = () => jsonRows<{ weekday: number; opens: TimeText; closes: TimeText; validFrom: string | null; validUntil: string | null }>(
  { weekday: openingHours.weekday, opens: openingHours.opens, closes: openingHours.closes, validFrom: openingHours.validFrom, validUntil: openingHours.validUntil },
  sql`${openingHours}`, sql`${openingHours.placeId} = ${places.id}`, sql`${openingHours.weekday}, ${openingHours.opens}`);
const exceptionsOfPlace = () => jsonRows<{ startsOn: string; endsOn: string; opens: TimeText | null; closes: TimeText | null; reason: Localized | null }>(
  { startsOn: openingExceptions.startsOn, endsOn: openingExceptions.endsOn, opens: openingExceptions.opens, closes: openingExceptions.closes, reason: openingExceptions.reason },
  sql`${openingExceptions}`, sql`${openingExceptions.placeId} = ${places.id}`, sql`${openingExceptions.startsOn}`);

/**
 * One published place with everything its detail view shows (hours, admission, partners...), in
 * one query: each kind of child is a JSON sub-select.
 */
export async function findPlaceWithDetails(db: Queryable, slug: string) {
  const [row] = await db.select({
    place: places,
    highlights: jsonRows<{ kind: "we_love" | "we_also_like"; text: Localized }>(
      { kind: placeHighlights.kind, text: placeHighlights.text },
      sql`${placeHighlights}`, sql`${placeHighlights.placeId} = ${places.id}`, position(placeHighlights)),
    figures: jsonRows<{ value: number | null; qualifier: DataOf<typeof placeFigures.qualifier>; unit: string | null; label: Localized }>(
      { value: placeFigures.value, qualifier: placeFigures.qualifier, unit: placeFigures.unit, label: placeFigures.label },
      sql`${placeFigures}`, sql`${placeFigures.placeId} = ${places.id}`, position(placeFigures)),
    hours: hoursOfPlace(),
    exceptions: exceptionsOfPlace(),
    admission: jsonRows<{
      covers: DataOf<typeof admissionOffers.covers>; exhibitionSlug: string | null; label: Localized; isFree: boolean; priceCents: number | null; currency: string;
      isReducedRate: boolean; minAge: number | null; maxAge: number | null; conditions: Localized | null;
    }>(
      {
        covers: admissionOffers.covers, exhibitionSlug: exhibitions.slug, label: admissionOffers.label, isFree: admissionOffers.isFree,
        priceCents: admissionOffers.priceCents, currency: admissionOffers.currency, isReducedRate: admissionOffers.isReducedRate,
        minAge: admissionOffers.minAge, maxAge: admissionOffers.maxAge, conditions: admissionOffers.conditions,
      },
      sql`${admissionOffers} left join ${exhibitions} on ${exhibitions.id} = ${admissionOffers.exhibitionId}`,
      sql`${admissionOffers.placeId} = ${places.id}`, position(admissionOffers)),
    audience: jsonRows<{ audience: DataOf<typeof audienceAdvice.audience>; recommended: boolean; minAge: number | null; maxAge: number | null; text: Localized }>(
      { audience: audienceAdvice.audience, recommended: audienceAdvice.recommended, minAge: audienceAdvice.minAge, maxAge: audienceAdvice.maxAge, text: audienceAdvice.text },
      sql`${audienceAdvice}`, sql`${audienceAdvice.placeId} = ${places.id}`, position(audienceAdvice)),
    accessibility: jsonRows<{ feature: DataOf<typeof accessibilityFacts.feature>; roomSlug: string | null; value: number | null; unit: string | null; text: Localized }>(
      { feature: accessibilityFacts.feature, roomSlug: rooms.slug, value: accessibilityFacts.value, unit: accessibilityFacts.unit, text: accessibilityFacts.text },
      sql`${accessibilityFacts} left join ${rooms} on ${rooms.id} = ${accessibilityFacts.roomId}`,
      sql`${accessibilityFacts.placeId} = ${places.id}`, position(accessibilityFacts)),
    partners: jsonRows<{ slug: string; kind: DataOf<typeof places.kind>; name: Localized; city: string | null; partnership: DataOf<typeof placePartnerships.kind>; note: Localized | null }>(
      { slug: partner.slug, kind: partner.kind, name: partner.name, city: partner.city, partnership: placePartnerships.kind, note: placePartnerships.note },
      sql`${placePartnerships} join ${places} ${partner} on ${partner.id} = ${placePartnerships.partnerId}`,
      sql`${placePartnerships.placeId} = ${places.id} and ${partner.status} = 'published'`, position(placePartnerships)),
    suggestions: jsonRows<{ title: Localized; text: Localized | null; url: string | null; placeSlug: string | null; placeName: Localized | null }>(
      { title: placeSuggestions.title, text: placeSuggestions.text, url: placeSuggestions.url, placeSlug: target.slug, placeName: target.name },
      sql`${placeSuggestions} left join ${places} ${target} on ${target.id} = ${placeSuggestions.targetPlaceId}`,
      sql`${placeSuggestions.placeId} = ${places.id} and (${target.id} is null or ${target.status} = 'published')`, position(placeSuggestions)),
    exhibitions: jsonRows<{ slug: string; kind: DataOf<typeof exhibitions.kind>; title: Localized; opensOn: string | null; closesOn: string | null }>(
      { slug: exhibitions.slug, kind: exhibitions.kind, title: exhibitions.title, opensOn: exhibitions.opensOn, closesOn: exhibitions.closesOn },
      sql`${exhibitions}`, sql`${exhibitions.placeId} = ${places.id} and ${exhibitions.status} = 'published'`, sql`${exhibitions.id}`),
    themes: jsonRows<{ slug: string; name: Localized }>(
      { slug: themes.slug, name: themes.name },
      sql`${placeThemes} join ${themes} on ${themes.id} = ${placeThemes.themeId}`,
      sql`${placeThemes.ownerId} = ${places.id} and ${themes.status} = 'published'`, sql`${themes.slug}`),
    media: jsonRows<MediumItem>(
      {
        slug: media.slug, kind: media.kind, title: media.title, description: media.description, altText: media.altText,
        url: media.url, credit: media.credit, rights: media.rights, durationSeconds: media.durationSeconds,
      },
      sql`${media}`, sql`${media.placeId} = ${places.id} and ${media.status} = 'published'`, sql`${media.position}, ${media.id}`),
  }).from(places).where(and(published, eq(places.slug, slug)));
  return row;
}
export type PlaceWithDetails = NonNullable<Awaited<ReturnType<typeof findPlaceWithDetails>>>;

/** The slugs of the places a place's own suggestions lead to (related places leave them out). */
export const suggestedPlaces = (d: PlaceWithDetails): string[] => d.suggestions.flatMap((s) => (s.placeSlug ? [s.placeSlug] : []));

/** The timed visits a place offers (archived ones left out), in the place's order. */
export async function findPlaceVisits(db: Queryable, placeId: number) {
  return db.select({
    slug: bookingOffers.slug, title: bookingOffers.title, description: bookingOffers.description, durationMinutes: bookingOffers.durationMinutes, channels: bookingOffers.channels,
  })
    .from(bookingOffers).where(and(eq(bookingOffers.placeId, placeId), isNull(bookingOffers.archivedAt))).orderBy(asc(bookingOffers.position));
}

/** Collection items a place holds, groups first, for its page. */
export async function findCollectionHighlights(db: Queryable, placeId: number, limit = 12) {
  return db.select({ slug: collectionObjects.slug, type: collectionObjects.type, title: collectionObjects.title, summary: collectionObjects.summary })
    .from(collectionObjects)
    .where(and(eq(collectionObjects.holderId, placeId), eq(collectionObjects.status, "published")))
    .orderBy(sql`${collectionObjects.type} = 'collection' desc`, asc(collectionObjects.id))
    .limit(limit);
}

/** Published places nearest to a point (equirectangular distance, fine at city scale), the place itself excluded. */
export async function findNearbyPlaces(db: Queryable, placeId: number, latitude: number, longitude: number, limit = 4) {
  const distanceKm = sql<number>`111.32 * sqrt(power(${places.latitude} - ${latitude}, 2) + power((${places.longitude} - ${longitude}) * cos(radians(${latitude})), 2))`;
  return db.select({ slug: places.slug, kind: places.kind, name: places.name, city: places.city, distanceKm })
    .from(places)
    .where(and(published, sql`${places.id} <> ${placeId}`, sql`${places.latitude} is not null and ${places.longitude} is not null`))
    .orderBy(distanceKm, asc(places.id))
    .limit(limit);
}

/** What a place's card shows (no long texts: a network may have hundreds of places). */
const cardColumns = {
  id: places.id, slug: places.slug, kind: places.kind, name: places.name, tagline: places.tagline, summary: places.summary,
  city: places.city, district: places.district, timeZone: places.timeZone,
};

/**
 * Every published place by name, with its schedule (for the live status) and the admission offers
 * that say whether a visit is free.
 */
export async function findPlaceCards(db: Queryable, locale: Locale) {
  return db.select({
    ...cardColumns,
    hours: hoursOfPlace(),
    exceptions: exceptionsOfPlace(),
    admission: jsonRows<{ covers: string; isFree: boolean }>(
      { covers: admissionOffers.covers, isFree: admissionOffers.isFree },
      sql`${admissionOffers}`, sql`${admissionOffers.placeId} = ${places.id}`, position(admissionOffers)),
  }).from(places).where(published).orderBy(localizedSortKey(places.name, locale), asc(places.id));
}
export type PlaceCardRow = Awaited<ReturnType<typeof findPlaceCards>>[number];

/** Every published place by name, card columns only. */
export async function findAllPlaces(db: Queryable, locale: Locale) {
  return db.select(cardColumns).from(places).where(published).orderBy(localizedSortKey(places.name, locale), asc(places.id));
}
export type PlaceListRow = Awaited<ReturnType<typeof findAllPlaces>>[number];

/**
 * Published exhibitions of published places that may be on around `now`: the dates are compared
 * here with a day's margin either side, and exactly by the caller in each place's own time zone.
 * Temporary ones first (closing soonest first), then permanent ones by place name.
 */
export async function findExhibitionsAround(db: Queryable, locale: Locale, now: Date) {
  const day = 86_400_000;
  const earliest = new Date(now.getTime() - day).toISOString().slice(0, 10);
  const latest = new Date(now.getTime() + day).toISOString().slice(0, 10);
  return db.select({
    slug: exhibitions.slug, kind: exhibitions.kind, title: exhibitions.title, opensOn: exhibitions.opensOn, closesOn: exhibitions.closesOn,
    placeSlug: places.slug, placeName: places.name, timeZone: places.timeZone,
  }).from(exhibitions).innerJoin(places, eq(places.id, exhibitions.placeId))
    .where(and(
      eq(exhibitions.status, "published"), published,
      sql`(${exhibitions.opensOn} is null or ${exhibitions.opensOn} <= ${latest})`,
      sql`(${exhibitions.closesOn} is null or ${exhibitions.closesOn} >= ${earliest})`,
    ))
    .orderBy(sql`${exhibitions.kind} = 'temporary' desc`, sql`${exhibitions.closesOn} asc nulls last`,
      localizedSortKey(places.name, locale), asc(exhibitions.id));
}
export type ExhibitionAroundRow = Awaited<ReturnType<typeof findExhibitionsAround>>[number];

/** The published partners of a place in the order it lists them, with what the partners page shows of each. */
export async function findPartnerDetails(db: Queryable, placeId: number) {
  return db.select({
    slug: places.slug, kind: places.kind, name: places.name, summary: places.summary, description: places.description,
    streetAddress: places.streetAddress, postalCode: places.postalCode, city: places.city, district: places.district,
    countryCode: places.countryCode, note: placePartnerships.note,
    figures: jsonRows<{ value: number | null; qualifier: DataOf<typeof placeFigures.qualifier>; unit: string | null; label: Localized }>(
      { value: placeFigures.value, qualifier: placeFigures.qualifier, unit: placeFigures.unit, label: placeFigures.label },
      sql`${placeFigures}`, sql`${placeFigures.placeId} = ${places.id}`, position(placeFigures)),
  }).from(placePartnerships).innerJoin(places, eq(places.id, placePartnerships.partnerId))
    .where(and(eq(placePartnerships.placeId, placeId), published))
    .orderBy(asc(placePartnerships.position));
}
export type PartnerDetailRow = Awaited<ReturnType<typeof findPartnerDetails>>[number];

/** Every place, drafts included, by slug: id, slug and name (the back office's pickers and filters). */
export function findPlaceLabels(db: Queryable): Promise<{ id: number; slug: string; name: LocalizedText }[]> {
  return db.select({ id: places.id, slug: places.slug, name: places.name }).from(places).orderBy(asc(places.slug));
}

/** Place ids by slug, for the slugs that exist (drafts included). */
export async function findPlaceIdsBySlugs(db: Queryable, slugs: string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.select({ id: places.id, slug: places.slug }).from(places).where(inArray(places.slug, slugs));
  return new Map(rows.map((r) => [r.slug, r.id]));
}
