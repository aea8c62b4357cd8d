/**
 * One search across places, exhibitions, rooms, objects, people and events: the typed words (stop words
 * left out, misspelt ones looked up among known words), the place filters decided here from each place's
 * facts, then the ranked page from the database.
 */
import type { Queryable } from "../../db/database.ts";
import type { Locale } from "../../lib/locales.ts";
import { createLocalizer } from "../../lib/localized-text.ts";
import { collatorFor } from "../../web/i18n/format.ts";
import { SEARCH_KINDS, type SearchKind } from "../../db/schema/search.ts";
import { admissionOf, scheduleOf } from "../places/places.service.ts";
import { placeText } from "../places/places.page-text.ts";
import { hasPlaceFilter, passesPlaceFilters, type PlaceFacts } from "./place-facets.ts";
import { presentHit, presentSuggestion } from "./search.presenter.ts";
import {
  findBrowsePage, findMatches, plannedForItsWords, findPlaceFacts, findPublishedThemes, findSuggestions, lookUpWords, prefixQuery, textQuery,
  type DocumentFilters, type PlaceFactRow,
} from "./search.repository.ts";
import { CANDIDATE_LIMIT, TEXT_CANDIDATE_LIMIT, type SearchQuery, type SuggestQuery } from "./search.schemas.ts";
import type { FilterOption, SearchAnswer, Suggestion } from "./search.types.ts";
import { typedWords } from "./search-words.ts";

function placeFactsOf(row: PlaceFactRow): PlaceFacts {
  return {
    id: row.id,
    kind: row.kind,
    city: row.city,
    admission: admissionOf(row.offers),
    audience: row.audience,
    schedule: scheduleOf(row.timeZone, row.hours, row.exceptions),
    bookable: row.bookable,
  };
}

function filterOptions(places: PlaceFactRow[], themes: Awaited<ReturnType<typeof findPublishedThemes>>, locale: Locale): SearchAnswer["options"] {
  const l = createLocalizer(locale);
  const collator = collatorFor(locale);
  const byLabel = (a: FilterOption, b: FilterOption) => collator.compare(a.label, b.label);
  const kinds = [...new Set(places.map((p) => p.kind))].map((k) => ({ value: k, label: (placeText(locale).kinds as Record<string, string>)[k] ?? k }));
  const cities = [...new Set(places.flatMap((p) => (p.city ? [p.city] : [])))].map((c) => ({ value: c, label: c }));
  return {
    placeKinds: kinds.sort(byLabel),
    cities: cities.sort(byLabel),
    themes: themes.map((t) => ({ value: t.slug, label: l.text("", t.name) ?? t.slug })).sort(byLabel),
  };
}

/** Matches by kind, in the order of SEARCH_KINDS, kinds without any left out. */
const kindCounts = (counts: Record<string, number>) =>
  SEARCH_KINDS.flatMap((kind: SearchKind) => (counts[kind] ? [{ kind, count: counts[kind]! }] : []));

/** Searches (or, without words, browses) what the public sees, one page in `locale`. */
export async function searchSite(db: Queryable, query: SearchQuery, locale: Locale): Promise<SearchAnswer> {
  const typed = typedWords(query.q);
  const [places, themes] = await Promise.all([findPlaceFacts(db), findPublishedThemes(db)]);
  const filters: DocumentFilters = { kinds: query.kind };
  if (hasPlaceFilter(query)) filters.placeIds = places.filter((p) => passesPlaceFilters(placeFactsOf(p), query)).map((p) => p.id);
  if (query.theme !== undefined) filters.themeId = themes.find((t) => t.slug === query.theme)?.id ?? -1;
  const window = {
    limit: query.pageSize, offset: (query.page - 1) * query.pageSize, candidateLimit: CANDIDATE_LIMIT, textCandidateLimit: TEXT_CANDIDATE_LIMIT, locale,
  };
  const { words, notice, found } = await plannedForItsWords(db, async (tx) => {
    const words = (await lookUpWords(tx, typed.words)).filter((w) => w.meaningful && w.lexemes.length > 0);
    const notice = typed.notice ?? (typed.words.length > 0 && words.length === 0 ? "no_words" : undefined);
    const found = notice ? { rows: [], total: 0, capped: false, kinds: {} }
      : words.length > 0 ? await findMatches(tx, textQuery(words), filters, { ...window, words: words.length })
      : await findBrowsePage(tx, filters, { ...window, words: 0 });
    return { words, notice, found };
  });
  return {
    q: query.q,
    corrections: words.filter((w) => w.closest.length > 0).map((w) => ({ word: w.word, closest: w.closest })),
    ...(notice ? { notice } : {}),
    results: found.rows.map((row) => presentHit(row, locale)),
    total: found.total,
    totalIsLowerBound: found.capped,
    page: query.page,
    pageSize: query.pageSize,
    pages: Math.max(1, Math.ceil(found.total / query.pageSize)),
    kinds: kindCounts(found.kinds),
    options: filterOptions(places, themes, locale),
  };
}

/** The values the place-kind, city and theme filters offer, for a form shown without a search. */
export async function searchOptions(db: Queryable, locale: Locale): Promise<SearchAnswer["options"]> {
  const [places, themes] = await Promise.all([findPlaceFacts(db), findPublishedThemes(db)]);
  return filterOptions(places, themes, locale);
}

/** Records whose names start with what was typed (every word, the last one unfinished). */
export async function suggest(db: Queryable, input: Pick<SuggestQuery, "q" | "limit">, locale: Locale): Promise<Suggestion[]> {
  const { words } = typedWords(input.q);
  if (words.length === 0) return [];
  const rows = await findSuggestions(db, prefixQuery(words), input.limit, locale);
  return rows.map((row) => presentSuggestion(row, locale));
}
