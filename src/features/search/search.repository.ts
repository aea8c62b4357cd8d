/**
 * The search's reads of `search_documents` (built by the database, migration 0008) and of the place
 * facts its filters need. Every value typed by a visitor reaches SQL as a parameter.
 */
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Queryable, type Transaction } from "../../db/database.ts";
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import type { SearchKind } from "../../db/schema/search.ts";
import { MIN_CORRECTED_LENGTH } from "./search-words.ts";

export interface WordLookup {
  word: string;
  /** False when the word is a stop word in English or French ("the", "la"): it is left out of the query. */
  meaningful: boolean;
  /**
   * The known words closest to a word no indexed text contains (at most two: a name spelt two ways, as the
   * seeds spell Hauteclocque, is found under both); empty when the word is known.
   */
  closest: string[];
  /** What the word is searched as: the English and French stems of it, or of its closest words, each once. */
  lexemes: string[];
}

/** For each typed word: is it a stop word, is it known, and if not, the known words it is closest to. */
export async function lookUpWords(db: Queryable, words: string[]): Promise<WordLookup[]> {
  if (words.length === 0) return [];
  const result = await db.execute(sql`
    select w.word, c.closest,
      numnode(plainto_tsquery('remembrance_en', w.word)) > 0 and numnode(plainto_tsquery('remembrance_fr', w.word)) > 0 as meaningful,
      array(select distinct l from unnest(tsvector_to_array(to_tsvector('remembrance_en', f.forms) || to_tsvector('remembrance_fr', f.forms))) l
        order by l) as lexemes
    from jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) with ordinality as w(word, n)
    cross join lateral (select case when length(w.word) < ${MIN_CORRECTED_LENGTH} or w.word ~ '^[0-9]+$' or exists (
        select 1 from search_words s where s.word = any(tsvector_to_array(
          to_tsvector('remembrance_en', w.word) || to_tsvector('remembrance_fr', w.word) || to_tsvector('remembrance_simple', w.word)))
      ) then '{}'::text[]
      else array(
        select s.word from search_words s
        where s.word % unaccent(w.word)
        order by similarity(s.word, unaccent(w.word)) desc, s.word limit 2)
      end as closest) c
    -- A word no text contains is searched as its closest known words: the typed one would only blur the plan.
    cross join lateral (select case when cardinality(c.closest) > 0 then array_to_string(c.closest, ' ') else w.word end as forms) f
    order by w.n`);
  return rowsOf<WordLookup>(result);
}

/**
 * Every word must match; a word matches through any of its lexemes. Each lexeme appears once, written as
 * a constant the planner reads: stems repeated (English and French often agree) would double its estimate.
 */
export function textQuery(words: { lexemes: string[] }[]): SQL {
  const wordQuery = (lexemes: string[]) => sql`(${sql.join(lexemes.map((l) => sql`quote_literal(${l})::tsquery`), sql` || `)})`;
  return sql`(${sql.join(words.map((w) => wordQuery(w.lexemes)), sql` && `)})`;
}

/** Prefix query on unstemmed names for suggestions: every word, the last one as typed so far. */
export function prefixQuery(words: string[]): SQL {
  return sql`(${sql.join(words.map((w) => sql`to_tsquery('remembrance_simple', quote_literal(${w}) || ':*')`), sql` && `)})`;
}

export interface DocumentFilters {
  kinds?: SearchKind[];
  /** Only records at these places (a place filter is set); may be empty: nothing passes. */
  placeIds?: number[];
  themeId?: number;
}

function filterSql(f: DocumentFilters): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.kinds && f.kinds.length > 0) parts.push(sql`d.kind in (${sql.join(f.kinds.map((k) => sql`${k}`), sql`, `)})`);
  if (f.placeIds) {
    parts.push(f.placeIds.length === 0 ? sql`false` : sql`d.place_id in (${sql.join(f.placeIds.map((id) => sql`${id}`), sql`, `)})`);
  }
  if (f.themeId !== undefined) parts.push(sql`d.theme_ids @> array[${f.themeId}::integer]`);
  return sql.join(parts, sql` and `);
}

export interface MatchRow {
  kind: SearchKind;
  slug: string;
  title: LocalizedText;
  snippet: string | null;
  placeSlug: string | null;
  placeName: LocalizedText | null;
  nameMatch: boolean;
}

export interface MatchPage {
  rows: MatchRow[];
  total: number;
  /** A tier stopped at its limit: there are more matches than `total`. */
  capped: boolean;
  kinds: Record<string, number>;
}

interface Window {
  limit: number;
  offset: number;
  /** Candidates matched in names (and when browsing). */
  candidateLimit: number;
  /** Candidates matched anywhere in the text: each costs a read of the record's whole text vector. */
  textCandidateLimit: number;
  /** How many words the query holds (all must match). */
  words: number;
  locale: Locale;
}

/** Highlight markers that cannot be confused with HTML: the presenter escapes the text, then turns them into <mark>. */
export const MARK_START = "\u2e22";
export const MARK_END = "\u2e23";
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The page of records matching `query`, ranked. Ranking never looks at more than `candidateLimit` matches
 * per tier (matches in names, matches anywhere), taken by the records' precomputed weight: the planner
 * sees the words (the query is written out in each tier, not hidden in a CTE), so for a rare word it reads
 * the full-text index, and for a word most records contain it walks the weight index and stops once it
 * has enough, instead of listing hundreds of thousands of matches. Within the bounded set: names first,
 * then `ts_rank` (weights D..A) times the kind's weight. Counts are over the same set.
 * Run it with `plan_cache_mode = force_custom_plan` (see search.service.ts), so every query is planned
 * for its own words.
 */
export async function findMatches(db: Queryable, query: SQL, filters: DocumentFilters, w: Window): Promise<MatchPage> {
  const where = filterSql(filters);
  const config = w.locale === "fr" ? sql`'remembrance_fr'::regconfig` : sql`'remembrance_en'::regconfig`;
  const other = w.locale === "fr" ? "en" : "fr";
  // A record matched in its names is ranked on its names (a small vector, cheap to read); others on their whole text.
  const nameRank = sql`ts_rank(d.tsv_names, ${query}) * d.boost`;
  const textRank = sql`ts_rank('{0.1, 0.2, 0.4, 1.0}', d.tsv, ${query}) * d.boost`;
  // The order of the weight indexes, so the planner can walk one when a word is in most records.
  const byWeight = (limit: number) => sql`order by d.boost desc nulls last, d.kind, d.record_id limit ${limit}`;
  // Names hold few words, and the planner takes words as independent: for several words it expects far
  // more names holding them all than there are, and may walk every name to find none. Sorting on an
  // expression (not the index's order) leaves it the full-text index, which intersects the words exactly.
  const namesOrder = w.words > 1 ? sql`order by d.boost + 0 desc, d.kind, d.record_id limit ${w.candidateLimit}` : byWeight(w.candidateLimit);
  const result = await db.execute(sql`
    with tiers as (
      -- Ranks are computed on the bounded candidates only, not on every match a plan may read before sorting.
      select d.kind, d.record_id, true as name_match, ${nameRank} as score, 1 as tier
      from (select d.kind, d.record_id, d.boost, d.tsv_names from search_names d
        where d.tsv_names @@ ${query} and ${where} ${namesOrder}) d
      union all
      select d.kind, d.record_id, n.name_match, case when n.name_match then ${nameRank} else ${textRank} end, 2
      from (select d.kind, d.record_id from search_documents d where d.tsv @@ ${query} and ${where} ${byWeight(w.textCandidateLimit)}) c
        join search_documents d on d.kind = c.kind and d.record_id = c.record_id
        cross join lateral (select d.tsv_names @@ ${query} as name_match) n
    ),
    hits as (
      select t.kind, t.record_id, bool_or(t.name_match) as name_match, max(t.score) as score from tiers t group by t.kind, t.record_id
    ),
    page as (
      select h.*, row_number() over (order by h.name_match desc, h.score desc, h.kind, h.record_id) as n
      from hits h order by n limit ${w.limit} offset ${w.offset}
    )
    select
      (select count(*)::int from hits) as total,
      (select count(*) filter (where tier = 1) >= ${w.candidateLimit} or count(*) filter (where tier = 2) >= ${w.textCandidateLimit} from tiers) as capped,
      (select coalesce(json_object_agg(k.kind, k.n), '{}') from (select kind, count(*)::int as n from hits group by kind) k) as kinds,
      (select coalesce(json_agg(json_build_object(
          'kind', p.kind, 'slug', d.slug, 'title', d.title, 'nameMatch', p.name_match,
          'placeSlug', pl.slug, 'placeName', pl.name,
          'snippet', ts_headline(${config}, coalesce(d.body->>${w.locale}, d.body->>${other}, ''), ${query}, ${HEADLINE_OPTIONS}))
        order by p.n), '[]')
       from page p join search_documents d on d.kind = p.kind and d.record_id = p.record_id
       left join places pl on pl.id = d.place_id and p.kind <> 'place') as rows`);
  const [row] = rowsOf<{ total: number; capped: boolean; kinds: Record<string, number>; rows: MatchRow[] }>(result);
  return { total: row?.total ?? 0, capped: row?.capped ?? false, kinds: row?.kinds ?? {}, rows: row?.rows ?? [] };
}

/**
 * Runs a search's statements in one transaction, each planned for its own values: a prepared statement
 * may otherwise get one generic plan for all words, the same for a word every record holds as for a rare one.
 */
export function plannedForItsWords<T>(db: Queryable, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // For this transaction only. And only words at least 0.4 similar are offered as corrections (pg_trgm).
    await tx.execute(sql`select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('pg_trgm.similarity_threshold', '0.4', true)`);
    return work(tx);
  });
}

/** Browsing without words: records passing the filters, the weightiest kinds first, then by title. */
export async function findBrowsePage(db: Queryable, filters: DocumentFilters, w: Window): Promise<MatchPage> {
  const where = filterSql(filters);
  const result = await db.execute(sql`
    with hits as (
      select d.kind, d.record_id from search_documents d where ${where}
      order by d.boost desc nulls last, d.kind, d.record_id limit ${w.candidateLimit}
    ),
    page as (
      select d.*, row_number() over (order by d.boost desc, lower(coalesce(d.title->>${w.locale}, d.title->>'en', d.title->>'fr')), d.record_id) as n
      from hits join search_documents d on d.kind = hits.kind and d.record_id = hits.record_id
      order by n limit ${w.limit} offset ${w.offset}
    )
    select
      (select count(*)::int from hits) as total,
      (select coalesce(json_object_agg(k.kind, k.n), '{}') from (select kind, count(*)::int as n from hits group by kind) k) as kinds,
      (select coalesce(json_agg(json_build_object(
          'kind', p.kind, 'slug', p.slug, 'title', p.title, 'nameMatch', false,
          'placeSlug', pl.slug, 'placeName', pl.name,
          'snippet', left(coalesce(p.body->>${w.locale}, p.body->>'en', p.body->>'fr'), 240))
        order by p.n), '[]')
       from page p left join places pl on pl.id = p.place_id and p.kind <> 'place') as rows`);
  const [row] = rowsOf<{ total: number; kinds: Record<string, number>; rows: MatchRow[] }>(result);
  return { total: row?.total ?? 0, capped: (row?.total ?? 0) >= w.candidateLimit, kinds: row?.kinds ?? {}, rows: row?.rows ?? [] };
}

export interface SuggestionRow { kind: SearchKind; slug: string; title: LocalizedText; placeSlug: string | null }

/** Names starting with what was typed, the weightiest kinds and shortest names first. */
export async function findSuggestions(db: Queryable, query: SQL, limit: number, locale: Locale): Promise<SuggestionRow[]> {
  const result = await db.execute(sql`
    with hits as (select n.kind, n.record_id, n.boost from search_names n where n.tsv_prefix @@ ${query} limit 200)
    select d.kind, d.slug, d.title, pl.slug as "placeSlug" from hits h join search_documents d on d.kind = h.kind and d.record_id = h.record_id
      left join places pl on pl.id = d.place_id
    order by h.boost desc, length(coalesce(d.title->>${locale}, d.title->>'en', '')), d.slug limit ${limit}`);
  return rowsOf<SuggestionRow>(result);
}

export interface PlaceFactRow {
  id: number;
  kind: string;
  city: string | null;
  timeZone: string;
  offers: { covers: string; isFree: boolean }[];
  audience: { audience: string; recommended: boolean; minAge: number | null; maxAge: number | null }[];
  hours: { weekday: number; opens: string; closes: string; validFrom: string | null; validUntil: string | null }[];
  exceptions: { startsOn: string; endsOn: string; opens: string | null; closes: string | null }[];
  bookable: boolean;
}

/** What the place filters test, for every published place (a network has hundreds at most). */
export async function findPlaceFacts(db: Queryable): Promise<PlaceFactRow[]> {
  const result = await db.execute(sql`
    select p.id, p.kind::text as kind, p.city, p.time_zone as "timeZone",
      coalesce((select json_agg(json_build_object('covers', a.covers, 'isFree', a.is_free)) from admission_offers a where a.place_id = p.id), '[]') as offers,
      coalesce((select json_agg(json_build_object('audience', a.audience, 'recommended', a.recommended, 'minAge', a.min_age, 'maxAge', a.max_age))
        from audience_advice a where a.place_id = p.id), '[]') as audience,
      coalesce((select json_agg(json_build_object('weekday', h.weekday, 'opens', h.opens, 'closes', h.closes, 'validFrom', h.valid_from, 'validUntil', h.valid_until))
        from opening_hours h where h.place_id = p.id), '[]') as hours,
      coalesce((select json_agg(json_build_object('startsOn', e.starts_on, 'endsOn', e.ends_on, 'opens', e.opens, 'closes', e.closes))
        from opening_exceptions e where e.place_id = p.id), '[]') as exceptions,
      exists (select 1 from booking_offers b where b.place_id = p.id and b.archived_at is null) as bookable
    from places p where p.status = 'published' order by p.id`);
  return rowsOf<PlaceFactRow>(result);
}

export interface ThemeOptionRow { id: number; slug: string; name: LocalizedText }

export async function findPublishedThemes(db: Queryable): Promise<ThemeOptionRow[]> {
  const result = await db.execute(sql`select id, slug, name from themes where status = 'published' order by slug`);
  return rowsOf<ThemeOptionRow>(result);
}
