/**
 * `npm run bench [-- pages|bookings] [--duration 2 --connections 50]`: startup time, peak RSS and
 * throughput of the real server (pages, and the booking path under contention), on PGlite then
 * PostgreSQL. Prints figures, never judges them; exits non-zero only when something could not run,
 * or when a slot was oversold (a broken promise, not a slow figure). See bench/README.md.
 */
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { benchSlots, measureContention, oversoldOf, probeBooking, soldOutBurst, storeBenchOffers, tallySlots, type BenchSlots, type Storage } from "./bookings.ts";
import { measure, probe, stopLoad, type LoadOptions } from "./load.ts";
import { formatTable, ratio, writeReport, type BenchReport, type Engine, type EngineResult } from "./report.ts";
import { createScratchDb, DEFAULT_ADMIN_URL, dropScratchDb, makeTempDir, postgresUnreachable, removeTempDir } from "./scratch.ts";
import { runSearchBench } from "./search.ts";
import { assertRunning, freePort, killAllServers, peakRssMiB, startServer, stopServer, type ServerProcess, type Stopped } from "./server-process.ts";

const PLACE_PATH = "/api/places/musee-liberation-paris";
const PAGE_PATH = "/en/places/musee-liberation-paris";
const START_TIMEOUT_MS = 120_000;
/** SIGKILL after this; above the server's own worst case (10 s connection drain + 5 s database close). */
const STOP_TIMEOUT_MS = 20_000;
const SCENARIOS = ["pages", "bookings", "search"] as const;
type Scenario = (typeof SCENARIOS)[number];
/** What runs when no scenario is named: the search scenario loads a collection first, so it runs only when asked. */
const DEFAULT_SCENARIOS: Scenario[] = ["pages", "bookings"];
const USAGE = `Usage: npm run bench -- [pages] [bookings] [search] [--duration S] [--connections N] [--warmup S] [--engine all|pglite|postgres]
                        [--pg-url postgres://user@127.0.0.1:5432/postgres] [--log-level warn|error|info|silent]
                        [--items N] [--batch N] [--queries N] (search: collection size, items per transaction, searches per class)`;

interface Settings extends LoadOptions {
  engines: Engine[];
  /** What to load besides the baseline: the place route and page, the booking path (both when none is named). */
  scenarios: Set<Scenario>;
  adminUrl: string;
  logLevel: string;
  /** Scenario `search`: items generated, items per transaction, measured searches per class. */
  items: number;
  batchSize: number;
  queries: number;
}

function positive(name: string, raw: string, allowZero = false): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) throw new Error(`--${name} must be a ${allowZero ? "non-negative" : "positive"} number, got "${raw}"`);
  return value;
}

export function parseSettings(argv: string[]): Settings | undefined {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "50" },
      warmup: { type: "string", default: "2" },
      engine: { type: "string", default: "all" },
      "pg-url": { type: "string", default: process.env.BENCH_ADMIN_URL ?? DEFAULT_ADMIN_URL },
      "log-level": { type: "string", default: "warn" },
      items: { type: "string", default: "100000" },
      batch: { type: "string", default: "5000" },
      queries: { type: "string", default: "200" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return undefined;
  const engines: Record<string, Engine[]> = { all: ["pglite", "postgres"], pglite: ["pglite"], postgres: ["postgres"] };
  const chosen = engines[values.engine];
  if (!chosen) throw new Error(`--engine must be all, pglite or postgres, got "${values.engine}"`);
  const unknown = positionals.filter((p) => !(SCENARIOS as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`unknown scenario "${unknown[0]}": choose among ${SCENARIOS.join(", ")}`);
  return {
    durationS: positive("duration", values.duration),
    connections: Math.round(positive("connections", values.connections)),
    warmupS: positive("warmup", values.warmup, true),
    engines: chosen,
    scenarios: new Set<Scenario>(positionals.length > 0 ? (positionals as Scenario[]) : DEFAULT_SCENARIOS),
    adminUrl: values["pg-url"],
    logLevel: values["log-level"],
    items: Math.round(positive("items", values.items)),
    batchSize: Math.round(positive("batch", values.batch)),
    queries: Math.round(positive("queries", values.queries)),
  };
}

/** Things to undo, last first: child servers, temp folders, scratch databases. */
const cleanups: (() => Promise<void> | void)[] = [];
let cleaning: Promise<void> | undefined;
/** Runs the pending clean-up steps; concurrent callers (Ctrl-C during an error) share one run. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (let task = cleanups.pop(); task; task = cleanups.pop()) {
      try {
        await task();
      } catch (error) {
        console.error(`bench: clean-up step failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })().finally(() => (cleaning = undefined));
  return cleaning;
}
let interrupting = false;

const say = (line: string) => console.log(`  ${line}`);

/** The place route and the place page (cached, then rendered each time) on a running server. */
async function loadPages(server: ServerProcess, settings: Settings) {
  const check = await probe(`${server.url}${PLACE_PATH}`);
  if (check.status !== 200) throw new Error(`GET ${PLACE_PATH} answered ${check.status} before any load: ${check.body}`);
  const place = await measure(`${server.url}${PLACE_PATH}`, settings);
  assertRunning(server, `the ${PLACE_PATH} load`);
  say(`${PLACE_PATH}: ${place.requestsPerSec.toFixed(0)} req/s, p99 ${place.p99Ms} ms`);
  // The place page: cached (the page cache warmed, as visitors meet it) and uncached (a new query each time).
  const warm = [await probe(`${server.url}${PAGE_PATH}`), await probe(`${server.url}${PAGE_PATH}`)];
  if (warm[1]!.status !== 200 || warm[1]!.pageCache !== "hit") throw new Error(`GET ${PAGE_PATH} is not served from the page cache: ${warm[1]!.status} ${warm[1]!.pageCache}`);
  const busted = await probe(`${server.url}${PAGE_PATH}?nocache=probe`);
  if (busted.pageCache !== "miss") throw new Error(`GET ${PAGE_PATH}?nocache= did not bypass the page cache (${busted.pageCache})`);
  const pageCached = await measure(`${server.url}${PAGE_PATH}`, settings);
  assertRunning(server, `the ${PAGE_PATH} load`);
  say(`${PAGE_PATH} cached: ${pageCached.requestsPerSec.toFixed(0)} req/s, p99 ${pageCached.p99Ms} ms`);
  const pageUncached = await measure(`${server.url}${PAGE_PATH}`, settings, true);
  assertRunning(server, `the uncached ${PAGE_PATH} load`);
  say(`${PAGE_PATH} uncached: ${pageUncached.requestsPerSec.toFixed(0)} req/s, p99 ${pageUncached.p99Ms} ms`);
  return { place, pageCached, pageUncached };
}

/** The booking path: bookings of one slot under contention, then a burst at a slot of 20 places. */
async function loadBookings(server: ServerProcess, slots: BenchSlots, settings: Settings) {
  await probeBooking(server.url, slots.contention);
  const contention = await measureContention(server.url, slots.contention, settings);
  assertRunning(server, "the POST /api/bookings load");
  say(`POST /api/bookings, one slot, ${settings.connections} connections: ${contention.bookingsPerSec.toFixed(0)} bookings/s, ` +
    `p50 ${contention.p50Ms} ms, p99 ${contention.p99Ms} ms, non-2xx ${contention.non2xx}, errors ${contention.errors}`);
  const soldOut = await soldOutBurst(server.url, slots.soldOut);
  assertRunning(server, "the sold-out burst");
  say(`sold-out burst, ${soldOut.demand} at once for ${soldOut.capacity} places: ${soldOut.sold} sold, ${soldOut.refused} refused, ` +
    `${soldOut.errors} errors, p50 ${soldOut.p50Ms.toFixed(0)} ms, p99 ${soldOut.p99Ms.toFixed(0)} ms`);
  return { contention, soldOut };
}

const COUNTING_ONLY_LIMITS: Record<string, string> = {
  LIMIT_BOOKINGS_PER_ADDRESS: "9999999/1h", LIMIT_BOOKINGS_PER_EMAIL: "9999999/1h", LIMIT_BOOKINGS_PER_VISIT_DAY: "9999999/1h",
  PROOF_AFTER_BOOKINGS_PER_ADDRESS: "off", PROOF_AFTER_BOOKINGS_PER_EMAIL: "off", PROOF_AFTER_BOOKINGS_PER_VISIT_DAY: "off",
};

async function benchEngine(engine: Engine, settings: Settings): Promise<EngineResult> {
  const dataDir = makeTempDir(engine);
  cleanups.push(() => removeTempDir(dataDir));
  // The load comes from one address: the limits count every booking (their cost is measured) but never stop one.
  const env: Record<string, string> = { DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: settings.logLevel, ...COUNTING_ONLY_LIMITS };
  if (engine === "postgres") {
    const name = `rm_bench_${process.pid}`;
    env.DATABASE_URL = await createScratchDb(settings.adminUrl, name);
    cleanups.push(() => dropScratchDb(settings.adminUrl, name));
  }
  const storage: Storage = { dataDir, databaseUrl: env.DATABASE_URL || undefined };
  const port = await freePort();
  const stops: Stopped[] = [];

  const fresh = await startServer({ port, env, timeoutMs: START_TIMEOUT_MS });
  cleanups.push(async () => void (await stopServer(fresh.server, 5_000)));
  say(`first response on fresh storage: ${fresh.firstResponseMs.toFixed(0)} ms`);
  const peakRssAfterSeedMiB = peakRssMiB(fresh.server.pid);
  stops.push(await stopServer(fresh.server, STOP_TIMEOUT_MS));
  const errors = fresh.server.errorLines.map((line) => `[first start and stop] ${line}`);
  // Stored between the two runs: the embedded database has one opener at a time.
  const offers = settings.scenarios.has("bookings") ? await storeBenchOffers(storage) : undefined;

  const again = await startServer({ port, env, timeoutMs: START_TIMEOUT_MS });
  cleanups.push(async () => void (await stopServer(again.server, 5_000)));
  say(`first response on existing storage: ${again.firstResponseMs.toFixed(0)} ms`);

  const baseline = await measure(`${again.server.url}/health/live`, settings);
  assertRunning(again.server, "the /health/live load");
  say(`/health/live: ${baseline.requestsPerSec.toFixed(0)} req/s, p99 ${baseline.p99Ms} ms`);
  const pages = settings.scenarios.has("pages") ? await loadPages(again.server, settings) : undefined;
  const slots = offers && await benchSlots(again.server.url, offers);
  const booking = slots && await loadBookings(again.server, slots, settings);
  const peakRss = peakRssMiB(again.server.pid);
  const loadErrors = again.server.errorLines.length;
  stops.push(await stopServer(again.server, STOP_TIMEOUT_MS));
  const label = (phase: string) => (line: string) => `[${phase}] ${line}`;
  errors.push(...again.server.errorLines.slice(0, loadErrors).map(label("load")), ...again.server.errorLines.slice(loadErrors).map(label("stop after load")));

  let bookings: EngineResult["bookings"];
  if (slots && booking) {
    const tally = await tallySlots(storage, slots);
    const oversold = oversoldOf(tally.soldOut);
    const answered = 1 + booking.contention.warmup2xx + booking.contention.ok2xx;
    say(`database after stop: sold-out slot holds ${tally.soldOut.held} of ${tally.soldOut.capacity} places, oversold ${oversold}; ` +
      `contention slot holds ${tally.contention.held} places for ${answered} bookings answered 201`);
    bookings = { ...booking, tally, oversold, ratio: ratio(booking.contention.bookingsPerSec, baseline.requestsPerSec) };
  }

  return {
    engine,
    startFreshMs: fresh.firstResponseMs,
    startExistingMs: again.firstResponseMs,
    peakRssAfterSeedMiB,
    peakRssMiB: peakRss,
    baseline,
    ...(pages && {
      place: pages.place,
      ratios: { requestsPerSec: ratio(pages.place.requestsPerSec, baseline.requestsPerSec), p99: ratio(pages.place.p99Ms, baseline.p99Ms) },
      pageCached: pages.pageCached,
      pageUncached: pages.pageUncached,
      pageRatios: {
        cached: ratio(pages.pageCached.requestsPerSec, baseline.requestsPerSec),
        uncached: ratio(pages.pageUncached.requestsPerSec, baseline.requestsPerSec),
      },
    }),
    bookings,
    stops,
    serverErrors: { total: errors.length, duringLoad: loadErrors, first: errors.slice(0, 3) },
  };
}

async function main(): Promise<number> {
  let settings: Settings | undefined;
  try {
    settings = parseSettings(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!settings) {
    console.log(USAGE);
    return 0;
  }
  let searchExit = 0;
  if (settings.scenarios.has("search")) {
    searchExit = await runSearchBench({ ...settings, warmupQueries: 20 }, cleanUp, cleanups);
    settings.scenarios.delete("search");
    if (settings.scenarios.size === 0) return searchExit;
  }
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "unknown", totalMemMiB: Math.round(totalmem() / 2 ** 20) },
    settings: {
      connections: settings.connections, durationS: settings.durationS, warmupS: settings.warmupS, placePath: PLACE_PATH, logLevel: settings.logLevel,
      scenarios: [...settings.scenarios],
    },
    engines: [],
  };
  for (const engine of settings.engines) {
    console.log(`${engine === "pglite" ? "PGlite" : "PostgreSQL"}:`);
    if (engine === "postgres") {
      const why = await postgresUnreachable(settings.adminUrl);
      if (why) {
        say(`skipped: PostgreSQL is unreachable at ${settings.adminUrl} (${why})`);
        report.engines.push({ engine, skipped: `unreachable: ${why}` });
        continue;
      }
    }
    try {
      report.engines.push(await benchEngine(engine, settings));
    } finally {
      await cleanUp();
    }
  }
  if (report.engines.every((e) => e.skipped)) {
    console.error("bench: no engine could be measured");
    return 1;
  }
  if (searchExit !== 0) return searchExit;
  console.log(`\n${formatTable(report)}`);
  console.log(`\nresults written to ${writeReport(report)}`);
  const oversold = report.engines.filter((e) => (e.bookings?.oversold ?? 0) > 0);
  if (oversold.length > 0) {
    console.error(`bench: OVERSOLD: ${oversold.map((e) => `${e.engine} sold ${e.bookings!.oversold} place(s) beyond capacity`).join("; ")}`);
    return 1;
  }
  return 0;
}

async function interrupted(signal: NodeJS.Signals): Promise<void> {
  if (interrupting) return;
  interrupting = true;
  console.error(`\nbench: ${signal}, stopping servers and cleaning up`);
  stopLoad();
  killAllServers();
  await cleanUp();
  process.exit(130);
}
process.on("SIGINT", (signal) => void interrupted(signal));
process.on("SIGTERM", (signal) => void interrupted(signal));
process.once("exit", () => killAllServers());

try {
  process.exitCode = await main();
} catch (error) {
  if (!interrupting) console.error(`bench: could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  killAllServers();
  await cleanUp();
  process.exitCode = 1;
}
