/**
 * What history pages link beyond the record itself: the places a text mentions by name, and where an
 * event is told (rooms, exhibitions, visits and objects, grouped by the place they are at).
 */
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import { createLocalizer } from "../../lib/localized-text.ts";
import type { KnownName } from "../../lib/name-mentions.ts";
import { paths } from "../../web/paths.ts";
import type { NameLinks } from "../../web/views/text.tsx";
import type { TellingRow } from "./event-tellings.repository.ts";
import type { PlaceNameRow } from "./place-mentions.repository.ts";

/** Every name and short name of the places, in every language, linked to the place's page; `except` a place (its own page). */
export function placeNameLinks(rows: PlaceNameRow[], locale: Locale, except?: string): NameLinks {
  const names: KnownName<string>[] = [];
  for (const row of rows) {
    if (row.slug === except) continue;
    for (const text of [row.name, row.shortName] as (LocalizedText | null)[]) {
      for (const name of Object.values(text ?? {})) if (name) names.push({ name, key: row.slug });
    }
  }
  return { names, href: (slug) => paths.place(locale, slug) };
}

/** JSON as the driver hands it over: parsed already or as text. */
const json = (value: unknown): LocalizedText | null => (value === null || value === undefined ? null : typeof value === "string" ? JSON.parse(value) as LocalizedText : value as LocalizedText);

export interface Telling {
  kind: "room" | "object";
  slug: string;
  title: string;
  lang?: Locale;
  number?: number;
  type?: string;
  exhibition?: { slug: string; title: string; lang?: Locale };
  visit?: { slug: string; title: string; lang?: Locale };
}
export interface TellingPlace { slug: string; name: string; lang?: Locale; tellings: Telling[] }

/** Text in the reader's language, with the language it fell back to. */
function textOf(locale: Locale, value: unknown): { text: string; lang?: Locale } {
  const l = createLocalizer(locale);
  const text = l.text("t", json(value)) ?? "";
  const lang = l.fallbacks().t;
  return lang ? { text, lang } : { text };
}

/** The tellings of an event, grouped by place in the order read (rooms first). */
export function groupTellings(rows: TellingRow[], locale: Locale): TellingPlace[] {
  const byPlace = new Map<string, TellingPlace>();
  for (const r of rows) {
    let place = byPlace.get(r.placeSlug);
    if (!place) {
      const name = textOf(locale, r.placeName);
      place = { slug: r.placeSlug, name: name.text, ...(name.lang ? { lang: name.lang } : {}), tellings: [] };
      byPlace.set(r.placeSlug, place);
    }
    const title = textOf(locale, r.title);
    const exhibition = r.exhibitionSlug ? textOf(locale, r.exhibitionTitle) : undefined;
    const visit = r.visitSlug ? textOf(locale, r.visitTitle) : undefined;
    place.tellings.push({
      kind: r.kind, slug: r.slug, title: title.text, ...(title.lang ? { lang: title.lang } : {}),
      ...(r.number !== null ? { number: r.number } : {}), ...(r.type ? { type: r.type } : {}),
      ...(exhibition && r.exhibitionSlug ? { exhibition: { slug: r.exhibitionSlug, title: exhibition.text, ...(exhibition.lang ? { lang: exhibition.lang } : {}) } } : {}),
      ...(visit && r.visitSlug ? { visit: { slug: r.visitSlug, title: visit.text, ...(visit.lang ? { lang: visit.lang } : {}) } } : {}),
    });
  }
  return [...byPlace.values()];
}
