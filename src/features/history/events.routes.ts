import { Hono } from "hono";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { pageOf } from "../../web/paging.ts";
import { detailQuery, parseInput, requestLocale } from "../../web/validation.ts";
import { presentEvent, presentEventSummary } from "./events.presenter.ts";
import { findEventBySlug, findEventDetails, findEvents } from "./events.repository.ts";
import { eventListQuery } from "./events.schemas.ts";

export function eventRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const { lang, page, pageSize, ...filters } = parseInput(eventListQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const { rows, total } = await findEvents(db, filters, { page, pageSize });
      return c.json(pageOf(rows.map((r) => presentEventSummary(r, locale)), total, { page, pageSize }, c.req.url));
    })
    .get("/:slug", async (c) => {
      const { lang } = parseInput(detailQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const row = await findEventBySlug(db, c.req.param("slug"));
      if (!row) throw notFound("event", c.req.param("slug"));
      return c.json(presentEvent(row, await findEventDetails(db, row.event.id), locale));
    });
}
