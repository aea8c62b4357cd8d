/**
 * A fresh database for one test file, built from the run's migrated template: embedded PGlite by
 * default, PostgreSQL when TEST_DATABASE_URL is set.
 */
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { openPostgres, pgliteHandle, type DatabaseHandle } from "../src/db/database.ts";
import { withDatabase } from "./template.ts";

export const testEngine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const template = process.env.REMEMBRANCE_PGLITE_TEMPLATE;
    if (!template) throw new Error("No PGlite template: run database tests through vitest (project db).");
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(template)]) });
    return pgliteHandle(client, "test");
  }
  const templateName = process.env.REMEMBRANCE_PG_TEMPLATE;
  if (!templateName) throw new Error("No PostgreSQL template: run database tests through vitest (project db).");
  const name = `rm_test_${process.env.REMEMBRANCE_TEST_RUN}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${templateName}`);
  } finally {
    await admin.end();
  }
  const handle = openPostgres(withDatabase(url, name), 5);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
