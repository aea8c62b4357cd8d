import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/database.ts";
import { createTestDatabase } from "../../../test/database.ts";
import { loadDatasetFolder } from "./dataset.loader.ts";
import type { Dataset } from "./dataset.schemas.ts";
import {
  ContentExistsError, DEFAULT_DATASET_DIR, exportDataset, importDataset, parseDatasetJson, seedIfEmpty,
} from "./dataset.service.ts";
import { DatasetError } from "./dataset.loader.ts";

let shipped: Dataset;
const open: DatabaseHandle[] = [];
const fresh = async () => {
  const handle = await createTestDatabase();
  open.push(handle);
  return handle;
};

beforeAll(async () => {
  shipped = await loadDatasetFolder(DEFAULT_DATASET_DIR);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});
afterAll(async () => {
  await Promise.all(open.map((h) => h.close()));
});

describe("export and import", () => {
  it("exports exactly the dataset that was loaded, and import of the export gives the same data", async () => {
    const first = await fresh();
    await importDataset(first.db, shipped, { replace: false, source: "test", mode: "seed", now: new Date() });
    const exported = await exportDataset(first.db);
    expect(exported).toEqual(shipped);

    const second = await fresh();
    const json = JSON.stringify(exported);
    await importDataset(second.db, parseDatasetJson(json, "export.json"), { replace: false, source: "export.json", mode: "import", now: new Date() });
    expect(JSON.stringify(await exportDataset(second.db))).toBe(json);
  });

  it("refuses to load over existing content unless told to replace it, and then replaces it all", async () => {
    const handle = await fresh();
    await importDataset(handle.db, shipped, { replace: false, source: "test", mode: "seed", now: new Date() });
    await expect(importDataset(handle.db, shipped, { replace: false, source: "test", mode: "seed", now: new Date() })).rejects.toThrow(ContentExistsError);
    const smaller: Dataset = { ...shipped, objects: [], exhibitions: [], places: shipped.places.map((p) => ({ ...p, partners: [], suggestions: [], accessibility: [], admission: p.admission.filter((a) => a.exhibition === undefined) })) };
    await importDataset(handle.db, smaller, { replace: true, source: "test", mode: "import", now: new Date() });
    const after = await exportDataset(handle.db);
    expect(after.objects).toEqual([]);
    expect(after.places.length).toBe(shipped.places.length);
  });

  it("changes nothing when an import fails half-way", async () => {
    const handle = await fresh();
    await importDataset(handle.db, shipped, { replace: false, source: "test", mode: "seed", now: new Date() });
    const before = await exportDataset(handle.db);
    // Valid for the schema, but two objects share a slug: the database refuses the second insert.
    const broken: Dataset = { ...shipped, objects: [...shipped.objects, { ...shipped.objects[0]! }] };
    await expect(importDataset(handle.db, broken, { replace: true, source: "broken", mode: "import", now: new Date() })).rejects.toThrow();
    expect(await exportDataset(handle.db)).toEqual(before);
  });

  it("reports every problem of a broken export file, with its path", () => {
    const text = JSON.stringify({ ...shipped, places: [{ ...shipped.places[0], slug: "Bad Slug", kind: "zoo" }, ...shipped.places.slice(1)] });
    try {
      parseDatasetJson(text, "broken.json");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      const paths = (error as DatasetError).problems.map((p) => p.path);
      expect(paths).toEqual(expect.arrayContaining(["places.0.slug", "places.0.kind"]));
    }
    expect(() => parseDatasetJson("{ not json", "x.json")).toThrow("not valid JSON");
  });
});

describe("seedIfEmpty", () => {
  it("loads the default dataset into a fresh database, once", async () => {
    const handle = await fresh();
    expect(await seedIfEmpty(handle)).toMatchObject({ places: shipped.places.length, events: shipped.events.length });
    expect(await seedIfEmpty(handle)).toBeUndefined();
  });
});
