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
  --replace  delete all existing content first (otherwise an existing database is left untouched);
             staff roles of places still in the file (same slug) are kept, those of places
             no longer present are dropped, and the counts are printed`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions("import", args, { replace: { type: "boolean", default: false } }, 1);
    const file = positionals[0];
    if (file === undefined) throw new UsageError("import: which file? Usage: remembrance import FILE [--replace]");
    const bytes = file === "-" ? await readAll(process.stdin) : await readFile(file);
    const dataset = parseDatasetJson(bytes.toString("utf8"), file);
    const { counts, restored, dropped } = await withDatabase(ctx, async (handle) => {
      await handle.withExclusiveLock(LOCK_KEYS.migrateAndSeed, () => runMigrations(handle));
      // As the back office's import: roles of places still there (by slug) survive a replace.
      return importDatasetFile(undefined, {
        dataset, fileName: file, bytes, source: file, replace: values.replace ?? false, keepRoles: true,
      }, { db: handle.db, now: () => new Date(), origin: COMMAND_LINE });
    });
    ctx.out(`Imported ${file}: ${formatCounts(counts)}.`);
    if (values.replace) {
      const gone = dropped.map((g) => `${g.role} of ${g.placeSlug}`).join(", ");
      ctx.out(`Staff roles: ${restored.length} kept, ${dropped.length} dropped${dropped.length > 0 ? ` (places no longer present: ${gone})` : ""}.`);
    }
    return 0;
  },
};
