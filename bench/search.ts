/**
 * Scenario `search` (`npm run bench -- search --items 100000`): per engine, a fresh migrated database (a
 * temp PGlite folder, or a scratch PostgreSQL database), the synthetic collection loaded and indexed, then
 * ranked top-20 searches by class of term through `searchSite` in process, and a short HTTP run of
 * `/api/search?q=<common word>` against the `/health/live` baseline on the real server. See bench/README.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { openPglite, openPostgres, type DatabaseHandle } from "../src/db/database.ts";
import { runMigrations } from "../src/db/migrate.ts";
import { measure, probe, type LoadOptions, type LoadResult } from "./load.ts";
import type { Engine } from "./report.ts";
import { createScratchDb, dropScratchDb, makeTempDir, postgresUnreachable, removeTempDir } from "./scratch.ts";
import { loadCollection, mib, type LoadFigures } from "./search-load.ts";
import { measureClasses, pickTerms, type ClassFigures } from "./search-queries.ts";
import { assertRunning, freePort, peakRssMiB, REPO_ROOT, startServer, stopServer } from "./server-process.ts";

export interface SearchSettings extends LoadOptions {
  engines: Engine[];
  items: number;
  batchSize: number;
  /** Measured searches per class, after `warmupQueries` unmeasured ones. */
  queries: number;
  warmupQueries: number;
  adminUrl: string;
  logLevel: string;
}

interface HttpFigures { baseline: LoadResult; search: LoadResult; path: string; ratio: number | null; peakRssMiB?: number; firstResponseMs: number }

export interface SearchEngineResult {
  engine: Engine;
  skipped?: string;
  /** Why it stopped early (e.g. PGlite out of memory at 1M items), when it did. */
  failed?: string;
  load?: LoadFigures;
  classes?: ClassFigures[];
  http?: HttpFigures;
  elapsedS: number;
}

type Cleanups = (() => Promise<void> | void)[];
const HTTP_CONNECTIONS = 8;
const say = (line: string) => console.log(`  ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function printLoad(f: LoadFigures): void {
  say(`loaded ${f.items.toLocaleString("en")} items in batches of ${f.batchSize}: ${seconds(f.loadMs)} (${f.rowsPerSec.toFixed(0)} rows/s, indexing included), analyze ${seconds(f.analyzeMs)}`);
  const indexes = Object.entries(f.sizes.documentsIndexes).map(([name, bytes]) => `${name.replace("search_documents_", "")} ${mib(bytes)}`).join(", ");
  say(`search_documents: ${mib(f.sizes.documentsTotal)} in all (table ${mib(f.sizes.documentsTable)}; indexes: ${indexes}); ` +
    `collection_objects ${mib(f.sizes.objectsTotal)}; search_words ${f.words.toLocaleString("en")} words, ${mib(f.sizes.wordsTotal)}`);
}

/** Plan nodes only, without estimates; in full (buffers, sort methods) when the class missed the 50 ms p95 goal. Both are in the JSON. */
function printPlan(c: ClassFigures): void {
  if (!c.plan) return;
  const full = c.p95Ms > 50;
  const lines = c.plan.split("\n").filter((l, i) => full || i === 0 || l.includes("->") || /Time:|Rows Removed|Heap Blocks/.test(l))
    .map((l) => (full ? l : l.replace(/ ?\(cost=[^)]*\)/, "")));
  console.log(`\n  explain analyze of the ranked query, ${c.name} ("${c.terms[0]!.q}")${full ? ", in full: p95 over 50 ms" : ""}:\n    ${lines.join("\n    ")}\n`);
}

/** `/health/live` then `/api/search?q=<word>` with autocannon on the real server over the loaded storage. */
async function measureHttp(env: Record<string, string>, word: string, all: SearchSettings, cleanups: Cleanups): Promise<HttpFigures> {
  // A search costs hundreds of times a bare answer: 50 connections leave the warm-up's requests queued into the
  // measured run (no answer at all in 5 s at 1M items), so the search route is loaded with a few connections.
  const settings = { ...all, connections: Math.min(all.connections, HTTP_CONNECTIONS) };
  const port = await freePort();
  const started = await startServer({ port, env, timeoutMs: 300_000 });
  cleanups.push(async () => void (await stopServer(started.server, 5_000)));
  const server = started.server;
  const path = `/api/search?q=${encodeURIComponent(word)}&lang=en`;
  const check = await probe(`${server.url}${path}`);
  if (check.status !== 200) throw new Error(`GET ${path} answered ${check.status}: ${check.body}`);
  const baseline = await measure(`${server.url}/health/live`, settings);
  assertRunning(server, "the /health/live load");
  const search = await measure(`${server.url}${path}`, settings);
  assertRunning(server, `the ${path} load`);
  const peak = peakRssMiB(server.pid);
  await stopServer(server, 20_000);
  const ratio = baseline.requestsPerSec > 0 ? search.requestsPerSec / baseline.requestsPerSec : null;
  say(`HTTP (server ready in ${seconds(started.firstResponseMs)}), ${settings.connections} connections, ${settings.durationS} s each: ` +
    `/health/live ${baseline.requestsPerSec.toFixed(0)} req/s, p50 ${baseline.p50Ms} ms, p99 ${baseline.p99Ms} ms; ` +
    `${path} ${search.requestsPerSec.toFixed(1)} req/s, p50 ${search.p50Ms} ms, p99 ${search.p99Ms} ms, non-2xx ${search.non2xx}, errors ${search.errors}; ` +
    `ratio ${ratio?.toFixed(4) ?? "n/a"}x; peak RSS ${peak?.toFixed(0) ?? "n/a"} MiB`);
  return { baseline, search, path, ratio, peakRssMiB: peak, firstResponseMs: started.firstResponseMs };
}

async function benchSearchEngine(engine: Engine, settings: SearchSettings, cleanups: Cleanups): Promise<SearchEngineResult> {
  const begun = performance.now();
  const elapsedS = () => (performance.now() - begun) / 1000;
  const dataDir = makeTempDir(`search-${engine}`);
  cleanups.push(() => removeTempDir(dataDir));
  const env: Record<string, string> = { DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: settings.logLevel };
  if (engine === "postgres") {
    const name = `rm_bench_search_${process.pid}`;
    env.DATABASE_URL = await createScratchDb(settings.adminUrl, name);
    cleanups.push(() => dropScratchDb(settings.adminUrl, name));
  }
  const result: SearchEngineResult = { engine, elapsedS: 0 };
  let handle: DatabaseHandle | undefined = engine === "postgres" ? openPostgres(env.DATABASE_URL!, 4) : await openPglite(dataDir);
  const close = async () => {
    const open = handle;
    handle = undefined;
    await open?.close();
  };
  cleanups.push(close);
  let common: string | undefined;
  try {
    await runMigrations(handle);
    try {
      result.load = await loadCollection(handle, settings.items, settings.batchSize, say);
    } catch (error) {
      result.failed = `loading ${settings.items} items failed after ${elapsedS().toFixed(0)} s: ${error instanceof Error ? error.message : String(error)}`;
      say(`FAILED: ${result.failed}`);
      result.elapsedS = elapsedS();
      return result;
    }
    printLoad(result.load);
    const classes = await pickTerms(handle.db, settings.items, say);
    common = classes.get("common")?.[0]?.[0];
    result.classes = await measureClasses(handle.db, classes, settings.items, settings.queries, settings.warmupQueries, say);
    for (const c of result.classes) printPlan(c);
  } finally {
    await close();
  }
  if (common) result.http = await measureHttp(env, common, settings, cleanups);
  result.elapsedS = elapsedS();
  say(`${engine} done in ${result.elapsedS.toFixed(0)} s`);
  return result;
}

/** Runs the search scenario on each engine, prints the figures and writes bench/results/search-<timestamp>.json. */
export async function runSearchBench(settings: SearchSettings, cleanUp: () => Promise<void>, cleanups: Cleanups): Promise<number> {
  const startedAt = new Date().toISOString();
  const engines: SearchEngineResult[] = [];
  for (const engine of settings.engines) {
    console.log(`${engine === "pglite" ? "PGlite" : "PostgreSQL"}, search over ${settings.items.toLocaleString("en")} items:`);
    const why = engine === "postgres" ? await postgresUnreachable(settings.adminUrl) : undefined;
    if (why) {
      say(`skipped: PostgreSQL is unreachable at ${settings.adminUrl} (${why})`);
      engines.push({ engine, skipped: `unreachable: ${why}`, elapsedS: 0 });
      continue;
    }
    try {
      engines.push(await benchSearchEngine(engine, settings, cleanups));
    } finally {
      await cleanUp();
    }
  }
  const folder = join(REPO_ROOT, "bench", "results");
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `search-${startedAt.replaceAll(":", "-")}.json`);
  const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "unknown", totalMemMiB: Math.round(totalmem() / 2 ** 20) };
  writeFileSync(file, `${JSON.stringify({ startedAt, machine, settings: { ...settings }, engines }, null, 2)}\n`);
  console.log(`\nresults written to ${file}`);
  return engines.every((e) => e.skipped || (e.failed && !e.classes)) ? 1 : 0;
}
