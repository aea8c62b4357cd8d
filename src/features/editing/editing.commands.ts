/**
 * What an editor does to one record, as commands: create, save, publish or unpublish, delete,
 * move a room. Each checks the actor's right (a refusal is a 403, audited), then writes and records
 * the audit entry in one transaction, so the back office, the API and the command line change
 * records the same way. A stale version throws VersionConflictError and changes nothing.
 */
import { notFound } from "../../lib/errors.ts";
import type { Actor } from "../../web/app-env.ts";
import { recordAudit, type CommandContext } from "../audit/audit.service.ts";
import { authorizeActor } from "../staff/staff.guard.ts";
import type { Action } from "../staff/staff.policies.ts";
import {
  createRecord, deleteRecord, readRecord, reorderRooms, scopeOfDocument, scopeOfRecord, setStatus, updateRecord,
} from "./editing.service.ts";
import { VersionConflictError, type PublicationStatus, type RecordDocument, type RecordKind, type StoredRecord } from "./editing.types.ts";

const target = (kind: RecordKind, slug: string) => ({ entityKind: kind, entityKey: slug });

/** The place of the stored record (404 when there is none), after checking `actor` may do `action` to it. */
async function authorizedScope(actor: Actor, action: Action, kind: RecordKind, slug: string, ctx: CommandContext): Promise<number | null> {
  const scope = await scopeOfRecord(ctx.db, kind, slug);
  if (scope === undefined) throw notFound(kind, slug);
  await authorizeActor(actor, action, { placeId: scope }, target(kind, slug), ctx);
  return scope;
}

/** Stores a new record from a validated document (the pages give it the draft status). */
export async function addRecord<K extends RecordKind>(actor: Actor, input: { kind: K; doc: RecordDocument<K> }, ctx: CommandContext): Promise<StoredRecord<K>> {
  const { kind, doc } = input;
  const scope = await scopeOfDocument(ctx.db, kind, doc);
  await authorizeActor(actor, "content.create", { placeId: scope }, target(kind, doc.slug), ctx);
  return ctx.db.transaction(async (tx) => {
    const record = await createRecord(tx, kind, doc, ctx.now());
    await recordAudit(tx, ctx.origin, { action: `${kind}.create`, ...target(kind, record.slug), placeId: record.placeId, before: null, after: record.document }, ctx.now());
    return record;
  });
}

/**
 * Rewrites record `slug` from a validated document if it is still at `version`. Moving it to
 * another place takes the right to edit there too.
 */
export async function editRecord<K extends RecordKind>(
  actor: Actor, input: { kind: K; slug: string; doc: RecordDocument<K>; version: number }, ctx: CommandContext,
): Promise<StoredRecord<K>> {
  const { kind, slug, doc, version } = input;
  const scope = await authorizedScope(actor, "content.edit", kind, slug, ctx);
  // Places and themes belong to the network or to themselves: their document cannot move them.
  const newScope = kind === "place" || kind === "theme" ? scope : await scopeOfDocument(ctx.db, kind, doc);
  if (newScope !== scope) await authorizeActor(actor, "content.edit", { placeId: newScope }, target(kind, slug), ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await readRecord(tx, kind, slug);
    if (!before || before.version !== version) throw new VersionConflictError(before);
    const after = await updateRecord(tx, kind, slug, doc, version, ctx.now());
    await recordAudit(tx, ctx.origin, { action: `${kind}.update`, ...target(kind, slug), placeId: after.placeId, before: before.document, after: after.document }, ctx.now());
    return after;
  });
}

/** Publishes (or takes back to draft) record `slug` if it is still at `version`. */
export async function changeRecordStatus(
  actor: Actor, input: { kind: RecordKind; slug: string; status: PublicationStatus; version: number }, ctx: CommandContext,
): Promise<StoredRecord> {
  const { kind, slug, status, version } = input;
  const verb = status === "published" ? "publish" : "unpublish";
  await authorizedScope(actor, "content.publish", kind, slug, ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await readRecord(tx, kind, slug);
    if (!before || before.version !== version) throw new VersionConflictError(before);
    const after = await setStatus(tx, kind, slug, status, version);
    await recordAudit(tx, ctx.origin, { action: `${kind}.${verb}`, ...target(kind, slug), placeId: after.placeId, before: before.document, after: after.document }, ctx.now());
    return after;
  });
}

/** Deletes record `slug` and what hangs off it if it is still at `version` (DeletionRefusedError when bookings hold it). */
export async function removeRecord(actor: Actor, input: { kind: RecordKind; slug: string; version: number }, ctx: CommandContext): Promise<StoredRecord> {
  const { kind, slug, version } = input;
  await authorizedScope(actor, "content.delete", kind, slug, ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await deleteRecord(tx, kind, slug, version);
    await recordAudit(tx, ctx.origin, { action: `${kind}.delete`, ...target(kind, slug), placeId: before.placeId, before: before.document, after: null }, ctx.now());
    return before;
  });
}

/** One room of an exhibition, one step up or down; a move past either end changes nothing. */
export interface RoomMove {
  room: string;
  direction: "up" | "down";
}

/** Moves one room of exhibition `slug` if the exhibition is still at `version`. */
export async function moveRoom(actor: Actor, input: { exhibition: string; move: RoomMove | undefined; version: number }, ctx: CommandContext): Promise<void> {
  const { exhibition: slug, move, version } = input;
  await authorizedScope(actor, "content.edit", "exhibition", slug, ctx);
  await ctx.db.transaction(async (tx) => {
    const before = await readRecord(tx, "exhibition", slug);
    if (!before || before.version !== version) throw new VersionConflictError(before);
    const order = [...(before.rooms ?? [])];
    const i = move ? order.indexOf(move.room) : -1;
    const j = move?.direction === "up" ? i - 1 : i + 1;
    if (i < 0 || j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j]!, order[i]!];
    const after = await reorderRooms(tx, slug, order, version);
    await recordAudit(tx, ctx.origin, {
      action: "exhibition.reorder_rooms", ...target("exhibition", slug), placeId: after.placeId,
      before: { rooms: before.rooms }, after: { rooms: after.rooms ?? order },
    }, ctx.now());
  });
}
