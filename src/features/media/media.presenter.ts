/** Shapes media for the API: one language, absent facts left out. Other features list their media with `presentMediaItems`. */
import type { Locale } from "../../lib/locales.ts";
import type { MediumItem, MediumRow } from "../../db/medium-item.ts";
import { createLocalizer, type Localizer } from "../../lib/localized-text.ts";
import { languageOf, present } from "../../web/presenting.ts";
import type { MediumOwnerSlugs } from "./media.repository.ts";
import type { z } from "zod";
import type { Medium } from "./media.api-schemas.ts";
import type { MediaItem } from "../../web/api-schemas.ts";
import { apiPaths } from "../../web/paths.ts";

export type { MediumItem, MediumRow };

function mediumFields(m: MediumItem, l: Localizer, field: string) {
  return {
    slug: m.slug,
    kind: m.kind,
    title: l.required(`${field}title`, m.title),
    description: l.text(`${field}description`, m.description),
    altText: l.text(`${field}altText`, m.altText),
    // The file itself (may be absent when a film is known but not published), not an API path.
    url: m.url,
    credit: m.credit,
    rights: m.rights,
    durationSeconds: m.durationSeconds,
  };
}

/** The media a record shows, in the shape place pages already use; fallbacks are recorded under `field.i`. */
export function presentMediaItems(list: MediumItem[], l: Localizer, field = "media"): z.input<typeof MediaItem>[] {
  return list.map((m, i) => present(mediumFields(m, l, `${field}.${i}.`)));
}

/** The kind whose address a medium's owner has: a section is reached through its room. */
const OWNER_KINDS = {
  place: "place", exhibition: "exhibition", room: "room", section: "room", object: "object", person: "person", event: "event",
} as const;

/** The record a medium belongs to; a room section is reached through its room, plus the section key. */
export function ownerOf(o: MediumOwnerSlugs) {
  const ref = (type: keyof typeof OWNER_KINDS, slug: string, key?: string) =>
    present({ type, slug, key, url: apiPaths.record(OWNER_KINDS[type], slug) });
  if (o.placeSlug) return ref("place", o.placeSlug);
  if (o.exhibitionSlug) return ref("exhibition", o.exhibitionSlug);
  if (o.roomSlug) return ref("room", o.roomSlug);
  if (o.sectionRoomSlug && o.sectionKey) return ref("section", o.sectionRoomSlug, o.sectionKey);
  if (o.objectSlug) return ref("object", o.objectSlug);
  if (o.personSlug) return ref("person", o.personSlug);
  if (o.eventSlug) return ref("event", o.eventSlug);
  return undefined;
}

export function presentMedium(m: MediumRow, owner: MediumOwnerSlugs, locale: Locale): z.input<typeof Medium> {
  const l = createLocalizer(locale);
  return present({
    ...mediumFields(m, l, ""),
    owner: ownerOf(owner),
    ...languageOf(l),
  });
}
