/** `/api/themes`: the themes records are tagged with, and one theme with what is tagged with it. */
import type { AppDeps } from "../../web/app-env.ts";
import { listAndDetailRoutes } from "../../web/read-routes.ts";
import { Theme, ThemePage } from "./themes.api-schemas.ts";
import { presentTheme, presentThemeSummary } from "./themes.presenter.ts";
import { findThemeBySlug, findThemes, findThemeTagged } from "./themes.repository.ts";
import { themeListQuery } from "./themes.schemas.ts";

export const themesTag = { name: "themes", description: "Themes that records are tagged with." };

export function themeRoutes({ db }: AppDeps) {
  return listAndDetailRoutes({
    tag: themesTag,
    one: "theme",
    list: {
      query: themeListQuery,
      page: ThemePage,
      find: async ({ page, pageSize }, locale) => {
        const { rows, total } = await findThemes(db, locale, { page, pageSize });
        return { items: rows.map((r) => presentThemeSummary(r, locale)), total };
      },
    },
    detail: {
      shape: Theme,
      example: "resistance",
      find: async (slug, locale) => {
        const row = await findThemeBySlug(db, slug);
        return row && presentTheme(row, await findThemeTagged(db, row.id, locale), locale);
      },
    },
  });
}
