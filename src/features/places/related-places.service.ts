/** The related places of one place, from the facts of the whole network and the pure rule. */
import type { Queryable } from "../../db/database.ts";
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import { createLocalizer } from "../../lib/localized-text.ts";
import { collatorFor } from "../../web/i18n/format.ts";
import { relatedPlaces, RELATED_LIMIT } from "./related-places.ts";
import { findRelatedPlaceFacts, type RelatedPlaceRow } from "./related-places.repository.ts";
import type { placeKind } from "../../db/schema/places.ts";

/** A reason with what the page and the API name: themes and people with their names. */
export type RelatedReasonRow =
  | { kind: "themes"; themes: { slug: string; name: LocalizedText }[] }
  | { kind: "partner" }
  | { kind: "people"; people: { slug: string; name: string }[] }
  | { kind: "distance"; km: number };

export interface RelatedPlaceItem { slug: string; kind: (typeof placeKind.enumValues)[number]; name: LocalizedText; city: string | null; reasons: RelatedReasonRow[] }

/**
 * Up to RELATED_LIMIT published places related to the published place `slug`, best first, leaving
 * out `exclude` (the place's own suggestions). Empty when the place is not published.
 */
export async function findRelatedPlaces(db: Queryable, slug: string, locale: Locale, exclude: string[] = []): Promise<RelatedPlaceItem[]> {
  const rows = await findRelatedPlaceFacts(db);
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const own = bySlug.get(slug);
  if (!own) return [];
  const l = createLocalizer(locale);
  const facts = (r: RelatedPlaceRow) => ({
    slug: r.slug,
    name: l.text("name", r.name) ?? r.slug,
    themes: r.themes.map((t) => t.slug),
    partners: r.partners,
    people: r.people.map((p) => p.slug),
    coordinates: r.latitude !== null && r.longitude !== null ? { latitude: r.latitude, longitude: r.longitude } : null,
  });
  const themeOf = new Map(own.themes.map((t) => [t.slug, t]));
  const personOf = new Map(own.people.map((p) => [p.slug, p]));
  const related = relatedPlaces(facts(own), rows.map(facts), { limit: RELATED_LIMIT, exclude, collator: collatorFor(locale) });
  return related.map((r) => {
    const row = bySlug.get(r.slug)!;
    return {
      slug: r.slug, kind: row.kind, name: row.name, city: row.city,
      reasons: r.reasons.map((reason): RelatedReasonRow => {
        if (reason.kind === "themes") return { kind: "themes", themes: reason.themes.map((t) => themeOf.get(t)!) };
        if (reason.kind === "people") return { kind: "people", people: reason.people.map((p) => personOf.get(p)!) };
        return reason;
      }),
    };
  });
}
