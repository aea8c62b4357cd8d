/** Applies the Drizzle migrations in src/db/migrations, once, even with several processes starting together. */
import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import { rowsOf, type DatabaseHandle } from "./database.ts";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

/** Advisory-lock keys shared by every app process of one database. */
export const LOCK_KEYS = { migrateAndSeed: 7_240_001 } as const;

export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (handle.engine === "pglite") await migratePglite(handle.db as unknown as PgliteDatabase, config);
  else await migratePostgres(handle.db as unknown as PostgresJsDatabase, config);
}

/** Whether the database holds Remembrance's schema: the migrations' own table exists (it is written first). */
export async function hasMigrations(handle: DatabaseHandle): Promise<boolean> {
  const rows = rowsOf<{ present: boolean }>(await handle.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`));
  return rows[0]?.present === true;
}
