import { Hono } from "hono";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { pageOf } from "../../web/paging.ts";
import { detailQuery, parseInput, requestLocale } from "../../web/validation.ts";
import { presentExhibition, presentExhibitionSummary } from "./exhibitions.presenter.ts";
import { findExhibitionBySlug, findExhibitionDetails, findExhibitions } from "./exhibitions.repository.ts";
import { exhibitionListQuery } from "./exhibitions.schemas.ts";

export function exhibitionRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const { lang, page, pageSize, ...filters } = parseInput(exhibitionListQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const { rows, total } = await findExhibitions(db, filters, locale, { page, pageSize });
      return c.json(pageOf(rows.map((r) => presentExhibitionSummary(r, locale)), total, { page, pageSize }, c.req.url));
    })
    .get("/:slug", async (c) => {
      const { lang } = parseInput(detailQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const row = await findExhibitionBySlug(db, c.req.param("slug"));
      if (!row) throw notFound("exhibition", c.req.param("slug"));
      return c.json(presentExhibition(row, await findExhibitionDetails(db, row.exhibition.id), locale));
    });
}
