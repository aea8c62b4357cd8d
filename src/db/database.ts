/**
 * Opens the database: embedded PGlite in a data folder by default, or PostgreSQL when a URL is
 * given. Both speak the same SQL through the same Drizzle schema and migrations.
 */
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { lockDataDir, type DataDirLock } from "./data-dir-lock.ts";

/** The Drizzle database both engines present; repositories take this (or a transaction of it). */
export type Database = PgDatabase<PgQueryResultHKT>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything a repository can run queries on: the database or an open transaction. */
export type Queryable = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  engine: "pglite" | "postgres";
  /** Where the data lives, for messages: a folder or a URL without its password. */
  location: string;
  /** Runs `work` while holding a lock that other app processes sharing this database also take. */
  withExclusiveLock<T>(key: number, work: () => Promise<T>): Promise<T>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

const casing = "snake_case" as const;

export async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const lock: DataDirLock | undefined = dataDir ? lockDataDir(dataDir) : undefined;
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir ? join(dataDir, "pglite") : undefined);
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
  return {
    db,
    engine: "pglite",
    location,
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
  const client = postgres(url, { max: poolSize, onnotice: () => {}, connection: { application_name: "remembrance" } });
  const db = drizzlePostgres({ client, casing }) as unknown as Database;
  const safe = new URL(url);
  safe.password = "";
  return {
    db,
    engine: "postgres",
    location: safe.toString(),
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
