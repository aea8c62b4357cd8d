/**
 * Whole-dataset transfers as commands, the same for the back office and the command line: the
 * import (content, optionally the staff roles kept across it, and its audit entry, all or nothing)
 * and the audited export.
 */
import type { Database } from "../../db/database.ts";
import { sha256Hex } from "../../lib/secrets.ts";
import type { Actor } from "../../web/app-env.ts";
import { recordAudit, type CommandContext } from "../audit/audit.service.ts";
import { authorizeActor } from "../staff/staff.guard.ts";
import { countContent, findGrantsByPlaceSlug, restoreGrants, type ContentKind, type GrantBySlug } from "./dataset.admin.repository.ts";
import { exportDataset, importDataset } from "./dataset.service.ts";
import type { Dataset } from "./dataset.schemas.ts";

/** Who asks: a signed-in administrator, or undefined for the command line (whose operator holds the database itself). */
type Transferer = Actor | undefined;

const mayTransfer = async (actor: Transferer, ctx: CommandContext) => {
  if (actor) await authorizeActor(actor, "dataset.transfer", { placeId: null }, { entityKind: "dataset" }, ctx);
};

export interface ImportInput {
  dataset: Dataset;
  /** The file's name as given, and its bytes (for the audit entry's size and digest). */
  fileName: string;
  bytes: Uint8Array;
  /** What the loader names as the data's source (e.g. "back office: export.json"). */
  source: string;
  replace: boolean;
  /**
   * Give back staff roles of places still there after a replace (the back office and the
   * command line both do; roles of places gone are dropped and listed).
   */
  keepRoles: boolean;
}

export interface ImportResult {
  /** Records loaded per kind, as the loader counts them. */
  counts: Record<string, number>;
  /** Records stored per kind once the import is done. */
  stored: Record<ContentKind, number>;
  restored: GrantBySlug[];
  dropped: GrantBySlug[];
}

/**
 * Loads `dataset` (see importDataset: refused when content exists unless `replace`, bookings
 * always kept) and records the import, in one transaction.
 */
export async function importDatasetFile(actor: Transferer, input: ImportInput, ctx: CommandContext): Promise<ImportResult> {
  await mayTransfer(actor, ctx);
  const { fileName, bytes } = input;
  return ctx.db.transaction(async (tx) => {
    const grants = input.keepRoles ? await findGrantsByPlaceSlug(tx) : [];
    // A nested transaction (a savepoint): the import, the roles and the audit entry commit together.
    const counts = await importDataset(tx as unknown as Database, input.dataset, { replace: input.replace, source: input.source, mode: "import", now: ctx.now() });
    const { restored, dropped } = input.keepRoles ? await restoreGrants(tx, grants) : { restored: [], dropped: [] };
    await recordAudit(tx, ctx.origin, {
      action: "dataset.import", entityKind: "dataset", entityKey: fileName,
      detail: {
        file: fileName, bytes: bytes.length, sha256: sha256Hex(bytes), counts,
        ...(input.keepRoles ? { rolesKept: restored.length, rolesDropped: dropped.map((g) => `${g.placeSlug}:${g.role}`) } : {}),
      },
    }, ctx.now());
    return { counts, stored: await countContent(tx), restored, dropped };
  });
}

/** The whole dataset, its download recorded (`filename` as offered; the CSV also names how many objects it lists). */
export async function exportDatasetFile(actor: Transferer, input: { format: "json" | "csv"; filename: string }, ctx: CommandContext): Promise<Dataset> {
  await mayTransfer(actor, ctx);
  const dataset = await exportDataset(ctx.db);
  const detail = input.format === "json"
    ? { format: "json", filename: input.filename }
    : { format: "csv", filename: input.filename, objects: dataset.objects.length };
  await recordAudit(ctx.db, ctx.origin, { action: "dataset.export", entityKind: "dataset", detail }, ctx.now());
  return dataset;
}
