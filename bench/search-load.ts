/**
 * Loads the synthetic collection (bench/search-corpus.ts) into a migrated database: a few published places,
 * then the items as `collection_objects`, one transaction per batch so each commit indexes its batch (the
 * search triggers of migration 0008 rebuild `search_documents` and `search_words` before it commits).
 * Rows go as one JSON parameter per batch (`jsonb_to_recordset`): one statement, identical on both engines.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Database, DatabaseHandle } from "../src/db/database.ts";
import { places } from "../src/db/schema/places.ts";
import { corpusItems, type CorpusItem } from "./search-corpus.ts";

export const CORPUS_SEED = 1944;
export const PLACE_TOWNS = ["Paris", "Caen", "Lyon", "Bordeaux", "Lille", "Grenoble", "Brest", "Strasbourg"] as const;

export interface LoadFigures {
  items: number;
  batchSize: number;
  /** From the first insert to the last commit (generation in Node overlaps the database's work). */
  loadMs: number;
  rowsPerSec: number;
  analyzeMs: number;
  /** Bytes. */
  sizes: { documentsTable: number; documentsIndexes: Record<string, number>; documentsTotal: number; objectsTotal: number; wordsTotal: number };
  words: number;
}

/** Rows of a query: postgres.js answers an array, PGlite an object holding them. */
export async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return ((result as unknown as { rows?: T[] }).rows ?? (result as unknown as T[]));
}

async function insertPlaces(db: Database): Promise<number[]> {
  const rows = await db.insert(places).values(PLACE_TOWNS.map((town, i) => ({
    slug: `bench-museum-${i}`,
    kind: "museum" as const,
    name: { en: `Resistance Museum of ${town}`, fr: `Musée de la Résistance de ${town}` },
    summary: { en: `Collections about the occupation and liberation of ${town}.`, fr: `Collections sur l'occupation et la libération de ${town}.` },
    city: town,
    status: "published" as const,
  }))).returning({ id: places.id });
  return rows.map((r) => r.id);
}

function batchSql(items: CorpusItem[], placeIds: number[]): SQL {
  const rows = items.map((it) => ({
    slug: it.slug, holder_id: placeIds[it.holder], type: it.type,
    title: { en: it.title[0], fr: it.title[1] }, summary: { en: it.summary[0], fr: it.summary[1] },
    description: { en: it.description[0], fr: it.description[1] }, inventory_number: it.inventoryNumber,
  }));
  return sql`insert into collection_objects (slug, holder_id, type, title, summary, description, inventory_number)
    select x.slug, x.holder_id, x.type::object_type, x.title, x.summary, x.description, x.inventory_number
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as x(slug text, holder_id integer, type text, title jsonb, summary jsonb, description jsonb, inventory_number text)`;
}

/**
 * Inserts `items` items in batches of `batchSize`, each its own transaction (one statement, so its commit
 * runs the deferred search rebuild). The next batch is generated while the database works on this one.
 */
export async function loadCollection(handle: DatabaseHandle, items: number, batchSize: number, progress: (line: string) => void): Promise<LoadFigures> {
  const db = handle.db;
  const placeIds = await insertPlaces(db);
  const next = corpusItems(CORPUS_SEED, placeIds.length);
  const started = performance.now();
  let lastReport = started;
  let pending: Promise<unknown> | undefined;
  for (let from = 0; from < items; from += batchSize) {
    const batch: CorpusItem[] = [];
    for (let i = from; i < Math.min(items, from + batchSize); i++) batch.push(next(i));
    await pending;
    pending = db.execute(batchSql(batch, placeIds));
    const now = performance.now();
    if (now - lastReport > 15_000) {
      lastReport = now;
      progress(`${from.toLocaleString("en")} items in ${((now - started) / 1000).toFixed(0)} s (${(from / ((now - started) / 1000)).toFixed(0)} rows/s)`);
    }
  }
  await pending;
  const loadMs = performance.now() - started;
  const analyzeStarted = performance.now();
  await db.execute(sql`analyze`);
  const analyzeMs = performance.now() - analyzeStarted;
  return { items, batchSize, loadMs, rowsPerSec: items / (loadMs / 1000), analyzeMs, ...(await sizes(db)) };
}

async function sizes(db: Database): Promise<Pick<LoadFigures, "sizes" | "words">> {
  const [total] = await rowsOf<Record<string, string>>(db, sql`select
    pg_relation_size('search_documents')::text as documents_table, pg_total_relation_size('search_documents')::text as documents_total,
    pg_total_relation_size('collection_objects')::text as objects_total, pg_total_relation_size('search_words')::text as words_total,
    (select count(*) from search_words)::text as words`);
  const indexes = await rowsOf<{ name: string; bytes: string }>(db, sql`select c.relname as name, pg_relation_size(c.oid)::text as bytes
    from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = 'search_documents'::regclass order by c.relname`);
  return {
    sizes: {
      documentsTable: Number(total!.documents_table), documentsTotal: Number(total!.documents_total),
      documentsIndexes: Object.fromEntries(indexes.map((i) => [i.name, Number(i.bytes)])),
      objectsTotal: Number(total!.objects_total), wordsTotal: Number(total!.words_total),
    },
    words: Number(total!.words),
  };
}

/** Documents whose full text matches `term` as English or French words (what a ranked query starts from). */
export async function documentFrequency(db: Database, term: string): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from search_documents
    where tsv @@ (plainto_tsquery('remembrance_en', ${term}) || plainto_tsquery('remembrance_fr', ${term}))`);
  return Number(row?.n ?? 0);
}

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
