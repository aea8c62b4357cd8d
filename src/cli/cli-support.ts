/** What every command shares: reading config, opening the database, reporting failures as one clear message. */
import { DataDirLockedError } from "../db/data-dir-lock.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { DatasetError } from "../features/dataset/dataset.loader.ts";
import { ContentExistsError } from "../features/dataset/dataset.service.ts";
import { ConfigError, loadConfig, type Config } from "../lib/config.ts";
import { createLogger, type Logger } from "../lib/logger.ts";
import { openConfiguredDatabase } from "../app/start-server.ts";

export class UsageError extends Error {}

export interface CommandContext {
  config: Config;
  logger: Logger;
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  run(args: string[], ctx: CommandContext): Promise<number>;
}

export function createContext(): CommandContext {
  const config = loadConfig();
  return {
    config,
    logger: createLogger(config.logLevel),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}

/** Opens the configured database, runs `work`, always closes it. */
export async function withDatabase<T>(ctx: CommandContext, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openConfiguredDatabase(ctx.config);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** Known failures become one message and exit code 1 (2 for usage); anything else shows its stack. */
export function reportFailure(error: unknown, err: (line: string) => void): number {
  if (error instanceof UsageError) {
    err(`remembrance: ${error.message}`);
    return 2;
  }
  const known = [ConfigError, DataDirLockedError, DatasetError, ContentExistsError];
  if (known.some((k) => error instanceof k)) {
    err(`remembrance: ${(error as Error).message}`);
    return 1;
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "28P01" || code === "3D000") {
    err(`remembrance: cannot reach the database: ${(error as Error).message}. Check DATABASE_URL.`);
    return 1;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `\nCaused by: ${error.cause.message}` : "";
  err(`remembrance: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}${cause}`);
  return 1;
}
