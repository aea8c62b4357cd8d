import { LOCK_KEYS, runMigrations } from "../db/migrate.ts";
import { loadDatasetFolder } from "../features/dataset/dataset.loader.ts";
import { DEFAULT_DATASET_DIR, importDataset } from "../features/dataset/dataset.service.ts";
import { findMissingTranslations } from "../features/dataset/dataset.translations.ts";
import { withDatabase, type Command } from "./cli-support.ts";
import { parseOptions } from "./parse-options.ts";

export const formatCounts = (counts: Record<string, number>) => Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ");

export const seedCommand: Command = {
  name: "seed",
  summary: "load the default dataset (refuses to overwrite content unless --replace)",
  help: `Usage: remembrance seed [--replace] [--check] [--dataset DIR]

Loads the default dataset (the YAML files in dataset/) into the database, in one transaction.
  --replace      delete all existing content first (otherwise an existing database is left untouched)
  --check        only validate the dataset files and report problems; touch no database
  --dataset DIR  load another dataset folder of the same layout`,
  async run(args, ctx) {
    const { values } = parseOptions("seed", args, {
      replace: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      dataset: { type: "string" },
    });
    const folder = values.dataset ?? DEFAULT_DATASET_DIR;
    const dataset = await loadDatasetFolder(folder);
    if (values.check) {
      ctx.out(`The dataset in ${folder} is valid: ${dataset.places.length} places, ${dataset.exhibitions.length} exhibitions, ${dataset.objects.length} objects, ${dataset.people.length} people, ${dataset.events.length} events, ${dataset.themes.length} themes.`);
      const missing = findMissingTranslations(dataset);
      ctx.out(missing.length === 0 ? "Every text is in English and French." : `${missing.length} texts lack a translation:`);
      for (const m of missing) ctx.out(`  ${m.path}: no ${m.missing.join(", ")}`);
      return 0;
    }
    const counts = await withDatabase(ctx, async (handle) => {
      await handle.withExclusiveLock(LOCK_KEYS.migrateAndSeed, () => runMigrations(handle));
      return importDataset(handle.db, dataset, { replace: values.replace ?? false, source: folder, mode: "seed", now: new Date() });
    });
    ctx.out(`Loaded the dataset: ${formatCounts(counts)}.`);
    return 0;
  },
};
