import { readFile } from "node:fs/promises";
import { LOCK_KEYS, runMigrations } from "../db/migrate.ts";
import { COMMAND_LINE } from "../features/audit/audit.service.ts";
import { importDatasetFile } from "../features/dataset/dataset.commands.ts";
import { parseDatasetJson } from "../features/dataset/dataset.service.ts";
import { UsageError, withDatabase, type Command } from "./cli-support.ts";
import { parseOptions } from "./parse-options.ts";
import { formatCounts } from "./seed.command.ts";

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

export const importCommand: Command = {
  name: "import",
  summary: "load a JSON file written by export (all or nothing)",
  help: `Usage: remembrance import FILE [--replace]

Reads FILE (or - for standard input), checks every record and reference, and loads it in one
transaction. A file with errors is reported in full and changes nothing.
  --replace  delete all existing content first (otherwise an existing database is left untouched)`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions("import", args, { replace: { type: "boolean", default: false } }, 1);
    const file = positionals[0];
    if (file === undefined) throw new UsageError("import: which file? Usage: remembrance import FILE [--replace]");
    const bytes = file === "-" ? await readAll(process.stdin) : await readFile(file);
    const dataset = parseDatasetJson(bytes.toString("utf8"), file);
    const { counts } = await withDatabase(ctx, async (handle) => {
      await handle.withExclusiveLock(LOCK_KEYS.migrateAndSeed, () => runMigrations(handle));
      // The command line's import leaves staff roles as the replace leaves them (see ImportInput.keepRoles).
      return importDatasetFile(undefined, {
        dataset, fileName: file, bytes, source: file, replace: values.replace ?? false, keepRoles: false,
      }, { db: handle.db, now: () => new Date(), origin: COMMAND_LINE });
    });
    ctx.out(`Imported ${file}: ${formatCounts(counts)}.`);
    return 0;
  },
};
