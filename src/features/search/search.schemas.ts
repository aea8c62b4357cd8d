import { z } from "@hono/zod-openapi";
import { placeKind } from "../../db/schema/places.ts";
import { SEARCH_KINDS } from "../../db/schema/search.ts";
import { digitsAsNumber, listQuery } from "../../web/validation.ts";

/** Longest query read: longer text is refused with a message, not cut silently. */
export const MAX_QUERY_LENGTH = 200;
/**
 * Ranking looks at no more than this many matches in names (and browsing lists no more than this many
 * records), plus TEXT_CANDIDATE_LIMIT matches anywhere in the text, taken by the records' weight; totals
 * beyond them are given as "at least". The second is smaller because each candidate read from the whole
 * text costs a read of its largest vector: see bench/README.md for the figures that chose them.
 */
export const CANDIDATE_LIMIT = 500;
export const TEXT_CANDIDATE_LIMIT = 300;

const kindList = z.string().transform((raw, ctx) => {
  const kinds = raw.split(",").map((k) => k.trim()).filter(Boolean);
  const unknown = kinds.find((k) => !(SEARCH_KINDS as readonly string[]).includes(k));
  if (unknown !== undefined) {
    ctx.addIssue({ code: "custom", message: `must be one or more of: ${SEARCH_KINDS.join(", ")} (comma-separated)` });
    return z.NEVER;
  }
  return [...new Set(kinds)] as (typeof SEARCH_KINDS)[number][];
});

/** A query-string boolean: `true` or `false`, as the search form's checkboxes send it; nothing else. */
const flag = z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true");
const slugParam = z.string().max(100, "must be at most 100 characters").regex(/^[a-z0-9-]+$/, "must be a slug (lowercase letters, digits and hyphens)");

/** Filters shared by the API and the search page; an empty string means "not set" (a form's empty select). */
export const searchFilters = {
  q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).default(""),
  kind: kindList.optional(),
  placeKind: z.enum(placeKind.enumValues, { error: `must be one of: ${placeKind.enumValues.join(", ")}` }).optional(),
  theme: slugParam.optional(),
  city: z.string().max(100, "must be at most 100 characters").optional(),
  free: flag.optional(),
  age: digitsAsNumber(z.number({ error: "must be an age in years, 0 to 120" }).int("must be an age in years, 0 to 120")
    .min(0, "must be an age in years, 0 to 120").max(120, "must be an age in years, 0 to 120")).optional()
    // Optional and coerced, the generator would document it as nullable: a query parameter never is.
    .openapi({ type: "integer", minimum: 0, maximum: 120 }),
  openOn: z.iso.date({ error: "must be a date written YYYY-MM-DD" }).optional(),
  bookable: flag.optional(),
};

/** `GET /api/search` and `/{lang}/search`. Empty values are dropped before parsing (see dropEmpty). */
/** The most results a search lists (both tiers' candidates). */
export const MAX_LISTED = CANDIDATE_LIMIT + TEXT_CANDIDATE_LIMIT;

export const searchQuery = listQuery(searchFilters).refine((v) => (v.page - 1) * v.pageSize < MAX_LISTED, {
  message: `results beyond the first ${MAX_LISTED} are not listed: narrow the search`, path: ["page"],
});
export type SearchQuery = z.infer<typeof searchQuery>;

/** `GET /api/search/suggest`: what a visitor has typed so far. */
export const suggestQuery = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).default(""),
  lang: listQuery({}).shape.lang,
  limit: digitsAsNumber(z.number({ error: "must be a whole number from 1 to 10" }).int("must be a whole number from 1 to 10")
    .min(1, "must be a whole number from 1 to 10").max(10, "must be a whole number from 1 to 10")).default(8),
}).strict();
export type SuggestQuery = z.infer<typeof suggestQuery>;

/** Form and query-string values arrive as "" when left empty: treat them as absent. */
export function dropEmpty(input: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => key === "q" || value.trim() !== ""));
}
