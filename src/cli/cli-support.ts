/** What every command shares: reading config, opening the database, reporting failures as one clear message. */
import { DataDirLockedError } from "../db/data-dir-lock.ts";
import { NoDatabaseError, openPglite, openPostgres, type DatabaseHandle } from "../db/database.ts";
import { hasMigrations } from "../db/migrate.ts";
import { DatasetError } from "../features/dataset/dataset.loader.ts";
import { ContentExistsError } from "../features/dataset/dataset.service.ts";
import { ConfigError, loadConfig, type Config } from "../lib/config.ts";
import { createLogger, type Logger } from "../lib/logger.ts";
import { openConfiguredDatabase } from "../app/start-server.ts";

export class UsageError extends Error {}

/** A read-only command pointed at a folder or database without Remembrance's schema: said in one line, as is. */
export class NothingToReadError extends Error {}

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

/**
 * Opens the configured database only if it already holds Remembrance's schema, for the commands
 * that only read (`verb` says what they would have done): an embedded folder without a database
 * is refused before anything is written, so it is neither created nor given a lock file.
 */
export async function withExistingDatabase<T>(ctx: CommandContext, verb: string, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const { databaseUrl, dataDir, poolSize } = ctx.config;
  const refused = (location: string) => new NothingToReadError(`no Remembrance database in ${location}: nothing to ${verb}`);
  let handle: DatabaseHandle;
  try {
    handle = databaseUrl ? openPostgres(databaseUrl, poolSize) : await openPglite(dataDir, { mustExist: true });
  } catch (error) {
    throw error instanceof NoDatabaseError ? refused(error.location) : error;
  }
  try {
    if (!(await hasMigrations(handle))) throw refused(handle.location);
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
  if (error instanceof NothingToReadError) {
    err(error.message);
    return 1;
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
