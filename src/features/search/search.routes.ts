/** The search API: `GET /api/search` (ranked, filtered, paged) and `GET /api/search/suggest` (as one types). */
import { createRoute } from "@hono/zod-openapi";
import { apiRouter, documentedQuery, jsonResponse, responseRef } from "../../web/api-routes.ts";
import type { AppDeps } from "../../web/app-env.ts";
import { requestLocale } from "../../web/validation.ts";
import { SEARCH_KINDS } from "../../db/schema/search.ts";
import { SearchAnswer, Suggestions } from "./search.api-schemas.ts";
import { dropEmpty, MAX_QUERY_LENGTH, searchQuery, suggestQuery } from "./search.schemas.ts";
import { searchSite, suggest } from "./search.service.ts";

export const searchTag = { name: "search", description: "One search across every kind of record, with filters; suggestions as one types." };

const search = createRoute({
  method: "get", path: "/", operationId: "search", summary: "Search places, exhibitions, rooms, objects, people and events",
  description: [
    "Every word must match, in English or French, whatever the accents (`resistance` finds `Résistance`); words are stemmed",
    "(`liberated` finds `liberation`), and a word no text contains is searched as the closest known words (`Hauteclocke`).",
    "Names and aliases count most (`Colonel Rol` finds Henri Rol-Tanguy). Without `q`, lists what passes the filters.",
    "Filters on places (`placeKind`, `city`, `free`, `age`, `openOn`, `bookable`) keep the records at such places.",
  ].join(" "),
  tags: ["search"],
  request: {
    query: documentedQuery(searchQuery, {
      q: `The words, at most ${MAX_QUERY_LENGTH} characters. Quotes, operators and brackets are read as spaces.`,
      kind: `Only these kinds, comma-separated: ${SEARCH_KINDS.join(", ")}.`,
      placeKind: "Only at places of this kind.",
      theme: "Only records tagged with this theme (its slug).",
      city: "Only at places in this city.",
      free: "Only at places where entry is free.",
      age: "Only at places whose audience advice covers this age.",
      openOn: "Only at places open on this date (YYYY-MM-DD), by their hours and closures.",
      bookable: "Only at places with timed visits to book.",
    }, dropEmpty),
  },
  responses: { 200: jsonResponse("A page of results.", SearchAnswer, { localized: true }), 304: responseRef("NotModified"), 400: responseRef("InvalidInput") },
});

const suggestions = createRoute({
  method: "get", path: "/suggest", operationId: "suggest", summary: "Suggestions as one types",
  description: "Records whose names begin with the words typed so far (the last one unfinished), weightiest kinds and shortest names first.",
  tags: ["search"],
  request: {
    query: documentedQuery(suggestQuery, { q: "What was typed so far.", limit: "How many suggestions, 1 to 10 (default 8)." }, dropEmpty),
  },
  responses: { 200: jsonResponse("The suggestions.", Suggestions, { localized: true }), 304: responseRef("NotModified"), 400: responseRef("InvalidInput") },
});

export function searchRoutes({ db }: AppDeps) {
  return apiRouter()
    .openapi(search, async (c) => {
      const query = c.req.valid("query");
      return c.json(await searchSite(db, query, requestLocale(c, query.lang)), 200);
    })
    .openapi(suggestions, async (c) => {
      const query = c.req.valid("query");
      const found = await suggest(db, query, requestLocale(c, query.lang));
      c.header("Cache-Control", "public, max-age=60");
      return c.json({ suggestions: found }, 200);
    });
}
