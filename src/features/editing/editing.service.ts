/**
 * The record store: reads, lists, validates and writes one record of any kind at a time, as its
 * dataset document. Writes take the caller's transaction so the caller can record the audit entry
 * in it; nothing here records audit entries or checks permissions.
 *
 * Writers expect documents from validateDocument: they resolve references again (and throw
 * DocumentInvalidError if one vanished meanwhile) but do not repeat the other checks.
 */
import type { Database, Queryable, Transaction } from "../../db/database.ts";
import type { Locale } from "../../lib/locales.ts";
import { PageCache } from "../../web/page-cache.ts";
import type { AppDeps } from "../../web/app-env.ts";
import { resolverOf, visitRows, type ReferenceKind, type ResolveId } from "../dataset/dataset-rows.ts";
import { DOCUMENT_SCHEMAS, missingTranslations, referencesOf } from "./editing.schemas.ts";
import {
  DeletionRefusedError, DocumentInvalidError, VersionConflictError,
  type DeletionConsequence, type PublicationStatus, type RecordDocument, type RecordKind, type RecordSummary, type StoredRecord,
} from "./editing.types.ts";
import { bookingsHeldByPlace, writeOffersOfPlace, type OfferContent } from "../booking/offer-operations.service.ts";
import { findDeletionConsequences } from "./record-deletion.repository.ts";
import { countRecordsByPlace, findRecordSummaries, type RecordFilter } from "./record-list.repository.ts";
import { findRoot, idsOfSlugs, placeIdOfExhibition, placeIdOfRecord, roomsOfExhibition, type RootRow } from "./record-lookup.repository.ts";
import { readDocument } from "./record-reader.repository.ts";
import { validate, type ValidationResult } from "./record-validation.ts";
import { bumpVersion, deleteRecordRow, insertRecord, reorderRoomRows, rewriteRecord, setRecordStatus } from "./record-writer.repository.ts";
import { paths } from "../../web/paths.ts";

/** Which records a list shows (see RecordFilter). */
export type ListRecordsQuery = RecordFilter;
export type { ValidationResult };

export interface ValidateOptions {
  /** The slug of the record being edited; absent when creating one. */
  editing?: string;
}

/** The stored record as the back office sees it, from its root row. */
async function storedOf<K extends RecordKind>(db: Queryable, kind: K, root: RootRow<K>): Promise<StoredRecord<K>> {
  const [{ raw, rooms: roomSlugs }, placeId] = await Promise.all([readDocument(db, kind, root), placeIdOfRecord(db, kind, root.slug)]);
  const document = DOCUMENT_SCHEMAS[kind].parse(raw) as RecordDocument<K>;
  return {
    kind, slug: root.slug, status: root.status, version: root.version, updatedAt: new Date(root.updatedAt), placeId: placeId ?? null,
    document, missingTranslations: missingTranslations(document), ...(roomSlugs ? { rooms: roomSlugs } : {}),
  };
}

/** One record and everything it owns, read with queries scoped to it. */
export async function readRecord<K extends RecordKind>(db: Queryable, kind: K, slug: string): Promise<StoredRecord<K> | undefined> {
  const root = await findRoot(db, kind, slug);
  return root ? storedOf(db, kind, root) : undefined;
}

export function listRecords(db: Queryable, kind: RecordKind, query: ListRecordsQuery): Promise<{ items: RecordSummary[]; total: number }> {
  return findRecordSummaries(db, kind, query);
}

/** For the dashboard: per place, the drafts and the records missing a translation of one kind. */
export const countDraftsAndMissingByPlace = countRecordsByPlace;

/** The place the stored record belongs to (null: the network's), or undefined when there is no such record. */
export function scopeOfRecord(db: Queryable, kind: RecordKind, slug: string): Promise<number | null | undefined> {
  return placeIdOfRecord(db, kind, slug);
}

/** The place a (possibly invalid) document would belong to; null when it names none or an unknown one. */
export async function scopeOfDocument(db: Queryable, kind: RecordKind, doc: unknown): Promise<number | null> {
  const field = (name: string): string | undefined => {
    const value = doc && typeof doc === "object" ? (doc as Record<string, unknown>)[name] : undefined;
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const via = async (refKind: ReferenceKind, slug: string | undefined) => (slug === undefined ? null : (await placeIdOfRecord(db, refKind as RecordKind, slug)) ?? null);
  switch (kind) {
    case "place": return via("place", field("slug"));
    case "exhibition": return via("place", field("place"));
    case "room": return via("exhibition", field("exhibition"));
    case "object": return via("place", field("holder"));
    case "person": case "event": return via("place", field("owner"));
    case "theme": return null;
  }
}

/**
 * Checks `input` as a document of `kind`: its schema, the tables' rules, references to stored
 * records, and its slug (free on creation; unchanged when `options.editing` names the record edited).
 */
export function validateDocument<K extends RecordKind>(db: Queryable, kind: K, input: unknown, options: ValidateOptions = {}): Promise<ValidationResult<K>> {
  return validate(db, kind, input, options.editing);
}

/** Ids of everything `doc` refers to; throws DocumentInvalidError naming references to records that do not exist. */
async function resolveReferences(db: Queryable, kind: RecordKind, doc: RecordDocument): Promise<ResolveId> {
  const refs = referencesOf(kind, doc);
  const wanted: Partial<Record<ReferenceKind, string[]>> = {};
  for (const r of refs) (wanted[r.kind] ??= []).push(r.slug);
  const found = await idsOfSlugs(db, wanted);
  const missing = refs.filter((r) => !found[r.kind].has(r.slug));
  if (missing.length > 0) {
    throw new DocumentInvalidError(missing.map((r) => ({ path: r.path, code: "unknown_reference", message: `no ${r.kind} has the slug "${r.slug}"` })));
  }
  return resolverOf(found);
}

/** Locks the record's row for the rest of the transaction and checks it is still the version the editor opened. */
async function lockAtVersion<K extends RecordKind>(tx: Transaction, kind: K, slug: string, expectedVersion: number): Promise<RootRow<K>> {
  const root = await findRoot(tx, kind, slug, true);
  if (!root || root.version !== expectedVersion) throw new VersionConflictError(root ? await storedOf(tx, kind, root) : undefined);
  return root;
}

async function reread<K extends RecordKind>(tx: Transaction, kind: K, slug: string): Promise<StoredRecord<K>> {
  return (await readRecord(tx, kind, slug))!;
}

/** A place's visits go to booking, which keeps their slots and bookings (see writeOffersOfPlace); `now` decides which slots are future. */
async function writeVisitsOf(tx: Transaction, kind: RecordKind, placeId: number, doc: RecordDocument, now: Date): Promise<void> {
  if (kind === "place") await writeOffersOfPlace(tx, placeId, visitRows(doc as RecordDocument<"place">, placeId) as OfferContent[], now);
}

/** Stores a new record (with the status its document gives; the pages give draft). */
export async function createRecord<K extends RecordKind>(tx: Transaction, kind: K, doc: RecordDocument<K>, now: Date): Promise<StoredRecord<K>> {
  const ids = await resolveReferences(tx, kind, doc);
  const id = await insertRecord(tx, kind, doc, ids);
  await writeVisitsOf(tx, kind, id, doc, now);
  return reread(tx, kind, doc.slug);
}

/**
 * Rewrites the record from `doc` if it is still at `expectedVersion` (else VersionConflictError):
 * its row in place (same id, so links to it survive) and the rows it owns. The slug and the
 * publication status are not changed by an edit (see setStatus).
 */
export async function updateRecord<K extends RecordKind>(
  tx: Transaction, kind: K, slug: string, doc: RecordDocument<K>, expectedVersion: number, now: Date,
): Promise<StoredRecord<K>> {
  const root = await lockAtVersion(tx, kind, slug, expectedVersion);
  if (doc.slug !== slug) throw new DocumentInvalidError([{ path: ["slug"], code: "slug_locked", message: "the slug of a record cannot change" }]);
  const ids = await resolveReferences(tx, kind, doc);
  await rewriteRecord(tx, kind, root.id, doc, ids);
  await writeVisitsOf(tx, kind, root.id, doc, now);
  return reread(tx, kind, slug);
}

export async function setStatus<K extends RecordKind>(
  tx: Transaction, kind: K, slug: string, status: PublicationStatus, expectedVersion: number,
): Promise<StoredRecord<K>> {
  const root = await lockAtVersion(tx, kind, slug, expectedVersion);
  await setRecordStatus(tx, kind, root.id, status);
  return reread(tx, kind, slug);
}

/**
 * Deletes the record (and what hangs off it: see consequencesOfDeleting); returns it as it was.
 * A place whose visits hold bookings is not deleted (DeletionRefusedError): bookings are never lost.
 */
export async function deleteRecord<K extends RecordKind>(
  tx: Transaction, kind: K, slug: string, expectedVersion: number,
): Promise<StoredRecord<K>> {
  const root = await lockAtVersion(tx, kind, slug, expectedVersion);
  if (kind === "place") {
    const held = await bookingsHeldByPlace(tx, root.id);
    if (held > 0) throw new DeletionRefusedError(held);
  }
  const before = await storedOf(tx, kind, root);
  await deleteRecordRow(tx, kind, root.id);
  return before;
}

/** Puts the exhibition's rooms in the given order (every room, once); counts as an edit of the exhibition. */
export async function reorderRooms(
  tx: Transaction, exhibitionSlug: string, roomSlugsInOrder: string[], expectedVersion: number,
): Promise<StoredRecord<"exhibition">> {
  const exhibition = await lockAtVersion(tx, "exhibition", exhibitionSlug, expectedVersion);
  const current = await roomsOfExhibition(tx, exhibition.id);
  const idOf = new Map(current.map((r) => [r.slug, r.id]));
  const sameRooms = roomSlugsInOrder.length === current.length && new Set(roomSlugsInOrder).size === current.length
    && roomSlugsInOrder.every((s) => idOf.has(s));
  if (!sameRooms) {
    throw new DocumentInvalidError([{ path: ["rooms"], code: "invalid_value", message: "give every room of the exhibition exactly once" }]);
  }
  await reorderRoomRows(tx, exhibition.id, roomSlugsInOrder.map((s) => idOf.get(s)!));
  await bumpVersion(tx, "exhibition", exhibition.id);
  return reread(tx, "exhibition", exhibitionSlug);
}

/**
 * What deleting the record would also delete or detach (only what there is), and for a place the
 * bookings that forbid it (counted by booking, last). Empty for an unknown record.
 */
export async function consequencesOfDeleting(db: Queryable, kind: RecordKind, slug: string): Promise<DeletionConsequence[]> {
  const root = await findRoot(db, kind, slug);
  if (!root) return [];
  const [found, held] = await Promise.all([findDeletionConsequences(db, kind, root.id), kind === "place" ? bookingsHeldByPlace(db, root.id) : 0]);
  return held > 0 ? [...found, { kind: "booking", effect: "blocks", count: held, titles: [] }] : found;
}

/** The record's address on the public site, e.g. /fr/rooms/reconquest-and-liberation. */
export const publicPathOf = (kind: RecordKind, slug: string, locale: Locale) => paths.record(locale, kind, slug);

/** Thrown to roll the preview's transaction back once the page is read. */
class PreviewRollback extends Error {
  constructor(readonly html: string) {
    super("preview rolled back");
  }
}

/**
 * The public page of the record as it would look once published, drafts and all: inside a
 * transaction the record and the records it hangs off are published, the page is rendered from
 * that transaction with an empty page cache, and everything is rolled back. Undefined when there
 * is no such record.
 */
export async function renderPreview(
  deps: AppDeps, kind: RecordKind, slug: string, locale: Locale,
  renderPublicPage: (deps: AppDeps, path: string) => Promise<Response>,
): Promise<string | undefined> {
  try {
    await deps.db.transaction(async (tx) => {
      const root = await findRoot(tx, kind, slug);
      if (!root) return;
      await publishWithParents(tx, kind, root);
      const response = await renderPublicPage(
        { ...deps, db: tx as unknown as Database, pageCache: new PageCache(), contentRevision: async () => -1 - Math.random() },
        publicPathOf(kind, slug, locale),
      );
      throw new PreviewRollback(await response.text());
    });
  } catch (error) {
    if (error instanceof PreviewRollback) return error.html;
    throw error;
  }
  return undefined;
}

async function publishWithParents(tx: Transaction, kind: RecordKind, root: RootRow<RecordKind>): Promise<void> {
  await setRecordStatus(tx, kind, root.id, "published");
  if (kind === "room") {
    const exhibitionId = (root as RootRow<"room">).exhibitionId;
    await setRecordStatus(tx, "exhibition", exhibitionId, "published");
    const placeId = await placeIdOfExhibition(tx, exhibitionId);
    if (placeId !== undefined) await setRecordStatus(tx, "place", placeId, "published");
  }
  if (kind === "exhibition") await setRecordStatus(tx, "place", (root as RootRow<"exhibition">).placeId, "published");
  if (kind === "object") await setRecordStatus(tx, "place", (root as RootRow<"object">).holderId, "published");
}
