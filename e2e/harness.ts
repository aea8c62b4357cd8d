/**
 * The browser tests' harness: the real server (`remembrance serve`, as in production) on a fresh
 * temporary DATA_DIR, and Debian's headless Chromium driven by playwright-core. No browser is ever
 * downloaded: without /usr/bin/chromium the browser tests are skipped, or fail in CI (see chromium.ts).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from "playwright-core";
import { startServerProcess, type ServerProcess } from "../test/server-process.ts";
import { CHROMIUM_PATH, INSTALL_CHROMIUM } from "./chromium.ts";

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Launches Debian's Chromium, headless; throws a message saying how to install it when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`The browser tests need Debian's Chromium at ${CHROMIUM_PATH}, which is missing. Install it with:\n` +
      `  apt-get update && ${INSTALL_CHROMIUM}\n(.ci/run does this in CI; the tests never download a browser.)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A new browsing context with the site's address as base URL (`page.goto("/en/")`). */
export function newContext(browser: Browser, site: Site, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: site.url, ...options });
}

/** Opens a page in a new context that records console errors, page errors and failed requests. */
export async function openRecordingPage(browser: Browser, site: Site, options: BrowserContextOptions = {}) {
  const context = await newContext(browser, site, options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  // A request the page itself abandoned (a suggestion superseded by the next keystroke) is not a problem.
  page.on("requestfailed", (r) => { if (r.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`request failed: ${r.url()}`); });
  return { page, problems, close: () => context.close() };
}

export interface Site {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  server: ServerProcess;
  /** Lines the server logged at error level, or wrote on stderr. */
  errorLines(): string[];
  stop(): Promise<void>;
}

/**
 * Starts the real server on PGlite in a new temp folder (migrated and seeded with the default
 * dataset). `prepare` runs first with the server's environment, e.g. to create an account with the CLI
 * (the embedded database has one opener at a time).
 */
export async function startSite(options: { prepare?: (env: Record<string, string>) => Promise<void>; env?: Record<string, string> } = {}): Promise<Site> {
  const folder = mkdtempSync(join(tmpdir(), "rm-e2e-"));
  let server: ServerProcess;
  const env = { DATA_DIR: join(folder, "data"), DATABASE_URL: "", PUBLIC_URL: "", LOG_LEVEL: "warn", ...options.env };
  try {
    await options.prepare?.(env);
    server = await startServerProcess(env);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    url: server.url,
    server,
    errorLines: () => [
      ...server.stdout().split("\n").filter((line) => line.includes('"level":"error"')),
      ...server.stderr().split("\n").filter((line) => line.trim() !== ""),
    ],
    async stop() {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill("SIGTERM");
        const exited = await Promise.race([server.exited.then(() => true), sleep(15_000).then(() => false)]);
        if (!exited) {
          server.child.kill("SIGKILL");
          await server.exited;
        }
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** GETs `path` on the site without a browser; resolves to its status and body text. */
export async function fetchText(site: Site, path: string): Promise<{ status: number; text: string; type: string }> {
  const response = await fetch(new URL(path, site.url), { redirect: "manual", signal: AbortSignal.timeout(30_000) });
  return { status: response.status, text: await response.text(), type: response.headers.get("content-type") ?? "" };
}
