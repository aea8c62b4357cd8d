/** Shapes collection objects for the API: one language, absent facts left out. */
import type { Locale } from "../../lib/locales.ts";
import { createLocalizer, type Localizer } from "../../lib/localized-text.ts";
import { languageOf, present } from "../../web/presenting.ts";
import { eventUrl, personUrl } from "../../web/api-paths.ts";
import { presentFuzzyDate } from "../../web/present-fuzzy-date.ts";
import { presentMediaItems } from "../media/media.presenter.ts";
import { placeUrl } from "../places/places.presenter.ts";
import { presentThemeRefs } from "../themes/themes.presenter.ts";
import type { LocalizedText } from "../../lib/locales.ts";
import type { ObjectDetails, ObjectWithRefs } from "./collection.repository.ts";

/** What a link to an object needs. */
export interface ObjectRef { slug: string; title: LocalizedText; type: string }

export const objectUrl = (slug: string) => `/api/objects/${slug}`;

/** An object as other records link to it: { slug, url, type, title }. */
export const presentObjectRef = (o: ObjectRef, l: Localizer, field: string) =>
  ({ slug: o.slug, url: objectUrl(o.slug), type: o.type, title: l.text(field, o.title) });

function refsOf({ holder, partOf }: ObjectWithRefs, l: Localizer) {
  return {
    holder: { slug: holder.slug, url: placeUrl(holder.slug), name: l.text("holder", holder.name) },
    partOf: partOf ? { slug: partOf.slug, url: objectUrl(partOf.slug), title: l.text("partOf", partOf.title) } : null,
  };
}

/** What a list item and the detail both show. */
const objectHead = (row: ObjectWithRefs, l: Localizer) => ({
  slug: row.object.slug,
  url: objectUrl(row.object.slug),
  type: row.object.type,
  title: l.text("title", row.object.title),
  summary: l.text("summary", row.object.summary),
  date: presentFuzzyDate(row.object, "date", l.locale),
  ...refsOf(row, l),
});

export function presentObjectSummary(row: ObjectWithRefs, locale: Locale) {
  const l = createLocalizer(locale);
  return present({ ...objectHead(row, l), ...languageOf(l) });
}

export function presentObject(row: ObjectWithRefs, d: ObjectDetails, locale: Locale) {
  const l = createLocalizer(locale);
  const o = row.object;
  return present({
    ...objectHead(row, l),
    description: l.text("description", o.description),
    parts: d.parts.map((p, i) => presentObjectRef(p, l, `parts.${i}`)),
    itemCount: o.itemCount,
    itemCountQualifier: o.itemCountQualifier,
    provenance: l.text("provenance", o.provenance),
    credit: l.text("credit", o.credit),
    rights: o.rights,
    inventoryNumber: o.inventoryNumber,
    people: d.people.map((p, i) => present({ slug: p.slug, url: personUrl(p.slug), name: p.name, role: l.text(`people.${i}.role`, p.role) })),
    events: d.events.map((e, i) => ({ slug: e.slug, url: eventUrl(e.slug), title: l.text(`events.${i}`, e.title) })),
    places: d.places.map((p, i) => ({ slug: p.slug, url: placeUrl(p.slug), name: l.text(`places.${i}`, p.name) })),
    rooms: d.rooms.map((r, i) => present({
      slug: r.slug, url: `/api/rooms/${r.slug}`, number: r.number, title: l.text(`rooms.${i}.title`, r.title),
      exhibition: { slug: r.exhibition.slug, url: `/api/exhibitions/${r.exhibition.slug}`, title: l.text(`rooms.${i}.exhibition`, r.exhibition.title) },
    })),
    themes: presentThemeRefs(d.themes, l),
    media: presentMediaItems(d.media, l),
    updatedAt: o.updatedAt.toISOString(),
    ...languageOf(l),
  });
}
