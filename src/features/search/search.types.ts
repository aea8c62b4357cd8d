/** What a search answers, in one language: the JSON API's shape and what the search page renders. */
import type { SearchKind } from "../../db/schema/search.ts";

export interface SearchHit {
  kind: SearchKind;
  slug: string;
  title: string;
  /** The public page, e.g. `/en/people/henri-rol-tanguy`. */
  path: string;
  /** A passage around the matched words, HTML-escaped, with matches wrapped in `<mark>`; absent when there is no text. */
  snippetHtml?: string;
  /** The place the record is at, when it is not itself a place. */
  place?: { slug: string; name: string };
  /** True when the words matched the record's name or title (not only its text). */
  nameMatch: boolean;
}

export interface KindCount { kind: SearchKind; count: number }

/** A value a filter can take, with its label in the page's language. */
export interface FilterOption { value: string; label: string }

export interface SearchAnswer {
  q: string;
  /** Words of the query that were looked up as the closest known words (e.g. "hautecloque" → "hauteclocque"). */
  corrections: { word: string; closest: string[] }[];
  /** Set when the query could not be searched as typed: "too_short" (one letter), "no_words" (only punctuation or stop words). */
  notice?: "too_short" | "no_words";
  results: SearchHit[];
  /** Matches found; when `totalIsLowerBound`, at least this many (ranking stops at a bounded candidate set). */
  total: number;
  totalIsLowerBound: boolean;
  page: number;
  pageSize: number;
  pages: number;
  /** Matches by kind, for grouping and the kind filter (over the same candidate set as `total`). */
  kinds: KindCount[];
  /** The values each filter offers (published places' kinds and cities, published themes). */
  options: { placeKinds: FilterOption[]; cities: FilterOption[]; themes: FilterOption[] };
}

export interface Suggestion { kind: SearchKind; slug: string; title: string; path: string }
