import { Hono } from "hono";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { pageOf } from "../../web/paging.ts";
import { detailQuery, parseInput, requestLocale } from "../../web/validation.ts";
import { presentPerson, presentPersonSummary } from "./people.presenter.ts";
import { findPeople, findPersonBySlug, findPersonDetails } from "./people.repository.ts";
import { personListQuery } from "./people.schemas.ts";

export function peopleRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const { lang, page, pageSize, ...filters } = parseInput(personListQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const { rows, total } = await findPeople(db, filters, { page, pageSize });
      return c.json(pageOf(rows.map((r) => presentPersonSummary(r, locale)), total, { page, pageSize }, c.req.url));
    })
    .get("/:slug", async (c) => {
      const { lang } = parseInput(detailQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const row = await findPersonBySlug(db, c.req.param("slug"));
      if (!row) throw notFound("person", c.req.param("slug"));
      return c.json(presentPerson(row, await findPersonDetails(db, row.id), locale));
    });
}
