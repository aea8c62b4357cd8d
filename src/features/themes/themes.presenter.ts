/** Shapes themes for the API. Other features list a record's themes with `presentThemeRefs`. */
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import { createLocalizer, type Localizer } from "../../lib/localized-text.ts";
import { languageOf, present } from "../../web/presenting.ts";
import type { ThemeRow, ThemeTagged } from "./themes.repository.ts";
import type { z } from "zod";
import type { Theme, ThemeSummary } from "./themes.api-schemas.ts";
import { apiPaths } from "../../web/paths.ts";
import type { PublicKind } from "../../web/paths.ts";


export interface ThemeRef { slug: string; name: LocalizedText }

/** The themes a record is tagged with: { slug, url, name }. */
export function presentThemeRefs(list: ThemeRef[], l: Localizer, field = "themes") {
  return list.map((t, i) => ({ slug: t.slug, url: apiPaths.theme(t.slug), name: l.required(`${field}.${i}`, t.name) }));
}

export function presentThemeSummary(row: ThemeRow, locale: Locale): z.input<typeof ThemeSummary> {
  const l = createLocalizer(locale);
  return present({
    slug: row.slug,
    url: apiPaths.theme(row.slug),
    name: l.required("name", row.name),
    description: l.text("description", row.description),
    ...languageOf(l),
  });
}

export function presentTheme(row: ThemeRow, tagged: ThemeTagged, locale: Locale): z.input<typeof Theme> {
  const l = createLocalizer(locale);
  const refs = <K extends "name" | "title">(field: string, kind: PublicKind, list: { slug: string; label: LocalizedText }[], labelName: K) =>
    list.map((r, i) => ({ slug: r.slug, url: apiPaths.record(kind, r.slug), [labelName]: l.required(`${field}.${i}`, r.label) }) as { slug: string; url: string } & Record<K, string>);
  return present({
    slug: row.slug,
    url: apiPaths.theme(row.slug),
    name: l.required("name", row.name),
    description: l.text("description", row.description),
    places: refs("places", "place", tagged.places, "name"),
    exhibitions: refs("exhibitions", "exhibition", tagged.exhibitions, "title"),
    rooms: refs("rooms", "room", tagged.rooms, "title"),
    objects: refs("objects", "object", tagged.objects, "title"),
    events: refs("events", "event", tagged.events, "title"),
    updatedAt: row.updatedAt.toISOString(),
    ...languageOf(l),
  });
}
