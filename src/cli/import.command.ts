import { readFile } from "node:fs/promises";
import { LOCK_KEYS, runMigrations } from "../db/migrate.ts";
import { importDataset, parseDatasetJson } from "../features/dataset/dataset.service.ts";
import { UsageError, withDatabase, type Command } from "./cli-support.ts";
import { parseOptions } from "./parse-options.ts";
import { formatCounts } from "./seed.command.ts";

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
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
    const text = file === "-" ? await readAll(process.stdin) : await readFile(file, "utf8");
    const dataset = parseDatasetJson(text, file);
    const counts = await withDatabase(ctx, async (handle) => {
      await handle.withExclusiveLock(LOCK_KEYS.migrateAndSeed, () => runMigrations(handle));
      return importDataset(handle.db, dataset, { replace: values.replace ?? false, source: file, mode: "import" });
    });
    ctx.out(`Imported ${file}: ${formatCounts(counts)}.`);
    return 0;
  },
};
