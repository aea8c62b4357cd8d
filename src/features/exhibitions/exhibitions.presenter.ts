/** Shapes exhibitions and rooms for the API: one language, absent facts left out. */
import type { Locale } from "../../lib/locales.ts";
import { createLocalizer, type Localizer } from "../../lib/localized-text.ts";
import { languageOf, present } from "../../web/presenting.ts";
import { presentObjectRef } from "../collection/collection.presenter.ts";
import type { ObjectRef } from "./exhibitions.repository.ts";
import { presentMediaItems } from "../media/media.presenter.ts";
import { presentThemeRefs } from "../themes/themes.presenter.ts";
import type { ExhibitionDetails, ExhibitionWithPlace, RoomDetails, RoomWithParents } from "./exhibitions.repository.ts";
import type { z } from "zod";
import type { Exhibition, ExhibitionSummary, Room, RoomSummary } from "./exhibitions.api-schemas.ts";
import { apiPaths } from "../../web/paths.ts";


const placeRef = (place: ExhibitionWithPlace["place"], l: Localizer) =>
  ({ slug: place.slug, url: apiPaths.place(place.slug), name: l.required("place", place.name) });

/** What a list item and the detail both show. */
const exhibitionHead = ({ exhibition: e, place }: ExhibitionWithPlace, l: Localizer) => ({
  slug: e.slug,
  url: apiPaths.exhibition(e.slug),
  kind: e.kind,
  title: l.required("title", e.title),
  summary: l.text("summary", e.summary),
  place: placeRef(place, l),
  opensOn: e.opensOn,
  closesOn: e.closesOn,
});

export function presentExhibitionSummary(row: ExhibitionWithPlace, locale: Locale): z.input<typeof ExhibitionSummary> {
  const l = createLocalizer(locale);
  return present({ ...exhibitionHead(row, l), ...languageOf(l) });
}

export function presentExhibition(row: ExhibitionWithPlace, d: ExhibitionDetails, locale: Locale): z.input<typeof Exhibition> {
  const l = createLocalizer(locale);
  const e = row.exhibition;
  return present({
    ...exhibitionHead(row, l),
    description: l.text("description", e.description),
    rooms: d.rooms.map((r, i) => present({ slug: r.slug, url: apiPaths.room(r.slug), number: r.number, title: l.required(`rooms.${i}`, r.title) })),
    themes: presentThemeRefs(d.themes, l),
    media: presentMediaItems(d.media, l),
    updatedAt: e.updatedAt.toISOString(),
    ...languageOf(l),
  });
}

function roomHeader({ room: r, exhibition, place }: RoomWithParents, l: Localizer) {
  return {
    slug: r.slug,
    url: apiPaths.room(r.slug),
    number: r.number,
    title: l.required("title", r.title),
    subtitle: l.text("subtitle", r.subtitle),
    summary: l.text("summary", r.summary),
    exhibition: { slug: exhibition.slug, url: apiPaths.exhibition(exhibition.slug), title: l.required("exhibition", exhibition.title) },
    place: placeRef(place, l),
  };
}

export function presentRoomSummary(row: RoomWithParents, locale: Locale): z.input<typeof RoomSummary> {
  const l = createLocalizer(locale);
  return present({ ...roomHeader(row, l), ...languageOf(l) });
}

export function presentRoom(row: RoomWithParents, d: RoomDetails, objects: ObjectRef[], locale: Locale): z.input<typeof Room> {
  const l = createLocalizer(locale);
  return present({
    ...roomHeader(row, l),
    description: l.text("description", row.room.description),
    sections: d.sections.map(({ section: s, media }, i) => present({
      key: s.key,
      title: l.required(`sections.${i}.title`, s.title),
      body: l.text(`sections.${i}.body`, s.body),
      media: presentMediaItems(media, l, `sections.${i}.media`),
    })),
    objects: objects.map((o, i) => presentObjectRef(o, l, `objects.${i}`)),
    themes: presentThemeRefs(d.themes, l),
    media: presentMediaItems(d.media, l),
    accessibility: d.accessibility.map((a, i) => present({
      feature: a.feature, value: a.value, unit: a.unit, text: l.required(`accessibility.${i}`, a.text),
    })),
    updatedAt: row.room.updatedAt.toISOString(),
    ...languageOf(l),
  });
}
