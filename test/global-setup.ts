/** Vitest global setup for database tests: builds the migrated template once per run. */
import { buildPgliteTemplate, buildPostgresTemplate, dropRunDatabases } from "./template.ts";

export default async function setup() {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  process.env.REMEMBRANCE_TEST_RUN = runId;
  process.env.REMEMBRANCE_PGLITE_TEMPLATE = await buildPgliteTemplate();
  const url = process.env.TEST_DATABASE_URL;
  if (url) process.env.REMEMBRANCE_PG_TEMPLATE = await buildPostgresTemplate(url, runId);
  return async () => {
    if (url) await dropRunDatabases(url, runId);
  };
}
