/** What every feature's routes receive: the database, the clock, the logger. */
import type { Database } from "../db/database.ts";
import type { Logger } from "../lib/logger.ts";

export interface AppDeps {
  db: Database;
  /** True when the database answers (for /health). */
  ping: () => Promise<boolean>;
  logger: Logger;
  now: () => Date;
}

export interface AppEnv {
  Variables: { requestId: string };
}
