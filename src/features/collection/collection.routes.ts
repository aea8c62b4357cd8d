import { Hono } from "hono";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { pageOf } from "../../web/paging.ts";
import { detailQuery, parseInput, requestLocale } from "../../web/validation.ts";
import { presentObject, presentObjectSummary } from "./collection.presenter.ts";
import { findObjectBySlug, findObjectDetails, findObjects } from "./collection.repository.ts";
import { objectListQuery } from "./collection.schemas.ts";

export function collectionRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const { lang, page, pageSize, ...filters } = parseInput(objectListQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const { rows, total } = await findObjects(db, filters, { page, pageSize });
      return c.json(pageOf(rows.map((r) => presentObjectSummary(r, locale)), total, { page, pageSize }, c.req.url));
    })
    .get("/:slug", async (c) => {
      const { lang } = parseInput(detailQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const row = await findObjectBySlug(db, c.req.param("slug"));
      if (!row) throw notFound("object", c.req.param("slug"));
      return c.json(presentObject(row, await findObjectDetails(db, row.object.id, locale), locale));
    });
}
