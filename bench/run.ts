/**
 * `npm run bench [-- --duration 2 --connections 50]`: startup time, peak RSS and throughput of the real
 * server, on PGlite then PostgreSQL. Prints figures, never judges them; exits non-zero only when
 * something could not run. See bench/README.md.
 */
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { measure, probe, stopLoad, type LoadOptions } from "./load.ts";
import { formatTable, ratio, writeReport, type BenchReport, type Engine, type EngineResult } from "./report.ts";
import { createScratchDb, DEFAULT_ADMIN_URL, dropScratchDb, makeTempDir, postgresUnreachable, removeTempDir } from "./scratch.ts";
import { assertRunning, freePort, killAllServers, peakRssMiB, startServer, stopServer, type Stopped } from "./server-process.ts";

const PLACE_PATH = "/api/places/musee-liberation-paris";
const PAGE_PATH = "/en/places/musee-liberation-paris";
const START_TIMEOUT_MS = 120_000;
/** SIGKILL after this; above the server's own worst case (10 s connection drain + 5 s database close). */
const STOP_TIMEOUT_MS = 20_000;
const USAGE = `Usage: npm run bench -- [--duration S] [--connections N] [--warmup S] [--engine all|pglite|postgres]
                        [--pg-url postgres://user@127.0.0.1:5432/postgres] [--log-level warn|error|info|silent]`;

interface Settings extends LoadOptions {
  engines: Engine[];
  adminUrl: string;
  logLevel: string;
}

function positive(name: string, raw: string, allowZero = false): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) throw new Error(`--${name} must be a ${allowZero ? "non-negative" : "positive"} number, got "${raw}"`);
  return value;
}

export function parseSettings(argv: string[]): Settings | undefined {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "50" },
      warmup: { type: "string", default: "2" },
      engine: { type: "string", default: "all" },
      "pg-url": { type: "string", default: process.env.BENCH_ADMIN_URL ?? DEFAULT_ADMIN_URL },
      "log-level": { type: "string", default: "warn" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return undefined;
  const engines: Record<string, Engine[]> = { all: ["pglite", "postgres"], pglite: ["pglite"], postgres: ["postgres"] };
  const chosen = engines[values.engine];
  if (!chosen) throw new Error(`--engine must be all, pglite or postgres, got "${values.engine}"`);
  return {
    durationS: positive("duration", values.duration),
    connections: Math.round(positive("connections", values.connections)),
    warmupS: positive("warmup", values.warmup, true),
    engines: chosen,
    adminUrl: values["pg-url"],
    logLevel: values["log-level"],
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

async function benchEngine(engine: Engine, settings: Settings): Promise<EngineResult> {
  const dataDir = makeTempDir(engine);
  cleanups.push(() => removeTempDir(dataDir));
  const env: Record<string, string> = { DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: settings.logLevel };
  if (engine === "postgres") {
    const name = `rm_bench_${process.pid}`;
    env.DATABASE_URL = await createScratchDb(settings.adminUrl, name);
    cleanups.push(() => dropScratchDb(settings.adminUrl, name));
  }
  const port = await freePort();
  const stops: Stopped[] = [];

  const fresh = await startServer({ port, env, timeoutMs: START_TIMEOUT_MS });
  cleanups.push(async () => void (await stopServer(fresh.server, 5_000)));
  say(`first response on fresh storage: ${fresh.firstResponseMs.toFixed(0)} ms`);
  const peakRssAfterSeedMiB = peakRssMiB(fresh.server.pid);
  stops.push(await stopServer(fresh.server, STOP_TIMEOUT_MS));
  const errors = fresh.server.errorLines.map((line) => `[first start and stop] ${line}`);

  const again = await startServer({ port, env, timeoutMs: START_TIMEOUT_MS });
  cleanups.push(async () => void (await stopServer(again.server, 5_000)));
  say(`first response on existing storage: ${again.firstResponseMs.toFixed(0)} ms`);
  const check = await probe(`${again.server.url}${PLACE_PATH}`);
  if (check.status !== 200) throw new Error(`GET ${PLACE_PATH} answered ${check.status} before any load: ${check.body}`);

  const baseline = await measure(`${again.server.url}/health/live`, settings);
  assertRunning(again.server, "the /health/live load");
  say(`/health/live: ${baseline.requestsPerSec.toFixed(0)} req/s, p99 ${baseline.p99Ms} ms`);
  const place = await measure(`${again.server.url}${PLACE_PATH}`, settings);
  assertRunning(again.server, `the ${PLACE_PATH} load`);
  say(`${PLACE_PATH}: ${place.requestsPerSec.toFixed(0)} req/s, p99 ${place.p99Ms} ms`);
  // The place page: cached (the page cache warmed, as visitors meet it) and uncached (a new query each time).
  const warm = [await probe(`${again.server.url}${PAGE_PATH}`), await probe(`${again.server.url}${PAGE_PATH}`)];
  if (warm[1]!.status !== 200 || warm[1]!.pageCache !== "hit") throw new Error(`GET ${PAGE_PATH} is not served from the page cache: ${warm[1]!.status} ${warm[1]!.pageCache}`);
  const busted = await probe(`${again.server.url}${PAGE_PATH}?nocache=probe`);
  if (busted.pageCache !== "miss") throw new Error(`GET ${PAGE_PATH}?nocache= did not bypass the page cache (${busted.pageCache})`);
  const pageCached = await measure(`${again.server.url}${PAGE_PATH}`, settings);
  assertRunning(again.server, `the ${PAGE_PATH} load`);
  say(`${PAGE_PATH} cached: ${pageCached.requestsPerSec.toFixed(0)} req/s, p99 ${pageCached.p99Ms} ms`);
  const pageUncached = await measure(`${again.server.url}${PAGE_PATH}`, settings, true);
  assertRunning(again.server, `the uncached ${PAGE_PATH} load`);
  say(`${PAGE_PATH} uncached: ${pageUncached.requestsPerSec.toFixed(0)} req/s, p99 ${pageUncached.p99Ms} ms`);
  const peakRss = peakRssMiB(again.server.pid);
  const loadErrors = again.server.errorLines.length;
  stops.push(await stopServer(again.server, STOP_TIMEOUT_MS));
  const label = (phase: string) => (line: string) => `[${phase}] ${line}`;
  errors.push(...again.server.errorLines.slice(0, loadErrors).map(label("load")), ...again.server.errorLines.slice(loadErrors).map(label("stop after load")));

  return {
    engine,
    startFreshMs: fresh.firstResponseMs,
    startExistingMs: again.firstResponseMs,
    peakRssAfterSeedMiB,
    peakRssMiB: peakRss,
    baseline,
    place,
    ratios: { requestsPerSec: ratio(place.requestsPerSec, baseline.requestsPerSec), p99: ratio(place.p99Ms, baseline.p99Ms) },
    pageCached,
    pageUncached,
    pageRatios: {
      cached: ratio(pageCached.requestsPerSec, baseline.requestsPerSec),
      uncached: ratio(pageUncached.requestsPerSec, baseline.requestsPerSec),
    },
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
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "unknown", totalMemMiB: Math.round(totalmem() / 2 ** 20) },
    settings: { connections: settings.connections, durationS: settings.durationS, warmupS: settings.warmupS, placePath: PLACE_PATH, logLevel: settings.logLevel },
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
  console.log(`\n${formatTable(report)}`);
  console.log(`\nresults written to ${writeReport(report)}`);
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
