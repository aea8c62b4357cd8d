/**
 * A fresh database for one test file, built from the run's migrated template: embedded PGlite by
 * default, PostgreSQL when TEST_DATABASE_URL is set.
 */
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { openPostgres, pgliteHandle, type DatabaseHandle } from "../src/db/database.ts";
import { PGLITE_EXTENSIONS } from "../src/db/pglite-extensions.ts";
import { dropDatabase, withDatabase } from "./template.ts";

export const testEngine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const template = process.env.REMEMBRANCE_PGLITE_TEMPLATE;
    if (!template) throw new Error("No PGlite template: run database tests through vitest (project db).");
    const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS, loadDataDir: new Blob([readFileSync(template)]) });
    return pgliteHandle(client, "test");
  }
  const scratch = await createScratchPostgres("test");
  return { ...scratch.handle, close: scratch.drop };
}

/** A copy of the run's migrated PostgreSQL template: its URL (for app processes), a handle of the test's own, and how to drop it. */
export interface ScratchPostgres {
  url: string;
  handle: DatabaseHandle;
  drop(): Promise<void>;
}

export async function createScratchPostgres(label: string): Promise<ScratchPostgres> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const templateName = process.env.REMEMBRANCE_PG_TEMPLATE;
  if (!adminUrl || !templateName) throw new Error("No PostgreSQL template: run database tests through vitest (project db) with TEST_DATABASE_URL.");
  const name = `rm_${label}_${process.env.REMEMBRANCE_TEST_RUN}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${templateName}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const handle = openPostgres(url, 5);
  return {
    url,
    handle,
    drop: async () => {
      await handle.close();
      await dropDatabase(adminUrl, name);
    },
  };
}
