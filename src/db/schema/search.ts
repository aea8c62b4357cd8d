import { sql } from "drizzle-orm";
import { customType, index, integer, jsonb, pgTable, primaryKey, real, text } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../lib/locales.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** The kinds of record one search covers; a "visit" is a booking offer (a timed visit of a place). */
export const SEARCH_KINDS = ["place", "exhibition", "room", "object", "person", "event", "visit"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * One row per record the public sees, built by the database itself (migration 0008): content
 * triggers note what changed in `search_dirty`, and a deferred trigger rebuilds those rows before
 * the writing transaction commits. Never written by the application.
 */
export const searchDocuments = pgTable("search_documents", {
  kind: text().$type<SearchKind>().notNull(),
  recordId: integer().notNull(),
  slug: text().notNull(),
  /** The place the record is at (itself for a place); null for people, and events without a place. */
  placeId: integer(),
  title: jsonb().$type<LocalizedText>().notNull(),
  /** Summary and description per language, for snippets. */
  body: jsonb().$type<LocalizedText>().notNull(),
  themeIds: integer().array().notNull().default(sql`'{}'::integer[]`),
  /** Precomputed weight of the record's kind, multiplied into the text rank. */
  boost: real().notNull(),
  /** Every text, stemmed in its language without accents, weighted A (names) to D. */
  tsv: tsvector().notNull(),
  /** Names alone (titles, aliases), stemmed: whether a text match is also a name match. */
  tsvNames: tsvector().notNull(),
  /** Names alone, unstemmed and without accents (copied to search_names for suggestions). */
  tsvPrefix: tsvector().notNull(),
}, (t) => [
  primaryKey({ columns: [t.kind, t.recordId] }),
  index("search_documents_tsv").using("gin", t.tsv),
  index("search_documents_place").on(t.placeId),
  // Browsing without words: the first records by weight, read in index order.
  index("search_documents_browse").on(t.boost.desc(), t.kind, t.recordId),
  index("search_documents_themes").using("gin", t.themeIds),
]);

/**
 * The names of the same records in narrow rows (about 200 bytes against 1.5 KB): the first tier of
 * ranking and the suggestions read many rows to find few, and read ten times fewer pages here.
 */
export const searchNames = pgTable("search_names", {
  kind: text().$type<SearchKind>().notNull(),
  recordId: integer().notNull(),
  placeId: integer(),
  themeIds: integer().array().notNull().default(sql`'{}'::integer[]`),
  boost: real().notNull(),
  tsvNames: tsvector().notNull(),
  tsvPrefix: tsvector().notNull(),
}, (t) => [
  primaryKey({ columns: [t.kind, t.recordId] }),
  index("search_names_tsv_names").using("gin", t.tsvNames),
  index("search_names_tsv_prefix").using("gin", t.tsvPrefix),
  index("search_names_by_weight").on(t.boost.desc(), t.kind, t.recordId),
]);

/** Lexemes of every indexed text (not numbers, nor inventory numbers): the vocabulary misspelt words are matched against (pg_trgm). */
export const searchWords = pgTable("search_words", {
  word: text().primaryKey(),
}, (t) => [index("search_words_trigram").using("gin", sql`${t.word} gin_trgm_ops`)]);

/** Records changed by the current transaction, to rebuild before it commits; always empty between transactions. */
export const searchDirty = pgTable("search_dirty", {
  kind: text().notNull(),
  recordId: integer().notNull(),
});

/** One row per writing transaction, whose deferred trigger rebuilds what `search_dirty` lists. */
export const searchPending = pgTable("search_pending", {
  txid: text().primaryKey(),
});
