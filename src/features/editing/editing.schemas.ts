/**
 * The schema of each kind's document (the dataset's own, so the back office, the YAML and the
 * import accept exactly the same records), and pure facts about documents: which records they
 * refer to and which texts lack a language.
 */
import type { z } from "zod";
import { slug } from "../../lib/slug.ts";
import type { ReferenceKind } from "../dataset/dataset-rows.ts";
import { untranslatedPaths } from "../dataset/dataset.translations.ts";
import {
  collectionObjectSchema, eventSchema, exhibitionSchema, personSchema, placeSchema, roomSchema, themeSchema,
} from "../dataset/dataset.schemas.ts";
import type { RecordDocument, RecordKind } from "./editing.types.ts";

export const DOCUMENT_SCHEMAS = {
  place: placeSchema,
  exhibition: exhibitionSchema.omit({ rooms: true }),
  room: roomSchema.extend({ exhibition: slug }),
  object: collectionObjectSchema,
  person: personSchema,
  event: eventSchema,
  theme: themeSchema,
} satisfies Record<RecordKind, z.ZodType>;

/** One reference of a document to another record, with the path of the field holding the slug. */
export interface Reference {
  kind: ReferenceKind;
  slug: string;
  path: (string | number)[];
}

type Docs = { [K in RecordKind]: RecordDocument<K> };

/** Every slug a valid document of `kind` refers to (not counting its own slug or its media's). */
export function referencesOf<K extends RecordKind>(kind: K, document: RecordDocument<K>): Reference[] {
  const refs: Reference[] = [];
  const add = (kind: ReferenceKind, slug: string | undefined, ...path: (string | number)[]) => {
    if (slug !== undefined) refs.push({ kind, slug, path });
  };
  const themes = (slugs: string[]) => slugs.forEach((s, i) => add("theme", s, "themes", i));
  switch (kind) {
    case "place": {
      const p = document as Docs["place"];
      p.admission.forEach((a, i) => add("exhibition", a.exhibition, "admission", i, "exhibition"));
      p.accessibility.forEach((a, i) => add("room", a.room, "accessibility", i, "room"));
      p.partners.forEach((x, i) => add("place", x.place, "partners", i, "place"));
      p.suggestions.forEach((x, i) => add("place", x.place, "suggestions", i, "place"));
      themes(p.themes);
      break;
    }
    case "exhibition": {
      const e = document as Docs["exhibition"];
      add("place", e.place, "place");
      themes(e.themes);
      break;
    }
    case "room": {
      const r = document as Docs["room"];
      add("exhibition", r.exhibition, "exhibition");
      r.objects.forEach((o, i) => add("object", o, "objects", i));
      r.events.forEach((e, i) => add("event", e, "events", i));
      themes(r.themes);
      break;
    }
    case "object": {
      const o = document as Docs["object"];
      add("place", o.holder, "holder");
      add("object", o.partOf, "partOf");
      o.people.forEach((x, i) => add("person", x.person, "people", i, "person"));
      o.events.forEach((e, i) => add("event", e, "events", i));
      o.places.forEach((p, i) => add("place", p, "places", i));
      themes(o.themes);
      break;
    }
    case "person": {
      const p = document as Docs["person"];
      add("place", p.owner, "owner");
      p.roles.forEach((r, i) => add("place", r.place, "roles", i, "place"));
      break;
    }
    case "event": {
      const e = document as Docs["event"];
      add("place", e.owner, "owner");
      add("place", e.location?.place, "location", "place");
      e.people.forEach((x, i) => add("person", x.person, "people", i, "person"));
      themes(e.themes);
      break;
    }
    case "theme":
      break;
  }
  return refs;
}

/** Every medium of a document (its own and, for a room, its sections'), with the path of its slug. */
export function mediaOf(document: RecordDocument): { slug: string; path: (string | number)[] }[] {
  const own = ("media" in document ? document.media : []).map((m, i) => ({ slug: m.slug, path: ["media", i, "slug"] }));
  const sections = "sections" in document
    ? document.sections.flatMap((s, i) => s.media.map((m, j) => ({ slug: m.slug, path: ["sections", i, "media", j, "slug"] })))
    : [];
  return [...own, ...sections];
}

/** Dotted paths of the localized texts of `value` given in some but not all languages, e.g. "highlights.0.text". */
export const missingTranslations = (value: unknown): string[] => untranslatedPaths(value);
