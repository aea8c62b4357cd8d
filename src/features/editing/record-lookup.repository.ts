/** Finding records by slug or id, one kind at a time, with queries scoped to the slugs or ids asked for. */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { collectionObjects } from "../../db/schema/collection.ts";
import { exhibitions, roomSections, rooms } from "../../db/schema/exhibitions.ts";
import { events, people } from "../../db/schema/history.ts";
import { places } from "../../db/schema/places.ts";
import { media, themes } from "../../db/schema/themes-media.ts";
import type { SlugOfId } from "../dataset/dataset-documents.ts";
import type { ReferenceKind } from "../dataset/dataset-rows.ts";
import type { RecordKind } from "./editing.types.ts";

/** The table holding the records of each kind. */
export const RECORD_TABLES = {
  place: places, exhibition: exhibitions, room: rooms, object: collectionObjects, person: people, event: events, theme: themes,
} as const;

export type RootRow<K extends RecordKind> = (typeof RECORD_TABLES)[K]["$inferSelect"];

/** The record of `kind` with that slug; `lock` takes a row lock until the transaction ends (select ... for update). */
export async function findRoot<K extends RecordKind>(db: Queryable, kind: K, slug: string, lock = false): Promise<RootRow<K> | undefined> {
  const table = RECORD_TABLES[kind] as typeof places;
  const query = db.select().from(table).where(eq(table.slug, slug));
  const [row] = lock ? await query.for("update") : await query;
  return row as RootRow<K> | undefined;
}

/** Ids of the given slugs, per kind; slugs without a record are absent from the maps. */
export async function idsOfSlugs(db: Queryable, wanted: Partial<Record<ReferenceKind, Iterable<string>>>): Promise<Record<ReferenceKind, Map<string, number>>> {
  const kinds = Object.keys(RECORD_TABLES) as ReferenceKind[];
  const found = await Promise.all(kinds.map(async (kind) => {
    const slugs = [...new Set(wanted[kind] ?? [])];
    if (slugs.length === 0) return new Map<string, number>();
    const table = RECORD_TABLES[kind] as typeof places;
    const rows = await db.select({ id: table.id, slug: table.slug }).from(table).where(inArray(table.slug, slugs));
    return new Map(rows.map((r) => [r.slug, r.id]));
  }));
  return Object.fromEntries(kinds.map((k, i) => [k, found[i]!])) as Record<ReferenceKind, Map<string, number>>;
}

/** A SlugOfId over the given ids, per kind (ids not asked for resolve to undefined). */
export async function slugsOfIds(db: Queryable, wanted: Partial<Record<ReferenceKind, (number | null)[]>>): Promise<SlugOfId> {
  const kinds = Object.keys(RECORD_TABLES) as ReferenceKind[];
  const found = await Promise.all(kinds.map(async (kind) => {
    const ids = [...new Set((wanted[kind] ?? []).filter((id): id is number => id !== null))];
    if (ids.length === 0) return new Map<number, string>();
    const table = RECORD_TABLES[kind] as typeof places;
    const rows = await db.select({ id: table.id, slug: table.slug }).from(table).where(inArray(table.id, ids));
    return new Map(rows.map((r) => [r.id, r.slug]));
  }));
  const maps = Object.fromEntries(kinds.map((k, i) => [k, found[i]!])) as Record<ReferenceKind, Map<number, string>>;
  return (kind, id) => (id === null ? undefined : maps[kind].get(id));
}

/** The place a stored record belongs to: null for the network's records, undefined when there is no such record. */
export async function placeIdOfRecord(db: Queryable, kind: RecordKind, slug: string): Promise<number | null | undefined> {
  switch (kind) {
    case "place": return (await findRoot(db, "place", slug))?.id;
    case "exhibition": return (await findRoot(db, "exhibition", slug))?.placeId;
    case "object": return (await findRoot(db, "object", slug))?.holderId;
    case "person": return (await findRoot(db, "person", slug))?.ownerPlaceId;
    case "event": return (await findRoot(db, "event", slug))?.ownerPlaceId;
    case "theme": return (await findRoot(db, "theme", slug)) ? null : undefined;
    case "room": {
      const [row] = await db.select({ placeId: exhibitions.placeId }).from(rooms)
        .innerJoin(exhibitions, eq(exhibitions.id, rooms.exhibitionId)).where(eq(rooms.slug, slug));
      return row?.placeId;
    }
  }
}

/** The place of an exhibition, by the exhibition's id. */
export async function placeIdOfExhibition(db: Queryable, exhibitionId: number): Promise<number | undefined> {
  const [row] = await db.select({ placeId: exhibitions.placeId }).from(exhibitions).where(eq(exhibitions.id, exhibitionId));
  return row?.placeId;
}

/** The rooms of an exhibition (in no particular order). */
export function roomsOfExhibition(db: Queryable, exhibitionId: number): Promise<{ id: number; slug: string }[]> {
  return db.select({ id: rooms.id, slug: rooms.slug }).from(rooms).where(eq(rooms.exhibitionId, exhibitionId));
}

/** Of the given slugs, those of exhibitions of the place `placeId`. */
export async function exhibitionSlugsOfPlace(db: Queryable, placeId: number, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db.select({ slug: exhibitions.slug }).from(exhibitions)
    .where(and(eq(exhibitions.placeId, placeId), inArray(exhibitions.slug, slugs)));
  return new Set(rows.map((r) => r.slug));
}

/** Of the given slugs, those of rooms of an exhibition of the place `placeId`. */
export async function roomSlugsOfPlace(db: Queryable, placeId: number, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db.select({ slug: rooms.slug }).from(rooms).innerJoin(exhibitions, eq(exhibitions.id, rooms.exhibitionId))
    .where(and(eq(exhibitions.placeId, placeId), inArray(rooms.slug, slugs)));
  return new Set(rows.map((r) => r.slug));
}

export async function sectionIdsOfRoom(db: Queryable, roomId: number): Promise<number[]> {
  const rows = await db.select({ id: roomSections.id }).from(roomSections).where(eq(roomSections.roomId, roomId));
  return rows.map((r) => r.id);
}

/** Media slugs among `slugs` already used by media other than the record's own (`own`) (media slugs are unique across the site). */
export async function mediaSlugsTakenElsewhere(db: Queryable, slugs: string[], own: { column: keyof typeof OWNER_COLUMNS; ids: number[] }[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const owned = own.filter((o) => o.ids.length > 0).map((o) => inArray(OWNER_COLUMNS[o.column], o.ids));
  const notOwn = owned.length === 0 ? sql`true` : sql`not (${sql.join(owned.map((c) => sql`coalesce(${c}, false)`), sql` or `)})`;
  const rows = await db.select({ slug: media.slug }).from(media).where(and(inArray(media.slug, slugs), notOwn));
  return new Set(rows.map((r) => r.slug));
}

const OWNER_COLUMNS = {
  placeId: media.placeId, exhibitionId: media.exhibitionId, roomId: media.roomId, roomSectionId: media.roomSectionId,
  objectId: media.objectId, personId: media.personId, eventId: media.eventId,
} as const;
