/**
 * The promises a new user relies on, checked on the real server process: one opener per data
 * folder, committed data survives kill -9, SIGTERM drains requests, bad config fails in one line,
 * one JSON log line per request, several processes may share one PostgreSQL.
 */
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { withDatabase } from "./template.ts";
import { runCli, startServerProcess, type ServerProcess } from "./server-process.ts";

const running: ServerProcess[] = [];
afterEach(() => {
  for (const s of running.splice(0)) s.child.kill("SIGKILL");
});
const start = async (env: Record<string, string>) => {
  const s = await startServerProcess({ LOG_LEVEL: "info", ...env });
  running.push(s);
  return s;
};
const freshDataDir = () => join(mkdtempSync(join(tmpdir(), "rm-serve-")), "data");
const placesTotal = async (url: string) => ((await (await fetch(`${url}/api/places?pageSize=1`)).json()) as { total: number }).total;

function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else out.push(`${path} ${st.size} ${st.mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}

describe("the embedded database folder", () => {
  it("is created and loaded on first start; a second process on it refuses and touches nothing", async () => {
    const dataDir = freshDataDir();
    const first = await start({ DATA_DIR: dataDir });
    expect(first.stdout()).toMatch(/Remembrance is ready: browse http:\/\/127\.0\.0\.1:\d+ \(embedded database in .*\/data\)/);
    expect(await placesTotal(first.url)).toBeGreaterThanOrEqual(11);
    const before = snapshot(dataDir);

    const second = await runCli(["serve"], { DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1" });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`already in use by process ${first.child.pid}`);
    expect(snapshot(dataDir)).toEqual(before);
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
  });

  it("keeps committed data after kill -9, and the next start neither re-seeds nor refuses", async () => {
    const dataDir = freshDataDir();
    const first = await start({ DATA_DIR: dataDir });
    const total = await placesTotal(first.url);
    first.child.kill("SIGKILL");
    await first.exited;

    const again = await start({ DATA_DIR: dataDir });
    expect(again.stdout()).not.toContain("default dataset loaded");
    expect(await placesTotal(again.url)).toBe(total);
    const body = (await (await fetch(`${again.url}/api/places/musee-liberation-paris?lang=fr`)).json()) as { name: string };
    expect(body.name).toContain("Musée de la Libération de Paris");
  });
});

/** Signs in to the back office of a running server over HTTP, as a browser would; returns the session cookie. */
async function signIn(url: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${url}/admin/en/sign-in`);
  const formCookie = form.headers.getSetCookie().map((c) => c.split(";")[0]!).join("; ");
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const answer = await fetch(`${url}/admin/en/sign-in`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: formCookie },
    body: new URLSearchParams({ _csrf: token, email, password }).toString(),
  });
  const session = answer.headers.getSetCookie().find((c) => c.startsWith("remembrance_session="));
  if (answer.status !== 303 || !session) throw new Error(`sign-in failed with ${answer.status}`);
  return session.split(";")[0]!;
}

describe("back office writes", () => {
  it("every save answered before kill -9 is there after the restart, and the session still works", async () => {
    const dataDir = freshDataDir();
    const password = "a long unusual passphrase 1944";
    const created = await runCli(["user", "create", "--email", "ada@example.org", "--role", "admin", "--name", "Ada"], { DATA_DIR: dataDir }, `${password}\n`);
    expect(created.code, created.stderr).toBe(0);
    const first = await start({ DATA_DIR: dataDir });
    const cookie = await signIn(first.url, "ada@example.org", password);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await (await fetch(`${first.url}/admin/en/content/theme/new`, { headers: { cookie } })).text())![1]!;

    // A burst of 40 creations; the process is killed once 10 have been answered.
    const answered: string[] = [];
    let killed = false;
    const burst = Array.from({ length: 40 }, async (_, i) => {
      const slug = `kill-test-theme-${i}`;
      try {
        const response = await fetch(`${first.url}/admin/en/content/theme/new`, {
          method: "POST", redirect: "manual",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie },
          body: new URLSearchParams({ _csrf: csrf, slug, "name.en": `Theme ${i}`, "name.fr": `Thème ${i}` }).toString(),
        });
        if (response.status === 303) answered.push(slug);
        if (answered.length >= 10 && !killed) {
          killed = true;
          first.child.kill("SIGKILL");
        }
      } catch {
        // The connection died with the process: this save was never confirmed.
      }
    });
    await Promise.all(burst);
    if (!killed) first.child.kill("SIGKILL");
    await first.exited;
    expect(answered.length).toBeGreaterThanOrEqual(10);

    const again = await start({ DATA_DIR: dataDir });
    for (const slug of answered) {
      const page = await fetch(`${again.url}/admin/en/content/theme/${slug}`, { headers: { cookie }, redirect: "manual" });
      expect(page.status, slug).toBe(200);
    }
    // The audit log has one creation per confirmed save, at least (a save may commit just before the kill, unanswered).
    const audit = await (await fetch(`${again.url}/admin/en/audit?action=theme.create`, { headers: { cookie } })).text();
    for (const slug of answered) expect(audit).toContain(slug);
  });
});

describe("process lifecycle", () => {
  it("finishes requests in flight on SIGTERM, then exits 0 and releases the folder", async () => {
    const dataDir = freshDataDir();
    const server = await start({ DATA_DIR: dataDir });
    let answered = 0;
    let firstAnswer!: () => void;
    const first = new Promise<void>((resolve) => (firstAnswer = resolve));
    const requests = Array.from({ length: 40 }, () => fetch(`${server.url}/api/places/musee-liberation-paris`).then((r) => {
      answered++;
      firstAnswer();
      return r.status;
    }));
    // Once one answer is back, the other 39 have been sent and wait behind it: they are in flight.
    await first;
    server.child.kill("SIGTERM");
    const statuses = await Promise.all(requests);
    expect(answered).toBe(40);
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    expect(await server.exited).toBe(0);
    expect(server.stdout()).toContain('"msg":"stopped"');
    expect(readdirSync(dataDir)).not.toContain("remembrance.lock");
  });

  it("under sustained load past SHUTDOWN_TIMEOUT_MS, answers what is still running 503 with Retry-After: never a reset, never a 500", async () => {
    const server = await start({ DATA_DIR: freshDataDir(), SHUTDOWN_TIMEOUT_MS: "150" });
    /** One request on a connection of its own (no keep-alive race): its status and Retry-After, or the socket error's code. */
    const once = (n: number) => new Promise<{ status?: number; retryAfter?: string; error?: string }>((resolve) => {
      const req = get(`${server.url}/api/search?q=liberation&page=${1 + (n % 2)}`, { agent: false }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode, retryAfter: res.headers["retry-after"] }));
        res.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      });
      req.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    });
    const outcomes: Awaited<ReturnType<typeof once>>[] = [];
    // 12 clients, each sending its next request as soon as the last is answered, until it is told to
    // come back later (503, as a client honouring Retry-After does) or the server no longer listens.
    const clients = Array.from({ length: 12 }, async (_, c) => {
      for (let n = c; ; n += 12) {
        const o = await once(n);
        if (o.error === "ECONNREFUSED") return;
        outcomes.push(o);
        if (o.status === 503 || o.error) return;
      }
    });
    await new Promise((r) => setTimeout(r, 1_500));
    server.child.kill("SIGTERM");
    await Promise.all(clients);
    expect(await server.exited).toBe(0);
    const errors = outcomes.filter((o) => o.error);
    if (process.env.SHOW_SHUTDOWN_COUNTS) console.log("shutdown under load:", outcomes.filter((o) => o.status === 200).length, "× 200,", outcomes.filter((o) => o.status === 503).length, "× 503,", errors.length, "errors");
    expect(errors).toEqual([]);
    const statuses = new Set(outcomes.map((o) => o.status));
    expect([...statuses].every((s) => s === 200 || s === 503)).toBe(true);
    expect(outcomes.filter((o) => o.status === 503).every((o) => o.retryAfter === "5")).toBe(true);
    expect(outcomes.filter((o) => o.status === 200).length).toBeGreaterThan(10);
    expect(server.stdout()).not.toContain("unhandled error");
  });

  it("without PUBLIC_URL builds addresses on the listening address, never on a forged Host; NODE_ENV=production refuses to start without it", async () => {
    const server = await start({ DATA_DIR: freshDataDir(), PUBLIC_URL: "" });
    const page = await new Promise<string>((resolve, reject) => {
      get(`${server.url}/fr/`, { agent: false, headers: { host: "evil.example" } }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve(body));
      }).on("error", reject);
    });
    expect(page).not.toContain("evil.example");
    expect(page).toContain(`${server.url}/fr/`); // HOST=127.0.0.1 here: the listening address
    const refused = await runCli(["serve"], { DATA_DIR: freshDataDir(), NODE_ENV: "production", PUBLIC_URL: "" });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toContain("PUBLIC_URL is required when NODE_ENV=production");
  });

  it("refuses a bad PORT or DATABASE_URL with one line and exit code 1", async () => {
    const bad: Record<string, string>[] = [{ PORT: "eighty" }, { DATABASE_URL: "mysql://root@localhost/x" }];
    for (const env of bad) {
      const r = await runCli(["serve"], { ...env, DATA_DIR: freshDataDir() });
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(Object.keys(env)[0]);
    }
  });

  it("logs one JSON line per request with method, path, status, duration and request id", async () => {
    const server = await start({ DATA_DIR: freshDataDir() });
    const res = await fetch(`${server.url}/api/places/nowhere`);
    const requestId = res.headers.get("x-request-id");
    await new Promise((r) => setTimeout(r, 50));
    const lines = server.stdout().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>);
    const entry = lines.find((l) => l.msg === "request" && l.path === "/api/places/nowhere");
    expect(entry).toMatchObject({ method: "GET", status: 404, requestId });
    expect(typeof entry!.durationMs).toBe("number");
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("several processes on one PostgreSQL", () => {
  it("start together, migrate and seed exactly once, and serve the same data", async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `rm_multi_${process.env.REMEMBRANCE_TEST_RUN}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    try {
      const databaseUrl = withDatabase(url, name);
      const [a, b, c] = await Promise.all([1, 2, 3].map(() => start({ DATABASE_URL: databaseUrl })));
      const seededBy = [a!, b!, c!].filter((s) => s.stdout().includes("default dataset loaded"));
      expect(seededBy).toHaveLength(1);
      const totals = await Promise.all([a!, b!, c!].map((s) => placesTotal(s.url)));
      expect(new Set(totals).size).toBe(1);
      expect(totals[0]).toBeGreaterThanOrEqual(11);
      for (const s of running.splice(0)) {
        s.child.kill("SIGTERM");
        expect(await s.exited).toBe(0);
      }
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
