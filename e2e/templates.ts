/** One address per page template of the public site, used by the accessibility test and to wait for pages. */
import type { Locale } from "../src/lib/locales.ts";

export interface Template {
  name: string;
  path: (lang: Locale) => string;
  /** The status the page answers with (the 404 page's is 404). */
  status: number;
}

/** The Jean Moulin collection (dataset/objects/musee-liberation-paris.yaml). */
export const OBJECT_SLUG = "jean-moulin-collection";

export const TEMPLATES: Template[] = [
  { name: "home", path: (l) => `/${l}/`, status: 200 },
  { name: "network", path: (l) => `/${l}/places`, status: 200 },
  { name: "place", path: (l) => `/${l}/places/musee-liberation-paris`, status: 200 },
  { name: "partners", path: (l) => `/${l}/places/musee-liberation-paris/partners`, status: 200 },
  { name: "exhibition", path: (l) => `/${l}/exhibitions/memorial-de-caen-second-world-war`, status: 200 },
  { name: "room", path: (l) => `/${l}/rooms/reconquest-and-liberation`, status: 200 },
  { name: "object", path: (l) => `/${l}/objects/${OBJECT_SLUG}`, status: 200 },
  { name: "person", path: (l) => `/${l}/people/philippe-leclerc-de-hauteclocque`, status: 200 },
  { name: "event", path: (l) => `/${l}/events/liberation-of-paris`, status: 200 },
  { name: "timeline", path: (l) => `/${l}/timeline`, status: 200 },
  { name: "people", path: (l) => `/${l}/people`, status: 200 },
  { name: "events", path: (l) => `/${l}/events`, status: 200 },
  { name: "theme", path: (l) => `/${l}/themes/resistance`, status: 200 },
  { name: "themes", path: (l) => `/${l}/themes`, status: 200 },
  { name: "visit-onsite", path: (l) => `/${l}/places/musee-liberation-paris/visits/underground-shelter-visit`, status: 200 },
  { name: "search", path: (l) => `/${l}/search?q=liberation`, status: 200 },
  { name: "search-none", path: (l) => `/${l}/search?q=zzyzxqw&kind=person`, status: 200 },
  { name: "search-error", path: (l) => `/${l}/search?q=rol&age=abc&openOn=2026-13-45`, status: 400 },
  { name: "404", path: (l) => `/${l}/no-such-page`, status: 404 },
];

export const LANGS: Locale[] = ["en", "fr"];
