/** An in-process app on a fresh test database, for `app.request()` tests (no port). */
import { createApp } from "../src/app/create-app.ts";
import { PageCache } from "../src/web/page-cache.ts";
import { silentLogger } from "../src/lib/logger.ts";
import type { DatabaseHandle } from "../src/db/database.ts";
import type { AppDeps } from "../src/web/app-env.ts";
import { createTestDatabase } from "./database.ts";
import { testSecrets } from "./secrets.ts";

export interface TestApp {
  handle: DatabaseHandle;
  app: ReturnType<typeof createApp>;
  /** GET a page and return its HTML. */
  getHtml(path: string, headers?: Record<string, string>): Promise<{ status: number; html: string; headers: Headers }>;
  /** GET a path and parse the JSON body. */
  getJson(path: string, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
}

export async function createTestApp(now: () => Date = () => new Date(), overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  const handle = await createTestDatabase();
  const app = createApp({ db: handle.db, ping: handle.ping, logger: silentLogger, now, publicUrl: "https://remembrance.test", contentRevision: handle.contentRevision, pageCache: new PageCache(), secrets: testSecrets, ...overrides });
  return {
    handle,
    app,
    async getHtml(path, headers = {}) {
      const res = await app.request(path, { headers });
      return { status: res.status, html: await res.text(), headers: res.headers };
    },
    async getJson(path, headers = {}) {
      const res = await app.request(path, { headers });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    },
  };
}
