import { Hono } from "hono";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { pageOf } from "../../web/paging.ts";
import { detailQuery, parseInput, requestLocale } from "../../web/validation.ts";
import { presentPlace, presentPlaceSummary } from "./places.presenter.ts";
import { findPlaces, findPlaceWithDetails, suggestedPlaces } from "./places.repository.ts";
import { placeListQuery } from "./places.schemas.ts";
import { findRelatedPlaces } from "./related-places.service.ts";

export function placeRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const { lang, page, pageSize, ...filters } = parseInput(placeListQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const { rows, total } = await findPlaces(db, filters, locale, { page, pageSize });
      return c.json(pageOf(rows.map((r) => presentPlaceSummary(r, locale)), total, { page, pageSize }, c.req.url));
    })
    .get("/:slug", async (c) => {
      const { lang } = parseInput(detailQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const place = await findPlaceWithDetails(db, c.req.param("slug"));
      if (!place) throw notFound("place", c.req.param("slug"));
      const related = await findRelatedPlaces(db, place.place.slug, locale, suggestedPlaces(place));
      return c.json(presentPlace(place, locale, related));
    });
}
