/** What every feature's routes receive: the database, the clock, the logger. */
import type { Database } from "../db/database.ts";
import type { Logger } from "../lib/logger.ts";
import type { PageCache } from "./page-cache.ts";

export interface AppDeps {
  db: Database;
  /** True when the database answers (for /health). */
  ping: () => Promise<boolean>;
  logger: Logger;
  now: () => Date;
  /** Public origin (no trailing slash) when configured; else each request's own origin is used. */
  publicUrl?: string;
  /** The current content revision (see DatabaseHandle.contentRevision). */
  contentRevision: () => Promise<number>;
  /** Rendered pages of this process (see page-cache.ts). */
  pageCache: PageCache;
}

export interface AppEnv {
  Variables: { requestId: string };
}
