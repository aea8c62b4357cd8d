/** Shapes historical events for the API (every fuzzy date is shown by web/present-fuzzy-date.ts). */
import type { Locale } from "../../lib/locales.ts";
import { createLocalizer, type Localizer } from "../../lib/localized-text.ts";
import { languageOf, present } from "../../web/presenting.ts";
import { presentFuzzyDate } from "../../web/present-fuzzy-date.ts";
import { presentMediaItems } from "../media/media.presenter.ts";
import { presentThemeRefs } from "../themes/themes.presenter.ts";
import type { EventDetails, EventWithPlace } from "./events.repository.ts";
import type { z } from "zod";
import type { EventSummary, HistoricalEvent } from "./events.api-schemas.ts";
import type { objectType } from "../../db/schema/collection.ts";
import { apiPaths } from "../../web/paths.ts";

// Enum columns read through JSON sub-selects come back typed as strings.
type ObjectType = (typeof objectType.enumValues)[number];

/** Where the event happened; null when nothing is known, so the key is left out. */
function locationOf({ event: e, place }: EventWithPlace, l: Localizer, withCoordinates: boolean) {
  const location = present({
    name: l.text("location.name", e.locationName),
    place: place ? { slug: place.slug, url: apiPaths.place(place.slug), name: l.required("location.place", place.name) } : null,
    latitude: withCoordinates ? e.latitude : null,
    longitude: withCoordinates ? e.longitude : null,
  });
  return Object.keys(location).length > 0 ? location : null;
}

/** What a list item and the detail both show; the detail's location says more. */
const eventHead = (row: EventWithPlace, l: Localizer, detailed: boolean) => ({
  slug: row.event.slug,
  url: apiPaths.event(row.event.slug),
  kind: row.event.kind,
  title: l.required("title", row.event.title),
  summary: l.text("summary", row.event.summary),
  date: presentFuzzyDate(row.event, "date", l.locale),
  location: locationOf(row, l, detailed),
});

export function presentEventSummary(row: EventWithPlace, locale: Locale): z.input<typeof EventSummary> {
  const l = createLocalizer(locale);
  return present({ ...eventHead(row, l, false), ...languageOf(l) });
}

export function presentEvent(row: EventWithPlace, d: EventDetails, locale: Locale): z.input<typeof HistoricalEvent> {
  const l = createLocalizer(locale);
  const e = row.event;
  return present({
    ...eventHead(row, l, true),
    description: l.text("description", e.description),
    factsSource: e.factsSource,
    people: d.people.map((p, i) => present({
      slug: p.slug, url: apiPaths.person(p.slug), name: p.name, role: l.text(`people.${i}.role`, p.role),
    })),
    objects: d.objects.map((o, i) => ({ slug: o.slug, url: apiPaths.object(o.slug), type: o.type as ObjectType, title: l.required(`objects.${i}`, o.title) })),
    themes: presentThemeRefs(d.themes, l),
    media: presentMediaItems(d.media, l),
    updatedAt: e.updatedAt.toISOString(),
    ...languageOf(l),
  });
}
