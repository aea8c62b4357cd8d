/** What the home, network and partners pages show, in one language: localized rows, live statuses, what is on. */
import { DateTime } from "luxon";
import type { Queryable } from "../../db/database.ts";
import type { Locale } from "../../lib/locales.ts";
import { createLocalizer } from "../../lib/localized-text.ts";
import { languageOf } from "../../web/presenting.ts";
import { listAllThemes } from "../themes/themes.service.ts";
import {
  findAllPlaces, findExhibitionsAround, findPartnerDetails, findPlaceCards,
  type ExhibitionAroundRow, type PartnerDetailRow, type PlaceCardRow, type PlaceListRow,
} from "./places.repository.ts";
import { admissionOf, liveHoursOf, scheduleOf } from "./places.service.ts";

/** The tagline, else the summary; but a summary in the reader's language beats a tagline only in the other. */
const lineOf = (row: Pick<PlaceListRow, "tagline" | "summary">, locale: Locale) =>
  row.tagline?.[locale] === undefined && row.summary?.[locale] !== undefined ? row.summary : row.tagline ?? row.summary;

/** A place as a list shows it: name, kind, city and one line (its tagline, else its summary). */
export function presentListedPlace(row: PlaceListRow, locale: Locale) {
  const l = createLocalizer(locale);
  return {
    slug: row.slug, kind: row.kind, city: row.city ?? undefined,
    name: l.text("name", row.name) ?? row.slug,
    line: l.text("line", lineOf(row, locale)),
    ...languageOf(l),
  };
}
export type ListedPlace = ReturnType<typeof presentListedPlace>;

export function presentPlaceCard(row: PlaceCardRow, locale: Locale, now: Date) {
  return { ...presentListedPlace(row, locale), admission: admissionOf(row.admission), live: liveHoursOf(scheduleOf(row.timeZone, row.hours, row.exceptions), now) };
}
export type PlaceCard = ReturnType<typeof presentPlaceCard>;

/** Whether an exhibition is on at `now`, on the calendar of its place's time zone (open-ended dates allowed). */
export function isOn(row: Pick<ExhibitionAroundRow, "opensOn" | "closesOn" | "timeZone">, now: Date): boolean {
  const today = DateTime.fromJSDate(now, { zone: row.timeZone }).toISODate()!;
  return (!row.opensOn || row.opensOn <= today) && (!row.closesOn || today <= row.closesOn);
}

/** The earliest of the dates, null when there are none. */
const earliest = (dates: (Date | null)[]) =>
  dates.reduce<Date | null>((min, d) => (d && (!min || d < min) ? d : min), null);

/**
 * The order a family can plan by: places open now first (closing last first), then those closed now by
 * their next opening, soonest first, then those whose hours are not published, each group keeping the
 * list's order (stable sort).
 */
export function planFirst<T extends { live: Pick<PlaceCard["live"], "status"> }>(cards: T[]): T[] {
  const rank = (c: T) => {
    const s = c.live.status;
    if (s.state === "open") return [0, -s.nextChange.getTime()];
    if (s.state === "closed") return [1, s.nextChange?.getTime() ?? Number.MAX_SAFE_INTEGER];
    return [2, 0];
  };
  return cards.map((c) => ({ c, r: rank(c) })).sort((a, b) => a.r[0]! - b.r[0]! || a.r[1]! - b.r[1]!).map(({ c }) => c);
}

export async function homePageData(db: Queryable, locale: Locale, now: Date) {
  const [cardRows, exhibitionRows, themes] = await Promise.all([
    findPlaceCards(db, locale),
    findExhibitionsAround(db, locale, now),
    listAllThemes(db, locale),
  ]);
  const places = planFirst(cardRows.map((r) => presentPlaceCard(r, locale, now)));
  const current = exhibitionRows.filter((e) => isOn(e, now)).map((e) => {
    const l = createLocalizer(locale);
    return {
      slug: e.slug, kind: e.kind, closesOn: e.closesOn ?? undefined, placeSlug: e.placeSlug,
      title: l.text("title", e.title) ?? e.slug, placeName: l.text("placeName", e.placeName) ?? e.placeSlug, ...languageOf(l),
    };
  });
  // Every exhibition belongs to a place shown here, and each place's expiry is at the latest its
  // next local midnight, which is also when an exhibition's dates can start or stop including today.
  return { places, current, themes, expiresAt: earliest(places.map((p) => p.live.expiresAt)) };
}

export async function networkPageData(db: Queryable, locale: Locale) {
  return (await findAllPlaces(db, locale)).map((r) => presentListedPlace(r, locale));
}

export function presentPartner(row: PartnerDetailRow, locale: Locale) {
  const l = createLocalizer(locale);
  return {
    slug: row.slug, kind: row.kind, name: l.text("name", row.name) ?? row.slug,
    note: l.text("note", row.note),
    description: l.text("description", row.description ?? row.summary),
    figures: row.figures.map((f, i) => ({ value: f.value ?? undefined, qualifier: f.qualifier, label: l.text(`figures.${i}`, f.label) ?? "" })),
    address: {
      street: l.text("address.street", row.streetAddress), postalCode: row.postalCode ?? undefined, city: row.city ?? undefined,
      district: l.text("address.district", row.district), countryCode: row.countryCode,
    },
    ...languageOf(l),
  };
}
export type Partner = ReturnType<typeof presentPartner>;

export async function partnersPageData(db: Queryable, placeId: number, locale: Locale) {
  return (await findPartnerDetails(db, placeId)).map((r) => presentPartner(r, locale));
}
