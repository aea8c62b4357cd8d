/** Search rows → what the API answers and the page shows, in one language. */
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import type { SearchKind } from "../../db/schema/search.ts";
import { createLocalizer } from "../../lib/localized-text.ts";
import { MARK_END, MARK_START, type MatchRow, type SuggestionRow } from "./search.repository.ts";
import type { SearchHit, Suggestion } from "./search.types.ts";
import { paths } from "../../web/paths.ts";

/** The public page of a record, in a language; a visit's page is under its place's. */
export const recordPath = (locale: Locale, kind: SearchKind, slug: string, placeSlug?: string | null) =>
  kind === "visit" ? paths.visit(locale, placeSlug ?? "", slug) : paths.record(locale, kind, slug);

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes a headline's text, then turns the database's highlight markers into <mark> elements (balanced). */
export function snippetHtml(headline: string): string {
  let open = false;
  let html = "";
  for (const ch of headline) {
    if (ch === MARK_START) {
      if (!open) html += "<mark>";
      open = true;
    } else if (ch === MARK_END) {
      if (open) html += "</mark>";
      open = false;
    } else {
      html += HTML_ESCAPES[ch] ?? ch;
    }
  }
  return open ? `${html}</mark>` : html;
}

const textIn = (locale: Locale, value: LocalizedText | null) => createLocalizer(locale).text("", value) ?? "";

export function presentHit(row: MatchRow, locale: Locale): SearchHit {
  const snippet = row.snippet?.trim();
  return {
    kind: row.kind,
    slug: row.slug,
    title: textIn(locale, row.title) || row.slug,
    path: recordPath(locale, row.kind, row.slug, row.placeSlug),
    ...(snippet ? { snippetHtml: snippetHtml(snippet) } : {}),
    ...(row.placeSlug ? { place: { slug: row.placeSlug, name: textIn(locale, row.placeName) || row.placeSlug } } : {}),
    nameMatch: row.nameMatch,
  };
}

export function presentSuggestion(row: SuggestionRow, locale: Locale): Suggestion {
  return { kind: row.kind, slug: row.slug, title: textIn(locale, row.title) || row.slug, path: recordPath(locale, row.kind, row.slug, row.placeSlug) };
}
