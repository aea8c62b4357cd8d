/**
 * Writes one record: its root row (inserted, or updated in place so links to it survive) and the
 * rows it owns (replaced whole), with the dataset loader's own document-to-rows mapping. A place's
 * visits are not written here: slots and bookings hang off them, so booking writes them (see
 * booking/offer-operations.service.ts).
 * Run inside the caller's transaction: a failure part-way leaves nothing behind.
 */
import { and, eq, getTableColumns, inArray, max, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/database.ts";
import { insertChildRows, insertRows } from "../../db/insert-rows.ts";
import { exhibitions, roomSections, rooms } from "../../db/schema/exhibitions.ts";
import { media } from "../../db/schema/themes-media.ts";
import {
  CHILD_TABLES, eventChildRows, eventRow, exhibitionChildRows, exhibitionRow, objectChildRows, objectPartOf, objectRow, personChildRows,
  personRow, placeChildRows, placeRow, roomChildRows, roomRow, sectionMediaRows, themeRow, type ResolveId, type Row,
} from "../dataset/dataset-rows.ts";
import type { RecordDocument, RecordKind } from "./editing.types.ts";
import { RECORD_TABLES } from "./record-lookup.repository.ts";

type Docs = { [K in RecordKind]: RecordDocument<K> };

/** Columns an edit never writes: identity, publication (see setStatus), bookkeeping, and a room's place in its exhibition. */
const KEPT_COLUMNS = new Set(["id", "slug", "status", "version", "createdAt", "updatedAt", "exhibitionId", "position"]);

function rootRowOf(kind: RecordKind, doc: RecordDocument, ids: ResolveId): Row {
  switch (kind) {
    case "theme": return themeRow(doc as Docs["theme"]);
    case "place": return placeRow(doc as Docs["place"]);
    case "person": return personRow(doc as Docs["person"], ids);
    case "event": return eventRow(doc as Docs["event"], ids);
    case "exhibition": return exhibitionRow(doc as Docs["exhibition"], ids);
    case "room": return roomRow(doc as Docs["room"]);
    case "object": return { ...objectRow(doc as Docs["object"], ids), partOfId: objectPartOf(doc as Docs["object"], ids) };
  }
}

/** Inserts a new record and its rows; returns its id. A room goes last in its exhibition. */
export async function insertRecord(db: Queryable, kind: RecordKind, doc: RecordDocument, ids: ResolveId): Promise<number> {
  const table = RECORD_TABLES[kind] as PgTable & { id: any };
  let row = rootRowOf(kind, doc, ids);
  if (kind === "room") {
    const exhibitionId = ids("exhibition", (doc as Docs["room"]).exhibition);
    // Rooms created at once in one exhibition would take the same position: they queue on the exhibition's row.
    await db.select({ id: exhibitions.id }).from(exhibitions).where(eq(exhibitions.id, exhibitionId)).for("update");
    const [last] = await db.select({ position: max(rooms.position) }).from(rooms).where(eq(rooms.exhibitionId, exhibitionId));
    row = { ...row, exhibitionId, position: (last?.position ?? -1) + 1 };
  }
  const [inserted] = (await db.insert(table).values(row as never).returning({ id: table.id })) as { id: number }[];
  await insertOwnedRows(db, kind, inserted!.id, doc, ids);
  return inserted!.id;
}

/** Rewrites the record `id` in place from `doc` (absent facts become null), replaces its rows, and increments its version. */
export async function rewriteRecord(db: Queryable, kind: RecordKind, id: number, doc: RecordDocument, ids: ResolveId): Promise<void> {
  const table = RECORD_TABLES[kind] as PgTable & { id: any; version: any };
  const row = rootRowOf(kind, doc, ids);
  const columns = Object.keys(getTableColumns(table)).filter((c) => !KEPT_COLUMNS.has(c));
  const values = Object.fromEntries(columns.map((c) => [c, row[c] === undefined ? null : row[c]]));
  await db.update(table).set({ ...values, version: sql`${table.version} + 1` } as never).where(eq(table.id, id));
  await deleteOwnedRows(db, kind, id);
  await insertOwnedRows(db, kind, id, doc, ids);
}

async function deleteOwnedRows(db: Queryable, kind: RecordKind, id: number): Promise<void> {
  if (kind === "theme") return;
  for (const { table, owner } of Object.values(CHILD_TABLES[kind])) await db.delete(table).where(eq(owner, id));
}

async function insertOwnedRows(db: Queryable, kind: RecordKind, id: number, doc: RecordDocument, ids: ResolveId): Promise<void> {
  switch (kind) {
    case "theme": return;
    case "place": return insertChildRows(db, CHILD_TABLES.place, placeChildRows(doc as Docs["place"], id, ids));
    case "person": return insertChildRows(db, CHILD_TABLES.person, personChildRows(doc as Docs["person"], id, ids));
    case "event": return insertChildRows(db, CHILD_TABLES.event, eventChildRows(doc as Docs["event"], id, ids));
    case "exhibition": return insertChildRows(db, CHILD_TABLES.exhibition, exhibitionChildRows(doc as Docs["exhibition"], id, ids));
    case "object": return insertChildRows(db, CHILD_TABLES.object, objectChildRows(doc as Docs["object"], id, ids));
    case "room": {
      const room = doc as Docs["room"];
      const { sections, ...rest } = roomChildRows(room, id, ids);
      const { sections: _s, ...tables } = CHILD_TABLES.room;
      const sectionIds = new Map<string, number>();
      if (sections.length > 0) {
        const inserted = await db.insert(roomSections).values(sections as never).returning({ id: roomSections.id, key: roomSections.key });
        for (const s of inserted) sectionIds.set(s.key, s.id);
      }
      await insertChildRows(db, tables, rest);
      await insertRows(db, media, sectionMediaRows(room, (key) => sectionIds.get(key)!));
    }
  }
}

export async function setRecordStatus(db: Queryable, kind: RecordKind, id: number, status: "draft" | "published"): Promise<void> {
  const table = RECORD_TABLES[kind] as PgTable & { id: any; version: any; status: any };
  await db.update(table).set({ status, version: sql`${table.version} + 1` } as never).where(eq(table.id, id));
}

export async function deleteRecordRow(db: Queryable, kind: RecordKind, id: number): Promise<void> {
  const table = RECORD_TABLES[kind] as PgTable & { id: any };
  await db.delete(table).where(eq(table.id, id));
}

/**
 * Puts the rooms of an exhibition in the given order (ids, all of them). Positions are unique per
 * exhibition, so the rooms first move to temporary negative positions.
 */
export async function reorderRoomRows(db: Queryable, exhibitionId: number, roomIdsInOrder: number[]): Promise<void> {
  if (roomIdsInOrder.length === 0) return;
  const inExhibition = and(eq(rooms.exhibitionId, exhibitionId), inArray(rooms.id, roomIdsInOrder));
  await db.update(rooms).set({ position: sql`-1 - ${rooms.position}` }).where(inExhibition);
  const cases = sql.join(roomIdsInOrder.map((id, position) => sql`when ${id}::int then ${position}::smallint`), sql` `);
  await db.update(rooms).set({ position: sql`case ${rooms.id} ${cases} end` }).where(inExhibition);
}

/** Marks an exhibition edited (its room order is part of it). */
export async function bumpVersion(db: Queryable, kind: RecordKind, id: number): Promise<void> {
  const table = RECORD_TABLES[kind] as PgTable & { id: any; version: any };
  await db.update(table).set({ version: sql`${table.version} + 1` } as never).where(eq(table.id, id));
}
