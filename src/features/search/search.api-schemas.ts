/** Search results and suggestions as the API shows them (search.presenter.ts, search.service.ts). */
import { z } from "@hono/zod-openapi";
import { SEARCH_KINDS } from "../../db/schema/search.ts";
import { CANDIDATE_LIMIT, TEXT_CANDIDATE_LIMIT } from "./search.schemas.ts";

const Kind = z.enum(SEARCH_KINDS).describe("The kind of record.").openapi("SearchKind");
const pagePath = z.string().meta({ format: "uri-reference" }).describe("The record's public page, e.g. /en/people/henri-rol-tanguy.");
const option = z.object({ value: z.string(), label: z.string() });

export const SearchHit = z.object({
  kind: Kind,
  slug: z.string(),
  title: z.string(),
  path: pagePath,
  snippetHtml: z.string().optional().describe("A passage around the matched words: HTML-escaped text with the matches in <mark> elements."),
  place: z.object({ slug: z.string(), name: z.string() }).optional().describe("The place the record is at (records that are not places)."),
  nameMatch: z.boolean().describe("The words matched the record's name or title, not only its text."),
}).describe("A record that matches.").openapi("SearchHit");

export const SearchAnswer = z.object({
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
}).describe("One page of search results.").openapi("SearchAnswer");

export const Suggestions = z.object({
  suggestions: z.array(z.object({ kind: Kind, slug: z.string(), title: z.string(), path: pagePath })),
}).describe("Records whose names begin with what was typed.").openapi("Suggestions");
