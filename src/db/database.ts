/**
 * Opens the database: embedded PGlite in a data folder by default, or PostgreSQL when a URL is
 * given. Both speak the same SQL through the same Drizzle schema and migrations.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { freshReads } from "../lib/fresh-reads.ts";
import { readContentRevision } from "./content-revision.ts";
import { lockDataDir, type DataDirLock } from "./data-dir-lock.ts";
import { PGLITE_EXTENSIONS } from "./pglite-extensions.ts";

/** The Drizzle database both engines present; repositories take this (or a transaction of it). */
export type Database = PgDatabase<PgQueryResultHKT>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything a repository can run queries on: the database or an open transaction. */
export type Queryable = Database | Transaction;

/** The rows of a raw `db.execute` result: postgres.js answers an array of rows, PGlite an object holding them. */
export const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result as T[] : ((result as { rows?: T[] }).rows ?? []));

export interface DatabaseHandle {
  db: Database;
  engine: "pglite" | "postgres";
  /** Where the data lives, for messages: a folder or a URL without its password. */
  location: string;
  /**
   * The content revision (see schema/system.ts), never older than the moment of the call: PGlite,
   * the database's only user, keeps it in memory from the trigger's notifications; PostgreSQL,
   * shared by many processes, reads it, concurrent callers sharing reads that start after they ask.
   */
  contentRevision(): Promise<number>;
  /** Runs `work` while holding a lock that other app processes sharing this database also take. */
  withExclusiveLock<T>(key: number, work: () => Promise<T>): Promise<T>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

const casing = "snake_case" as const;

/** A read-only command found no Remembrance database where it was told to look (nothing was created). */
export class NoDatabaseError extends Error {
  constructor(readonly location: string) {
    super(`no Remembrance database in ${location}`);
  }
}

/** PGlite creates its folder on open; a database that exists has PostgreSQL's version file in it. */
const hasPgliteFiles = (dataDir: string) => existsSync(join(dataDir, "pglite", "PG_VERSION"));

/**
 * With `mustExist`, a folder without a database is refused before anything is written to it (no
 * folder, no lock file), for the commands that only read.
 */
export async function openPglite(dataDir: string | undefined, options: { mustExist?: boolean } = {}): Promise<DatabaseHandle> {
  if (options.mustExist && dataDir && !hasPgliteFiles(dataDir)) throw new NoDatabaseError(dataDir);
  const lock: DataDirLock | undefined = dataDir ? lockDataDir(dataDir) : undefined;
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: dataDir ? join(dataDir, "pglite") : undefined, extensions: PGLITE_EXTENSIONS });
  } catch (error) {
    lock?.release();
    throw error;
  }
  return pgliteHandle(client, dataDir ?? "memory", lock);
}

/** Wraps an open PGlite (e.g. one loaded from a template in tests). */
export function pgliteHandle(client: PGlite, location: string, lock?: DataDirLock): DatabaseHandle {
  const db = drizzlePglite({ client, casing }) as unknown as Database;
  let closed = false;
  let revision = 0;
  let listening: Promise<void> | undefined;
  const listen = async () => {
    await client.listen("content_revision", (payload) => {
      revision = Math.max(revision, Number(payload));
    });
    const { rows } = await client.query<{ value: string }>(`select "value"::text as value from "content_revision" where "id" = 1`);
    revision = Math.max(revision, Number(rows[0]?.value ?? 0));
  };
  return {
    db,
    engine: "pglite",
    location,
    contentRevision: async () => {
      listening ??= listen().catch((error: unknown) => {
        listening = undefined;
        throw error;
      });
      await listening;
      return revision;
    },
    // One process owns the folder (the data-dir lock), so no other process can race us.
    withExclusiveLock: (_key, work) => work(),
    ping: async () => {
      try {
        await client.query("select 1");
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

export function openPostgres(url: string, poolSize = 10): DatabaseHandle {
  // JIT compiles a query once its estimated cost is high, which a web request never recoups (a search's
  // word lookup took 106 ms with it, 1.4 ms without, at 100,000 records).
  const client = postgres(url, { max: poolSize, onnotice: () => {}, connection: { application_name: "remembrance", jit: "off" } });
  const db = drizzlePostgres({ client, casing }) as unknown as Database;
  const safe = new URL(url);
  safe.password = "";
  return {
    db,
    engine: "postgres",
    location: safe.toString(),
    contentRevision: freshReads(() => readContentRevision(db)),
    // A transaction-scoped advisory lock on one pooled connection; the work runs on the others.
    withExclusiveLock: async <T>(key: number, work: () => Promise<T>): Promise<T> => {
      let result!: T;
      await client.begin(async (tx) => {
        await tx`select pg_advisory_xact_lock(${key})`;
        result = await work();
      });
      return result;
    },
    ping: async () => {
      try {
        await db.execute(sql`select 1`);
        return true;
      } catch {
        return false;
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}
