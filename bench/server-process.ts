/** Spawning and stopping `node bin/remembrance.js serve`: time to first response, peak RSS, server logs. */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";

export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
const POLL_INTERVAL_MS = 20;
const LOG_TAIL = 40;

export interface ServerProcess {
  pid: number;
  /** Base URL on loopback, e.g. http://127.0.0.1:40123 */
  url: string;
  child: ChildProcess;
  /** The last lines the server wrote (stdout and stderr), for error messages. */
  tail: string[];
  /** Lines that look like errors: `"level":"error"` log entries and anything on stderr. */
  errorLines: string[];
  /** Set once the process has exited. */
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  exited: Promise<void>;
}

export interface StartOptions {
  port: number;
  /** Variables layered over the current environment (PORT and HOST are set here). */
  env: Record<string, string>;
  /** Give up if no 200 from GET /health within this time. */
  timeoutMs: number;
}

export interface Started {
  server: ServerProcess;
  /** From spawn to the first 200 of GET /health, in ms. */
  firstResponseMs: number;
}

export interface Stopped {
  /** From SIGTERM to process exit, in ms. */
  stopMs: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when SIGTERM was not enough and the process had to be killed. */
  killed: boolean;
}

/** Every server still running, so that a Ctrl-C or a crash of the bench can kill them. */
const live = new Set<ServerProcess>();

/** A port the OS just handed out on 127.0.0.1 (released before the server binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

function collect(server: ServerProcess, stream: NodeJS.ReadableStream | null, isStderr: boolean): void {
  if (!stream) return;
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.trim()) continue;
      server.tail.push(line);
      if (server.tail.length > LOG_TAIL) server.tail.shift();
      if (isStderr || line.includes('"level":"error"')) server.errorLines.push(line);
    }
  });
}

function describeExit(server: ServerProcess): string {
  const how = server.exit ? `exited (code ${server.exit.code}, signal ${server.exit.signal})` : "is still running";
  return `the server ${how}; its last output:\n  ${server.tail.join("\n  ") || "(none)"}`;
}

async function answers200(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Spawns the real server and polls GET /health every ~20 ms until it answers 200. */
export async function startServer(options: StartOptions): Promise<Started> {
  const env = { ...process.env, ...options.env, PORT: String(options.port), HOST: "127.0.0.1" };
  const started = performance.now();
  const child = spawn(process.execPath, ["bin/remembrance.js", "serve"], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) throw new Error("could not spawn the server");
  let markExited!: () => void;
  const server: ServerProcess = {
    pid: child.pid,
    url: `http://127.0.0.1:${options.port}`,
    child,
    tail: [],
    errorLines: [],
    exited: new Promise<void>((resolve) => (markExited = resolve)),
  };
  live.add(server);
  child.once("exit", (code, signal) => {
    server.exit = { code, signal };
    live.delete(server);
    markExited();
  });
  child.once("error", (error) => server.tail.push(`spawn error: ${error.message}`));
  collect(server, child.stdout, false);
  collect(server, child.stderr, true);

  const deadline = started + options.timeoutMs;
  while (!server.exit) {
    if (await answers200(`${server.url}/health`)) return { server, firstResponseMs: performance.now() - started };
    if (performance.now() > deadline) {
      await stopServer(server, 5_000);
      throw new Error(`no 200 from GET /health within ${options.timeoutMs} ms; ${describeExit(server)}`);
    }
    await sleep(POLL_INTERVAL_MS);
  }
  throw new Error(`the server stopped before answering; ${describeExit(server)}`);
}

/** SIGTERM, then SIGKILL if it has not exited within `timeoutMs`. */
export async function stopServer(server: ServerProcess, timeoutMs = 15_000): Promise<Stopped> {
  const started = performance.now();
  let killed = false;
  if (!server.exit) {
    server.child.kill("SIGTERM");
    const timer = setTimeout(() => {
      killed = true;
      server.child.kill("SIGKILL");
    }, timeoutMs);
    await server.exited;
    clearTimeout(timer);
  }
  return { stopMs: performance.now() - started, code: server.exit?.code ?? null, signal: server.exit?.signal ?? null, killed };
}

/** Throws with the server's last output when it is no longer running (e.g. it crashed under load). */
export function assertRunning(server: ServerProcess, during: string): void {
  if (server.exit) throw new Error(`the server died during ${during}; ${describeExit(server)}`);
}

/** Peak resident set size (VmHWM) of a running process, in MiB; undefined when /proc cannot tell. */
export function peakRssMiB(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Last resort (exit handlers, Ctrl-C): kills every server this bench started, synchronously. */
export function killAllServers(): void {
  for (const server of live) server.child.kill("SIGKILL");
}
