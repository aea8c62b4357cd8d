/** Reading places and everything a place page shows. Published records only. */
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { localizedSortKey } from "../../db/sort-key.ts";
import type { Locale } from "../../db/schema/columns.ts";
import { exhibitions } from "../../db/schema/exhibitions.ts";
import {
  accessibilityFacts, admissionOffers, audienceAdvice, openingExceptions, openingHours, placeFigures, placeHighlights,
  placePartnerships, places, placeSuggestions,
} from "../../db/schema/places.ts";
import { rooms } from "../../db/schema/exhibitions.ts";
import { media, placeThemes, themes } from "../../db/schema/themes-media.ts";
import { offsetOf, type PageRequest } from "../../web/paging.ts";

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

/** Everything hanging off one place, for its detail view. */
export async function findPlaceDetails(db: Queryable, placeId: number) {
  const byPlace = <T extends { placeId: any; position: any }>(table: T) => eq(table.placeId, placeId);
  const [highlights, figures, hours, exceptions, admission, audience, accessibility, partners, suggestions, placeExhibitions, placeThemeRows, placeMedia] =
    await Promise.all([
      db.select().from(placeHighlights).where(byPlace(placeHighlights)).orderBy(asc(placeHighlights.position)),
      db.select().from(placeFigures).where(byPlace(placeFigures)).orderBy(asc(placeFigures.position)),
      db.select().from(openingHours).where(eq(openingHours.placeId, placeId)).orderBy(asc(openingHours.weekday), asc(openingHours.opens)),
      db.select().from(openingExceptions).where(and(eq(openingExceptions.placeId, placeId))).orderBy(asc(openingExceptions.startsOn)),
      db.select({ offer: admissionOffers, exhibitionSlug: exhibitions.slug }).from(admissionOffers)
        .leftJoin(exhibitions, eq(exhibitions.id, admissionOffers.exhibitionId))
        .where(byPlace(admissionOffers)).orderBy(asc(admissionOffers.position)),
      db.select().from(audienceAdvice).where(byPlace(audienceAdvice)).orderBy(asc(audienceAdvice.position)),
      db.select({ fact: accessibilityFacts, roomSlug: rooms.slug }).from(accessibilityFacts)
        .leftJoin(rooms, eq(rooms.id, accessibilityFacts.roomId))
        .where(byPlace(accessibilityFacts)).orderBy(asc(accessibilityFacts.position)),
      db.select({ link: placePartnerships, partner: places }).from(placePartnerships)
        .innerJoin(places, eq(places.id, placePartnerships.partnerId))
        .where(and(eq(placePartnerships.placeId, placeId), published)).orderBy(asc(placePartnerships.position)),
      db.select({ suggestion: placeSuggestions, target: { slug: places.slug, name: places.name, status: places.status } }).from(placeSuggestions)
        .leftJoin(places, eq(places.id, placeSuggestions.targetPlaceId))
        .where(byPlace(placeSuggestions)).orderBy(asc(placeSuggestions.position)),
      db.select().from(exhibitions).where(and(eq(exhibitions.placeId, placeId), eq(exhibitions.status, "published"))).orderBy(asc(exhibitions.id)),
      db.select({ slug: themes.slug, name: themes.name }).from(placeThemes).innerJoin(themes, eq(themes.id, placeThemes.themeId))
        .where(and(eq(placeThemes.ownerId, placeId), eq(themes.status, "published"))).orderBy(asc(themes.slug)),
      db.select().from(media).where(and(eq(media.placeId, placeId), eq(media.status, "published"))).orderBy(asc(media.position), asc(media.id)),
    ]);
  return {
    highlights, figures, hours, exceptions, admission, audience, accessibility, partners,
    suggestions: suggestions.filter((s) => s.target === null || s.target.status === "published"),
    exhibitions: placeExhibitions, themes: placeThemeRows, media: placeMedia,
  };
}
export type PlaceDetails = Awaited<ReturnType<typeof findPlaceDetails>>;
