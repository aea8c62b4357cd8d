/** The dataset import command as the command line calls it: audited from "command line", and all or nothing with its entry. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/database.ts";
import { aPlace, storeRecords } from "../../../test/factories.ts";
import type { DatabaseHandle } from "../../db/database.ts";
import { auditLog } from "../../db/schema/audit.ts";
import { COMMAND_LINE } from "../audit/audit.service.ts";
import { importDatasetFile } from "./dataset.commands.ts";
import { exportDataset } from "./dataset.service.ts";
import type { Dataset } from "./dataset.schemas.ts";

let handle: DatabaseHandle;
let stored: Dataset;
beforeAll(async () => {
  handle = await createTestDatabase();
  await storeRecords(handle.db, { places: [aPlace({ slug: "musee-a" }), aPlace({ slug: "musee-b" })] });
  stored = await exportDataset(handle.db);
});
afterAll(() => handle.close());

const smaller = () => ({ ...stored, places: stored.places.filter((p) => p.slug === "musee-a") });
const bytes = new TextEncoder().encode("{}");

describe("importing from the command line", () => {
  it("changes nothing when its audit entry cannot be stored", async () => {
    await expect(importDatasetFile(undefined, {
      dataset: smaller(), fileName: "smaller.json", bytes, source: "smaller.json", replace: true, keepRoles: false,
    }, { db: handle.db, now: () => new Date(Number.NaN), origin: COMMAND_LINE })).rejects.toThrow();
    expect(await exportDataset(handle.db)).toEqual(stored);
    expect(await handle.db.$count(auditLog)).toBe(0);
  });

  it("replaces the content and records the import from the command line, at the command's time", async () => {
    const at = new Date("2029-12-31T23:00:00.000Z");
    const result = await importDatasetFile(undefined, {
      dataset: smaller(), fileName: "smaller.json", bytes, source: "smaller.json", replace: true, keepRoles: false,
    }, { db: handle.db, now: () => at, origin: COMMAND_LINE });
    expect(result.stored.places).toBe(1);
    expect((await exportDataset(handle.db)).places.map((p) => p.slug)).toEqual(["musee-a"]);
    const [entry] = await handle.db.select().from(auditLog);
    expect(entry).toMatchObject({ action: "dataset.import", entityKey: "smaller.json", address: "command line", actorId: null, detail: { file: "smaller.json", bytes: 2 } });
    expect(entry!.at.toISOString()).toBe(at.toISOString());
  });
});
