import { Hono } from "hono";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { pageOf } from "../../web/paging.ts";
import { detailQuery, parseInput, requestLocale } from "../../web/validation.ts";
import { presentTheme, presentThemeSummary } from "./themes.presenter.ts";
import { findThemeBySlug, findThemes, findThemeTagged } from "./themes.repository.ts";
import { themeListQuery } from "./themes.schemas.ts";

export function themeRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const { lang, page, pageSize } = parseInput(themeListQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const { rows, total } = await findThemes(db, locale, { page, pageSize });
      return c.json(pageOf(rows.map((r) => presentThemeSummary(r, locale)), total, { page, pageSize }, c.req.url));
    })
    .get("/:slug", async (c) => {
      const { lang } = parseInput(detailQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const row = await findThemeBySlug(db, c.req.param("slug"));
      if (!row) throw notFound("theme", c.req.param("slug"));
      return c.json(presentTheme(row, await findThemeTagged(db, row.id, locale), locale));
    });
}
