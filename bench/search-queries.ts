/**
 * Ranked top-20 searches through `searchSite` (in process, on a DatabaseHandle), by class of term:
 * rare, medium and very common words (classed by the document frequency measured after loading), two-word
 * queries and misspelt words. Prints p50/p95/p99, what each term matched, and `explain analyze` of the
 * ranked query (captured from the service's own `db.execute`) once per class.
 */
import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database } from "../src/db/database.ts";
import type { Locale } from "../src/lib/locales.ts";
import { searchQuery } from "../src/features/search/search.schemas.ts";
import { searchSite } from "../src/features/search/search.service.ts";
import { documentFrequency, rowsOf } from "./search-load.ts";

type Term = readonly [q: string, locale: Locale];

/**
 * Candidate single words, in the language they are typed in; each is classed by the share of items it
 * matches: rare <= 0.1 %, medium 0.5–5 %, very common >= 20 % (others are printed, not measured).
 * See bench/search-words.ts for why each should fall where it does.
 */
const CANDIDATES: readonly Term[] = [
  ["war", "en"], ["guerre", "fr"], ["résistance", "fr"], ["family", "en"], ["soldat", "fr"], ["Paris", "fr"], ["1944", "en"],
  ["parachute", "en"], ["bicyclette", "fr"], ["tramway", "fr"], ["barricade", "en"], ["grève", "fr"], ["Bayeux", "en"],
  ["Montluc", "fr"], ["témoignage", "fr"], ["convoy", "en"], ["Brossolette", "fr"], ["couvre-feu", "fr"],
  ["ausweis", "fr"], ["stalag", "en"], ["gazogène", "fr"], ["théodolite", "fr"], ["ronéotype", "fr"], ["zazou", "fr"],
  ["palimpsest", "en"], ["incunable", "fr"], ["daguerreotype", "en"], ["Grynszpan", "fr"], ["Tessendier", "fr"], ["Escoffier", "en"],
  ["cyanotype", "en"], ["colophon", "en"], ["Villedieu-les-Poêles", "fr"],
];
const TWO_WORDS: readonly Term[] = [["jean moulin", "fr"], ["lettre sœur", "fr"], ["gare détruite", "fr"], ["resistance network", "en"], ["parachute Caen", "en"]];
const MISSPELT: readonly Term[] = [["deportaton", "en"], ["libérasion", "fr"], ["hautecloque", "fr"], ["bicylette", "fr"], ["barricde", "en"]];
const PER_CLASS = 5;

export type ClassName = "rare" | "medium" | "common" | "two words" | "misspelt";

export interface TermFigure { q: string; locale: Locale; documentFrequency?: number; total: number; totalIsLowerBound: boolean; corrections: string }
export interface ClassFigures {
  name: ClassName; terms: TermFigure[]; queries: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number;
  /** The ranked statement alone (from its `execute` to its rows), within each search. */
  ranked: { p50Ms: number; p95Ms: number };
  plan?: string;
}

function classOf(share: number): ClassName | undefined {
  if (share > 0 && share <= 0.001) return "rare";
  if (share >= 0.005 && share <= 0.05) return "medium";
  if (share >= 0.2) return "common";
  return undefined;
}

/** Measures each candidate's document frequency and picks up to PER_CLASS terms per class. */
export async function pickTerms(db: Database, items: number, say: (line: string) => void): Promise<Map<ClassName, Term[]>> {
  const classes = new Map<ClassName, Term[]>([["rare", []], ["medium", []], ["common", []], ["two words", [...TWO_WORDS]], ["misspelt", [...MISSPELT]]]);
  const line: string[] = [];
  for (const term of CANDIDATES) {
    const df = await documentFrequency(db, term[0]);
    const name = classOf(df / items);
    line.push(`${term[0]} ${df} (${((100 * df) / items).toFixed(3)} %${name ? `, ${name}` : ""})`);
    const list = name && classes.get(name);
    if (list && list.length < PER_CLASS) list.push(term);
  }
  say(`document frequency of the candidate words: ${line.join("; ")}`);
  return classes;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const dialect = new PgDialect();
const isRanked = (query: SQL) => dialect.sqlToQuery(query).sql.includes("ts_rank(");

/** The database with its `execute` recording the statements the service runs and how long the ranked one took. */
function recording(db: Database, statements: SQL[] = [], rankedMs: number[] = []): { db: Database; statements: SQL[]; rankedMs: number[] } {
  const proxy = new Proxy(db, {
    get(target, property, receiver) {
      // The search runs its statements in a transaction: record those too.
      if (property === "transaction") {
        return (work: (tx: Database) => Promise<unknown>) =>
          target.transaction((tx) => work(recording(tx as unknown as Database, statements, rankedMs).db));
      }
      if (property === "execute") {
        return async (query: SQL) => {
          statements.push(query);
          const started = performance.now();
          const result = await target.execute(query);
          if (isRanked(query)) rankedMs.push(performance.now() - started);
          return result;
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: proxy, statements, rankedMs };
}

/** `explain analyze` of the ranked query (the statement reading `search_documents` with `ts_rank`) for `term`. */
async function explainRanked(db: Database, term: Term): Promise<string | undefined> {
  const rec = recording(db);
  await searchSite(rec.db, searchQuery.parse({ q: term[0] }), term[1]);
  const ranked = rec.statements.find(isRanked);
  if (!ranked) return undefined;
  const rows = await rowsOf<Record<string, string>>(db, sql`explain (analyze, buffers) ${ranked}`);
  return rows.map((r) => Object.values(r)[0]).join("\n");
}

/** `warmup` unmeasured then `queries` measured searches per class, cycling through its terms, one at a time. */
export async function measureClasses(db: Database, classes: Map<ClassName, Term[]>, items: number, queries: number, warmup: number,
  say: (line: string) => void): Promise<ClassFigures[]> {
  const figures: ClassFigures[] = [];
  for (const [name, terms] of classes) {
    if (terms.length === 0) {
      say(`${name}: no candidate word fell in this class at ${items} items`);
      continue;
    }
    const termFigures: TermFigure[] = [];
    for (const [q, locale] of terms) {
      const answer = await searchSite(db, searchQuery.parse({ q }), locale);
      const df = name === "two words" || name === "misspelt" ? undefined : await documentFrequency(db, q);
      termFigures.push({ q, locale, documentFrequency: df, total: answer.total, totalIsLowerBound: answer.totalIsLowerBound,
        corrections: answer.corrections.map((c) => `${c.word} → ${c.closest.join("/")}`).join(", ") });
    }
    const times: number[] = [];
    const rec = recording(db);
    for (let i = 0; i < warmup + queries; i++) {
      const [q, locale] = terms[i % terms.length]!;
      if (i === warmup) rec.rankedMs.length = 0;
      const started = performance.now();
      await searchSite(rec.db, searchQuery.parse({ q }), locale);
      if (i >= warmup) times.push(performance.now() - started);
      rec.statements.length = 0;
    }
    times.sort((a, b) => a - b);
    const rankedMs = rec.rankedMs.sort((a, b) => a - b);
    const plan = await explainRanked(db, terms[0]!);
    const figure: ClassFigures = { name, terms: termFigures, queries, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95),
      p99Ms: percentile(times, 99), maxMs: times.at(-1) ?? NaN, ranked: { p50Ms: percentile(rankedMs, 50), p95Ms: percentile(rankedMs, 95) }, plan };
    figures.push(figure);
    say(`${name}: p50 ${figure.p50Ms.toFixed(1)} ms, p95 ${figure.p95Ms.toFixed(1)} ms, p99 ${figure.p99Ms.toFixed(1)} ms, max ${figure.maxMs.toFixed(1)} ms over ${queries} queries ` +
      `(the ranked statement alone: p50 ${figure.ranked.p50Ms.toFixed(1)} ms, p95 ${figure.ranked.p95Ms.toFixed(1)} ms)`);
    for (const t of termFigures) {
      say(`  "${t.q}" (${t.locale}): ${t.documentFrequency === undefined ? "" : `in ${t.documentFrequency} documents, `}answered total ${t.totalIsLowerBound ? ">= " : ""}${t.total}` +
        (t.corrections ? `, corrections ${t.corrections}` : ""));
    }
  }
  return figures;
}
