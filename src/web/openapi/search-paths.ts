/** The search API: one ranked search across every kind of record, and suggestions as one types. */
import { z } from "zod";
import { SEARCH_KINDS } from "../../db/schema/search.ts";
import { CANDIDATE_LIMIT, MAX_QUERY_LENGTH, searchQuery, suggestQuery, TEXT_CANDIDATE_LIMIT } from "../../features/search/search.schemas.ts";
import { named } from "./api-shapes.ts";
import type { PathItem } from "./openapi-types.ts";
import { jsonResponse, queryParameters, responseRef } from "./operations.ts";

const Kind = named("SearchKind", z.enum(SEARCH_KINDS).describe("The kind of record."));
const pagePath = z.string().meta({ format: "uri-reference" }).describe("The record's public page, e.g. /en/people/henri-rol-tanguy.");
const option = z.object({ value: z.string(), label: z.string() });

const SearchHit = named("SearchHit", z.object({
  kind: Kind,
  slug: z.string(),
  title: z.string(),
  path: pagePath,
  snippetHtml: z.string().optional().describe("A passage around the matched words: HTML-escaped text with the matches in <mark> elements."),
  place: z.object({ slug: z.string(), name: z.string() }).optional().describe("The place the record is at (records that are not places)."),
  nameMatch: z.boolean().describe("The words matched the record's name or title, not only its text."),
}).describe("A record that matches."));

const SearchAnswer = named("SearchAnswer", z.object({
  q: z.string(),
  corrections: z.array(z.object({ word: z.string(), closest: z.array(z.string()) }))
    .describe("Words no text contains, searched as the closest known words instead (e.g. hauteclocke → hauteclocque)."),
  notice: z.enum(["too_short", "no_words"]).optional()
    .describe("too_short: one letter is not searched; no_words: nothing but punctuation or common words (the, la) was typed."),
  results: z.array(SearchHit),
  total: z.int().min(0),
  totalIsLowerBound: z.boolean().describe(
    `Ranking looks at ${CANDIDATE_LIMIT} matches in names and ${TEXT_CANDIDATE_LIMIT} in the whole text at most, the weightiest kinds first: past that, total means "at least".`),
  page: z.int().min(1),
  pageSize: z.int().min(1),
  pages: z.int().min(1),
  kinds: z.array(z.object({ kind: Kind, count: z.int().min(1) })).describe("Matches by kind (kinds with none are left out)."),
  options: z.object({ placeKinds: z.array(option), cities: z.array(option), themes: z.array(option) })
    .describe("The values the filters placeKind, city and theme can take, with labels in the answer's language."),
}).describe("One page of search results."));

const Suggestions = named("Suggestions", z.object({
  suggestions: z.array(z.object({ kind: Kind, slug: z.string(), title: z.string(), path: pagePath })),
}).describe("Records whose names begin with what was typed."));

export const searchPaths = (): Record<string, PathItem> => ({
  "/api/search": {
    get: {
      operationId: "search",
      summary: "Search places, exhibitions, rooms, objects, people and events",
      description: [
        "Every word must match, in English or French, whatever the accents (`resistance` finds `Résistance`); words are stemmed",
        "(`liberated` finds `liberation`), and a word no text contains is searched as the closest known words (`Hauteclocke`).",
        "Names and aliases count most (`Colonel Rol` finds Henri Rol-Tanguy). Without `q`, lists what passes the filters.",
        "Filters on places (`placeKind`, `city`, `free`, `age`, `openOn`, `bookable`) keep the records at such places.",
      ].join(" "),
      tags: ["search"],
      parameters: queryParameters(searchQuery, {
        q: `The words, at most ${MAX_QUERY_LENGTH} characters. Quotes, operators and brackets are read as spaces.`,
        kind: `Only these kinds, comma-separated: ${SEARCH_KINDS.join(", ")}.`,
        placeKind: "Only at places of this kind.",
        theme: "Only records tagged with this theme (its slug).",
        city: "Only at places in this city.",
        free: "Only at places where entry is free.",
        age: "Only at places whose audience advice covers this age.",
        openOn: "Only at places open on this date (YYYY-MM-DD), by their hours and closures.",
        bookable: "Only at places with timed visits to book.",
      }),
      responses: { 200: jsonResponse("A page of results.", SearchAnswer, { localized: true }), 304: responseRef("NotModified"), 400: responseRef("InvalidInput") },
    },
  },
  "/api/search/suggest": {
    get: {
      operationId: "suggest",
      summary: "Suggestions as one types",
      description: "Records whose names begin with the words typed so far (the last one unfinished), weightiest kinds and shortest names first.",
      tags: ["search"],
      parameters: queryParameters(suggestQuery, { q: "What was typed so far.", limit: "How many suggestions, 1 to 10 (default 8)." }),
      responses: { 200: jsonResponse("The suggestions.", Suggestions, { localized: true }), 304: responseRef("NotModified"), 400: responseRef("InvalidInput") },
    },
  },
});
