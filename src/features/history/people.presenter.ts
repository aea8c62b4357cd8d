/** Shapes people for the API: one language, absent facts left out. */
import type { Locale } from "../../lib/locales.ts";
import { createLocalizer } from "../../lib/localized-text.ts";
import { languageOf, present } from "../../web/presenting.ts";
import { presentFuzzyDate } from "../../web/present-fuzzy-date.ts";
import { presentMediaItems } from "../media/media.presenter.ts";
import type { PersonDetails, PersonRow } from "./people.repository.ts";
import type { z } from "zod";
import type { Person, PersonSummary } from "./people.api-schemas.ts";
import type { objectType } from "../../db/schema/collection.ts";
import { apiPaths } from "../../web/paths.ts";

/** An enum column read through a JSON sub-select comes back typed as a string. */
type ObjectType = (typeof objectType.enumValues)[number];


export function presentPersonSummary(row: PersonRow, locale: Locale): z.input<typeof PersonSummary> {
  const l = createLocalizer(locale);
  return present({
    slug: row.slug,
    url: apiPaths.person(row.slug),
    name: row.name,
    title: l.text("title", row.title),
    summary: l.text("summary", row.summary),
    birth: presentFuzzyDate(row, "birth", locale),
    death: presentFuzzyDate(row, "death", locale),
    ...languageOf(l),
  });
}

export function presentPerson(row: PersonRow, d: PersonDetails, locale: Locale): z.input<typeof Person> {
  const l = createLocalizer(locale);
  return present({
    slug: row.slug,
    url: apiPaths.person(row.slug),
    name: row.name,
    givenName: row.givenName,
    familyName: row.familyName,
    title: l.text("title", row.title),
    summary: l.text("summary", row.summary),
    description: l.text("description", row.description),
    birth: presentFuzzyDate(row, "birth", locale),
    death: presentFuzzyDate(row, "death", locale),
    aliases: d.aliases.map((a, i) => present({ name: a.name, kind: a.kind, note: l.text(`aliases.${i}.note`, a.note) })),
    roles: d.roles.map(({ role: r, place }, i) => present({
      role: l.required(`roles.${i}.role`, r.role),
      place: place ? { slug: place.slug, url: apiPaths.place(place.slug), name: l.required(`roles.${i}.place`, place.name) } : null,
      period: presentFuzzyDate(r, "period", locale),
    })),
    events: d.events.map((e, i) => present({
      slug: e.slug, url: apiPaths.event(e.slug), title: l.required(`events.${i}.title`, e.title), date: presentFuzzyDate(e, "date", locale),
      role: l.text(`events.${i}.role`, e.role),
    })),
    objects: d.objects.map((o, i) => present({
      slug: o.slug, url: apiPaths.object(o.slug), type: o.type as ObjectType, title: l.required(`objects.${i}.title`, o.title),
      role: l.text(`objects.${i}.role`, o.role),
    })),
    media: presentMediaItems(d.media, l),
    updatedAt: row.updatedAt.toISOString(),
    ...languageOf(l),
  });
}
