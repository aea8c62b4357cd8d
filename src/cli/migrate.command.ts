import { LOCK_KEYS, runMigrations } from "../db/migrate.ts";
import { withDatabase, type Command } from "./cli-support.ts";
import { parseOptions } from "./parse-options.ts";

export const migrateCommand: Command = {
  name: "migrate",
  summary: "apply pending database migrations",
  help: `Usage: remembrance migrate

Applies the migrations in src/db/migrations that the database has not had yet, then exits.
"serve" does the same at start, so this is for deployments that migrate as a separate step.`,
  async run(args, ctx) {
    const { values } = parseOptions("migrate", args, {});
    await withDatabase(ctx, (handle) => handle.withExclusiveLock(LOCK_KEYS.migrateAndSeed, () => runMigrations(handle)));
    ctx.out("Migrations applied.");
    return 0;
  },
};
