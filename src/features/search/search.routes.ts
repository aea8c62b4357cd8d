/** The search API: `GET /api/search` (ranked, filtered, paged) and `GET /api/search/suggest` (as one types). */
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { parseInput, requestLocale } from "../../web/validation.ts";
import { dropEmpty, searchQuery, suggestQuery } from "./search.schemas.ts";
import { searchSite, suggest } from "./search.service.ts";

export function searchRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const query = parseInput(searchQuery, dropEmpty(c.req.query()));
      return c.json(await searchSite(db, query, requestLocale(c, query.lang)));
    })
    .get("/suggest", async (c) => {
      const query = parseInput(suggestQuery, dropEmpty(c.req.query()));
      const suggestions = await suggest(db, query, requestLocale(c, query.lang));
      c.header("Cache-Control", "public, max-age=60");
      return c.json({ suggestions });
    });
}
