/** Seeding, import and export of whole datasets: all-or-nothing, in one transaction. */
import { fileURLToPath } from "node:url";
import type { Database, DatabaseHandle } from "../../db/database.ts";
import { LOCK_KEYS } from "../../db/migrate.ts";
import { bookingsByPlaceSlug, giveBookingsBack, keepBookings } from "../booking/offer-operations.service.ts";
import { deleteAllContent, hasLoadedADataset, insertDataset, isContentEmpty } from "./dataset-writer.repository.ts";
import { readDataset } from "./dataset-reader.repository.ts";
import { DatasetError, loadDatasetFolder, type DatasetProblem } from "./dataset.loader.ts";
import { findReferenceIssues } from "./dataset.references.ts";
import { datasetSchema, type Dataset } from "./dataset.schemas.ts";
import { plural } from "../../web/i18n/plural.ts";

/** The default dataset shipped in the repository (built from the seed pages). */
export const DEFAULT_DATASET_DIR = fileURLToPath(new URL("../../../dataset", import.meta.url));

export class ContentExistsError extends Error {
  constructor() {
    super("The database already holds content. Nothing was changed. Use --replace to delete it all and load the dataset instead.");
  }
}

export interface ImportOptions {
  replace: boolean;
  source: string;
  mode: "seed" | "import";
  /** When the import happens: visits left out that bookings hold are archived at this time, and slots after it follow their visit. */
  now: Date;
}

/**
 * Stores `dataset` in one transaction; refuses when content exists unless `replace`. Returns counts per kind.
 * Replacing keeps every booking: the visits holding them are found again by place and visit slug
 * (or come back archived); a file that leaves out a place whose visits hold bookings is refused
 * (DatasetError), and nothing changes.
 */
export async function importDataset(db: Database, dataset: Dataset, options: ImportOptions): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    if (await isContentEmpty(tx)) return insertDataset(tx, dataset, options.source, options.mode);
    if (!options.replace) throw new ContentExistsError();
    const kept = await keepBookings(tx);
    const placesInFile = new Set(dataset.places.map((p) => p.slug));
    const lost = [...bookingsByPlaceSlug(kept)].filter(([slug]) => !placesInFile.has(slug));
    if (lost.length > 0) {
      throw new DatasetError(lost.map(([slug, n]): DatasetProblem => ({
        file: options.source, path: "places",
        message: `the place "${slug}" is missing, but its timed visits hold ${plural("en", n, { one: "{n} booking", other: "{n} bookings" })}; `
          + "an import never deletes bookings: keep the place in the file",
      })));
    }
    await deleteAllContent(tx);
    const counts = await insertDataset(tx, dataset, options.source, options.mode);
    await giveBookingsBack(tx, kept, options.now);
    return counts;
  });
}

export const exportDataset = (db: Database): Promise<Dataset> => readDataset(db);

/** Validates an export file's text; throws DatasetError with every problem (JSON path and message). */
export function parseDatasetJson(text: string, file: string): Dataset {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DatasetError([{ file, path: "", message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const result = datasetSchema.safeParse(value);
  if (!result.success) {
    throw new DatasetError(result.error.issues.map((i): DatasetProblem => ({ file, path: i.path.join("."), message: i.message })));
  }
  const issues = findReferenceIssues(result.data);
  if (issues.length > 0) throw new DatasetError(issues.map((i) => ({ file, path: i.path.join("."), message: i.message })));
  return result.data;
}

export async function loadDefaultDataset(db: Database, replace: boolean, now: Date, folder = DEFAULT_DATASET_DIR) {
  const dataset = await loadDatasetFolder(folder);
  return importDataset(db, dataset, { replace, source: folder, mode: "seed", now });
}

/**
 * Loads the default dataset into a database that holds no content and never had a dataset loaded
 * (so content an editor deleted on purpose does not come back at the next start). Several app processes may
 * start together on one PostgreSQL: the lock makes exactly one of them load it.
 */
export async function seedIfEmpty(handle: DatabaseHandle, folder = DEFAULT_DATASET_DIR): Promise<Record<string, number> | undefined> {
  return handle.withExclusiveLock(LOCK_KEYS.migrateAndSeed, async () => {
    if ((await hasLoadedADataset(handle.db)) || !(await isContentEmpty(handle.db))) return undefined;
    // Only into an empty database: no booking is kept, so the time decides nothing.
    return loadDefaultDataset(handle.db, false, new Date(), folder);
  });
}
