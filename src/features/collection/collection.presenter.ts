/** Shapes collection objects for the API: one language, absent facts left out. */
import type { Locale } from "../../lib/locales.ts";
import { createLocalizer, type Localizer } from "../../lib/localized-text.ts";
import { languageOf, present } from "../../web/presenting.ts";
import { presentFuzzyDate } from "../../web/present-fuzzy-date.ts";
import { presentMediaItems } from "../media/media.presenter.ts";
import { presentThemeRefs } from "../themes/themes.presenter.ts";
import type { LocalizedText } from "../../lib/locales.ts";
import type { ObjectDetails, ObjectWithRefs } from "./collection.repository.ts";
import type { z } from "zod";
import type { CollectionObject, ObjectSummary } from "./collection.api-schemas.ts";
import type { objectType } from "../../db/schema/collection.ts";
import { apiPaths } from "../../web/paths.ts";

/** An enum column read through a JSON sub-select comes back typed as a string. */
type ObjectType = (typeof objectType.enumValues)[number];

/** What a link to an object needs. */
export interface ObjectRef { slug: string; title: LocalizedText; type: string }


/** An object as other records link to it: { slug, url, type, title }. */
export const presentObjectRef = (o: ObjectRef, l: Localizer, field: string) =>
  ({ slug: o.slug, url: apiPaths.object(o.slug), type: o.type as ObjectType, title: l.required(field, o.title) });

function refsOf({ holder, partOf }: ObjectWithRefs, l: Localizer) {
  return {
    holder: { slug: holder.slug, url: apiPaths.place(holder.slug), name: l.required("holder", holder.name) },
    partOf: partOf ? { slug: partOf.slug, url: apiPaths.object(partOf.slug), title: l.required("partOf", partOf.title) } : null,
  };
}

/** What a list item and the detail both show. */
const objectHead = (row: ObjectWithRefs, l: Localizer) => ({
  slug: row.object.slug,
  url: apiPaths.object(row.object.slug),
  type: row.object.type,
  title: l.required("title", row.object.title),
  summary: l.text("summary", row.object.summary),
  date: presentFuzzyDate(row.object, "date", l.locale),
  ...refsOf(row, l),
});

export function presentObjectSummary(row: ObjectWithRefs, locale: Locale): z.input<typeof ObjectSummary> {
  const l = createLocalizer(locale);
  return present({ ...objectHead(row, l), ...languageOf(l) });
}

export function presentObject(row: ObjectWithRefs, d: ObjectDetails, locale: Locale): z.input<typeof CollectionObject> {
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
    people: d.people.map((p, i) => present({ slug: p.slug, url: apiPaths.person(p.slug), name: p.name, role: l.text(`people.${i}.role`, p.role) })),
    events: d.events.map((e, i) => ({ slug: e.slug, url: apiPaths.event(e.slug), title: l.required(`events.${i}`, e.title) })),
    places: d.places.map((p, i) => ({ slug: p.slug, url: apiPaths.place(p.slug), name: l.required(`places.${i}`, p.name) })),
    rooms: d.rooms.map((r, i) => present({
      slug: r.slug, url: apiPaths.room(r.slug), number: r.number, title: l.required(`rooms.${i}.title`, r.title),
      exhibition: { slug: r.exhibition.slug, url: apiPaths.exhibition(r.exhibition.slug), title: l.required(`rooms.${i}.exhibition`, r.exhibition.title) },
    })),
    themes: presentThemeRefs(d.themes, l),
    media: presentMediaItems(d.media, l),
    updatedAt: o.updatedAt.toISOString(),
    ...languageOf(l),
  });
}
