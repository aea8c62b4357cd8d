/** Load with autocannon (programmatic API): a warm-up, then the measured run, on one URL. */
import autocannon from "autocannon";

export interface LoadOptions {
  connections: number;
  /** Measured run, in seconds. */
  durationS: number;
  /** Unmeasured run just before, in seconds (0 to skip). */
  warmupS: number;
}

export interface LoadResult {
  path: string;
  connections: number;
  durationS: number;
  /** Average requests per second over the measured run. */
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Responses received, how many were 2xx, and how many were not. */
  responses: number;
  ok2xx: number;
  non2xx: number;
  /** Connection errors (including timeouts) and timeouts alone. */
  errors: number;
  timeouts: number;
}

let active: autocannon.Instance | undefined;

/**
 * With `bustCache`, every request carries a new `?nocache=N`, so the server's page cache (keyed by
 * path and query) never answers: the cost of rendering the page each time.
 */
function fire(url: string, connections: number, durationS: number, bustCache = false, postJson?: unknown): Promise<autocannon.Result> {
  let counter = 0;
  const path = new URL(url).pathname;
  const requests = bustCache
    ? [{ setupRequest: (request: { path: string }) => ({ ...request, path: `${path}?nocache=${++counter}` }) }]
    : undefined;
  const post = postJson === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(postJson) };
  return new Promise((resolve, reject) => {
    active = autocannon({ url, connections, duration: durationS, timeout: 10, ...post, ...(requests ? { requests } : {}) } as autocannon.Options,
      (error: unknown, result: autocannon.Result) => {
      active = undefined;
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(result);
    });
  });
}

/** Warms `url` up, then measures it (every request a cache miss with `bustCache`). */
export async function measure(url: string, options: LoadOptions, bustCache = false): Promise<LoadResult> {
  if (options.warmupS > 0) await fire(url, options.connections, options.warmupS, bustCache);
  return resultOf(url, options, await fire(url, options.connections, options.durationS, bustCache));
}

/** A POST of the same JSON body, warmed up then measured; also how many 2xx the warm-up got (they change state too). */
export async function measurePost(url: string, json: unknown, options: LoadOptions): Promise<LoadResult & { warmup2xx: number }> {
  const warmup = options.warmupS > 0 ? await fire(url, options.connections, options.warmupS, false, json) : undefined;
  return { ...resultOf(url, options, await fire(url, options.connections, options.durationS, false, json)), warmup2xx: warmup?.["2xx"] ?? 0 };
}

function resultOf(url: string, options: LoadOptions, r: autocannon.Result): LoadResult {
  const responses = r["1xx"] + r["2xx"] + r["3xx"] + r["4xx"] + r["5xx"];
  return {
    path: new URL(url).pathname,
    connections: options.connections,
    durationS: r.duration,
    requestsPerSec: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    responses,
    ok2xx: r["2xx"],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}

/** Stops the run in progress, if any (Ctrl-C). */
export function stopLoad(): void {
  active?.stop();
}

/** One request, for a sanity check before loading a route: its status and the start of its body. */
export async function probe(url: string): Promise<{ status: number; body: string; pageCache: string | null }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: (await response.text()).slice(0, 300), pageCache: response.headers.get("x-page-cache") };
}
