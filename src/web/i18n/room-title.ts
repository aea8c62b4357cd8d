/** How a room is named wherever it is shown (its exhibition's pages, an object's "shown in"): "Room 3: title", per language. */
import type { Locale } from "../../lib/locales.ts";

export const ROOM_TITLE: Record<Locale, (n: number | undefined, title: string) => string> = {
  en: (n, title) => (n === undefined ? title : `Room ${n}: ${title}`),
  // French typography: a non-breaking space before the colon.
  fr: (n, title) => (n === undefined ? title : `Salle ${n}\u00a0: ${title}`),
};
