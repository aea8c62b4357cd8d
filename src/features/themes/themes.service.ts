/** Themes for other features' pages (the home page lists them all), without reaching into this feature's repository. */
import type { Queryable } from "../../db/database.ts";
import type { Locale } from "../../lib/locales.ts";
import { presentThemeSummary } from "./themes.presenter.ts";
import { findThemes } from "./themes.repository.ts";

/** Every published theme, by name in the reader's language. Themes are few (a network's subjects). */
export async function listAllThemes(db: Queryable, locale: Locale) {
  const { rows } = await findThemes(db, locale, { page: 1, pageSize: 500 });
  return rows.map((row) => presentThemeSummary(row, locale));
}
