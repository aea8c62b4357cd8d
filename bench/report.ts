/** The bench's results: their shape, the printed table, the JSON file in bench/results/. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SOLD_OUT_CAPACITY, SOLD_OUT_DEMAND, type BookingsResult } from "./bookings.ts";
import type { LoadResult } from "./load.ts";
import { REPO_ROOT } from "./server-process.ts";

export type Engine = "pglite" | "postgres";

export interface StopResult { stopMs: number; code: number | null; signal: string | null; killed: boolean }

export interface EngineResult {
  engine: Engine;
  /** Why this engine was not measured, when it was not. */
  skipped?: string;
  startFreshMs?: number;
  startExistingMs?: number;
  /** VmHWM of the first server (fresh storage, so including the dataset load), just before stopping it. */
  peakRssAfterSeedMiB?: number;
  /** VmHWM of the second server at the end of the load phase. */
  peakRssMiB?: number;
  baseline?: LoadResult;
  place?: LoadResult;
  /** place / baseline: below 1 for req/s and above 1 for p99 mean the route costs more than a bare answer. */
  ratios?: { requestsPerSec: number | null; p99: number | null };
  /** The place page, served from the page cache and rendered each time. */
  pageCached?: LoadResult;
  pageUncached?: LoadResult;
  /** Page req/s over baseline req/s: the goal for the cached page is at least 0.5. */
  pageRatios?: { cached: number | null; uncached: number | null };
  /** The booking path: bookings/s under contention on one slot, the sold-out burst, the oversold count (must be 0); ratio = bookings/s over baseline req/s. */
  bookings?: BookingsResult & { ratio: number | null };
  /** Graceful stops (SIGTERM to exit) of both servers. */
  stops?: StopResult[];
  /** Error lines the servers printed (error-level logs, stderr): how many, how many while under load, the first few. */
  serverErrors?: { total: number; duringLoad: number; first: string[] };
}

export interface BenchReport {
  startedAt: string;
  machine: { node: string; platform: string; cpus: number; cpuModel: string; totalMemMiB: number };
  settings: { connections: number; durationS: number; warmupS: number; placePath: string; logLevel: string; scenarios: string[] };
  engines: EngineResult[];
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

const LABELS: Record<Engine, string> = { pglite: "PGlite", postgres: "PostgreSQL" };
const n = (value: number | undefined | null, digits = 0) => (value === undefined || value === null ? "n/a" : value.toFixed(digits));
const stopCell = (s: StopResult) => (s.killed ? "KILLED" : s.code === 0 ? n(s.stopMs) : `exit ${s.code ?? s.signal}`);
const x = (value: number | undefined | null) => (value === undefined || value === null ? "n/a" : `${value.toFixed(3)}x`);

function loadRows(label: string, pick: (e: EngineResult) => LoadResult | undefined): [string, (e: EngineResult) => string][] {
  return [
    [`${label} req/s`, (e) => n(pick(e)?.requestsPerSec)],
    ["  p50 / p99 latency (ms)", (e) => `${n(pick(e)?.p50Ms)} / ${n(pick(e)?.p99Ms)}`],
    ["  responses / non-2xx / errors", (e) => `${n(pick(e)?.responses)} / ${n(pick(e)?.non2xx)} / ${n(pick(e)?.errors)}`],
  ];
}

/** "[phase] {json log line}" to "[phase] msg path: error message <- cause", for the printed report. */
export function summarizeErrorLine(line: string): string {
  const [, phase = "", rest = line] = /^(\[[^\]]*\] )?([\s\S]*)$/.exec(line) ?? [];
  try {
    const entry = JSON.parse(rest) as { msg?: string; path?: string; error?: { message?: string; cause?: { message?: string } } };
    const message = entry.error?.message?.split("\n")[0]?.slice(0, 160);
    const cause = entry.error?.cause?.message ? ` <- ${entry.error.cause.message}` : "";
    return `${phase}${entry.msg ?? ""}${entry.path ? ` ${entry.path}` : ""}${message ? `: ${message}${cause}` : ""}`;
  } catch {
    return `${phase}${rest.slice(0, 300)}`;
  }
}

/** One aligned table: a row per figure, a column per engine. */
export function formatTable(report: BenchReport): string {
  const rows: [string, (e: EngineResult) => string][] = [
    ["time to first response, fresh (ms)", (e) => n(e.startFreshMs)],
    ["time to first response, existing (ms)", (e) => n(e.startExistingMs)],
    ["peak RSS after seeding (MiB)", (e) => n(e.peakRssAfterSeedMiB, 1)],
    ["peak RSS at end of load (MiB)", (e) => n(e.peakRssMiB, 1)],
    ...loadRows("/health/live", (e) => e.baseline),
    ...loadRows(report.settings.placePath, (e) => e.place),
    ["ratio place/baseline, req/s", (e) => x(e.ratios?.requestsPerSec)],
    ["ratio place/baseline, p99", (e) => x(e.ratios?.p99)],
    ...loadRows("/en/places/… page, cached", (e) => e.pageCached),
    ...loadRows("/en/places/… page, uncached", (e) => e.pageUncached),
    ["ratio page/baseline req/s, cached / uncached", (e) => `${x(e.pageRatios?.cached)} / ${x(e.pageRatios?.uncached)}`],
    ["POST /api/bookings, one slot: bookings/s", (e) => n(e.bookings?.contention.bookingsPerSec)],
    ["  p50 / p99 latency (ms)", (e) => `${n(e.bookings?.contention.p50Ms)} / ${n(e.bookings?.contention.p99Ms)}`],
    ["  responses / non-2xx / errors", (e) => `${n(e.bookings?.contention.responses)} / ${n(e.bookings?.contention.non2xx)} / ${n(e.bookings?.contention.errors)}`],
    ["ratio bookings/s / baseline req/s", (e) => x(e.bookings?.ratio)],
    ["sold-out burst: sold / refused / errors", (e) => (e.bookings ? `${e.bookings.soldOut.sold} / ${e.bookings.soldOut.refused} / ${e.bookings.soldOut.errors}` : "n/a")],
    ["  p50 / p99 latency (ms)", (e) => `${n(e.bookings?.soldOut.p50Ms)} / ${n(e.bookings?.soldOut.p99Ms)}`],
    ["oversold places (must be 0)", (e) => n(e.bookings?.oversold)],
    ["server error lines, during load / other", (e) => `${n(e.serverErrors?.duringLoad)} / ${n(e.serverErrors && e.serverErrors.total - e.serverErrors.duringLoad)}`],
    ["SIGTERM to exit, fresh / after load (ms)", (e) => (e.stops ?? []).map(stopCell).join(" / ") || "n/a"],
  ];
  const engines = report.engines.filter((e) => !e.skipped);
  const header = ["", ...engines.map((e) => LABELS[e.engine])];
  const body = rows.map(([label, cell]) => [label, ...engines.map(cell)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("   ");
  const s = report.settings;
  const out = [
    `Remembrance bench: ${s.connections} connections, ${s.durationS} s measured after ${s.warmupS} s warm-up per route;` +
      ` ${report.machine.cpus} CPU(s) shared by autocannon and the server, node ${report.machine.node}`,
    ...(s.scenarios.includes("bookings")
      ? [`Bookings: ${s.connections} connections booking one place each at one slot; then ${SOLD_OUT_DEMAND} requests at once for a slot of ${SOLD_OUT_CAPACITY} places`]
      : []),
    line(header),
    ...body.map(line),
  ];
  for (const e of report.engines) if (e.skipped) out.push(`${LABELS[e.engine]}: skipped (${e.skipped})`);
  for (const e of report.engines) {
    for (const error of e.serverErrors?.first ?? []) out.push(`${LABELS[e.engine]} server error ${summarizeErrorLine(error)}`);
    for (const stop of e.stops ?? []) {
      if (stop.killed) out.push(`${LABELS[e.engine]}: a server was still running ${(stop.stopMs / 1000).toFixed(0)} s after SIGTERM and was killed`);
      else if (stop.code !== 0) out.push(`${LABELS[e.engine]}: a server exited with code ${stop.code} (signal ${stop.signal}) on SIGTERM`);
    }
  }
  return out.join("\n");
}

/** Writes bench/results/<ISO timestamp>.json (colons become dashes, for portable file names). */
export function writeReport(report: BenchReport): string {
  const folder = join(REPO_ROOT, "bench", "results");
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${report.startedAt.replaceAll(":", "-")}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
