import { rename, writeFile } from "node:fs/promises";
import { exportDataset } from "../features/dataset/dataset.service.ts";
import { withExistingDatabase, type Command } from "./cli-support.ts";
import { parseOptions } from "./parse-options.ts";
import { formatCounts } from "./seed.command.ts";

export const exportCommand: Command = {
  name: "export",
  summary: "write the whole dataset to a JSON file",
  help: `Usage: remembrance export [FILE]

Writes every record (published and draft) as one JSON file in the dataset format, records referring
to each other by slug, so "remembrance import FILE" on any installation gives the same data.
Without FILE, or with -, the JSON goes to standard output. A folder (or DATABASE_URL) without a
Remembrance database is refused with exit code 1, and nothing is created.`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions("export", args, {}, 1);
    const dataset = await withExistingDatabase(ctx, "export", (handle) => exportDataset(handle.db));
    const json = `${JSON.stringify(dataset, null, 2)}\n`;
    const file = positionals[0];
    if (file === undefined || file === "-") {
      process.stdout.write(json);
      return 0;
    }
    // Write beside the target, then rename: a failed export never leaves a truncated file.
    const partial = `${file}.partial-${process.pid}`;
    await writeFile(partial, json, "utf8");
    await rename(partial, file);
    const rooms = dataset.exhibitions.reduce((n, e) => n + e.rooms.length, 0);
    ctx.err(`Exported to ${file}: ${formatCounts({ places: dataset.places.length, exhibitions: dataset.exhibitions.length, rooms, objects: dataset.objects.length, people: dataset.people.length, events: dataset.events.length, themes: dataset.themes.length })}.`);
    return 0;
  },
};
