/** Writes a whole Dataset into the database, resolving slugs to ids. Run it inside one transaction. */
import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/database.ts";
import { insertChildRows, insertRows } from "../../db/insert-rows.ts";
import { bookingOffers } from "../../db/schema/bookings.ts";
import { collectionObjects } from "../../db/schema/collection.ts";
import { exhibitions, roomSections, rooms } from "../../db/schema/exhibitions.ts";
import { events, people } from "../../db/schema/history.ts";
import { places } from "../../db/schema/places.ts";
import { datasetLoads } from "../../db/schema/system.ts";
import { media, themes } from "../../db/schema/themes-media.ts";
import {
  CHILD_TABLES, eventChildRows, eventRow, exhibitionChildRows, exhibitionRow, objectChildRows, objectPartOf, objectRow, personChildRows,
  personRow, placeChildRows, placeRow, resolverOf, roomChildRows, roomRow, sectionMediaRows, sectionRows, themeRow, visitRows,
  type ReferenceKind, type Row,
} from "./dataset-rows.ts";
import type { Dataset } from "./dataset.schemas.ts";

type Ids = Map<string, number>;

/** The tables that hold content; every other content table hangs off them and goes with them. */
const ROOT_TABLES = ["themes", "people", "events", "places", "dataset_loads"];

/** Ids keep counting up (no RESTART IDENTITY): the audit log names places by id, and an id must never name two. */
export async function deleteAllContent(db: Queryable): Promise<void> {
  await db.execute(sql.raw(`truncate ${ROOT_TABLES.join(", ")} cascade`));
}

/** True once any dataset was loaded, even if its content was deleted since. */
export async function hasLoadedADataset(db: Queryable): Promise<boolean> {
  return (await db.$count(datasetLoads)) > 0;
}

/** True when no content of any kind is stored. */
export async function isContentEmpty(db: Queryable): Promise<boolean> {
  const counts = await Promise.all([themes, people, events, places].map((t) => db.$count(t)));
  return counts.every((n) => n === 0);
}

async function insertIds(db: Queryable, table: PgTable & { id: any; slug: any }, rows: Row[]): Promise<Ids> {
  if (rows.length === 0) return new Map();
  const inserted = (await db.insert(table).values(rows as never).returning({ id: table.id, slug: table.slug })) as { id: number; slug: string }[];
  return new Map(inserted.map((r) => [r.slug, r.id]));
}

/** Inserts every record of `data` (which must be valid, see findReferenceIssues) and returns per-kind counts. */
export async function insertDataset(db: Queryable, data: Dataset, source: string, mode: string): Promise<Record<string, number>> {
  const maps: Partial<Record<ReferenceKind, Ids>> = {};
  const ids = resolverOf(maps);
  maps.theme = await insertIds(db, themes, data.themes.map(themeRow));
  maps.place = await insertIds(db, places, data.places.map(placeRow));
  maps.person = await insertIds(db, people, data.people.map((p) => personRow(p, ids)));
  maps.event = await insertIds(db, events, data.events.map((e) => eventRow(e, ids)));
  maps.exhibition = await insertIds(db, exhibitions, data.exhibitions.map((e) => exhibitionRow(e, ids)));
  maps.room = await insertIds(db, rooms, data.exhibitions.flatMap((e) => e.rooms.map((r, position) => ({
    ...roomRow(r), position, exhibitionId: ids("exhibition", e.slug),
  }))));
  const allRooms = data.exhibitions.flatMap((e) => e.rooms);
  const allSections = allRooms.flatMap((r) => sectionRows(r, ids("room", r.slug)));
  const sectionIds = new Map<string, number>();
  if (allSections.length > 0) {
    const inserted = await db.insert(roomSections).values(allSections as never).returning({ id: roomSections.id, roomId: roomSections.roomId, key: roomSections.key });
    for (const s of inserted) sectionIds.set(`${s.roomId}/${s.key}`, s.id);
  }
  maps.object = await insertIds(db, collectionObjects, data.objects.map((o) => objectRow(o, ids)));
  for (const o of data.objects.filter((x) => x.partOf !== undefined)) {
    await db.update(collectionObjects).set({ partOfId: objectPartOf(o, ids) }).where(sql`${collectionObjects.id} = ${ids("object", o.slug)}`);
  }

  for (const p of data.places) {
    await insertChildRows(db, CHILD_TABLES.place, placeChildRows(p, ids("place", p.slug), ids));
    await insertRows(db, bookingOffers, visitRows(p, ids("place", p.slug)));
  }
  for (const p of data.people) await insertChildRows(db, CHILD_TABLES.person, personChildRows(p, ids("person", p.slug), ids));
  for (const e of data.events) await insertChildRows(db, CHILD_TABLES.event, eventChildRows(e, ids("event", e.slug), ids));
  for (const e of data.exhibitions) {
    await insertChildRows(db, CHILD_TABLES.exhibition, exhibitionChildRows(e, ids("exhibition", e.slug), ids));
    for (const r of e.rooms) {
      const roomId = ids("room", r.slug);
      const { sections: _inserted, ...rest } = roomChildRows(r, roomId, ids);
      const { sections: _s, ...tables } = CHILD_TABLES.room;
      await insertChildRows(db, tables, rest);
      await insertRows(db, media, sectionMediaRows(r, (key) => sectionIds.get(`${roomId}/${key}`)!));
    }
  }
  for (const o of data.objects) await insertChildRows(db, CHILD_TABLES.object, objectChildRows(o, ids("object", o.slug), ids));

  const counts = {
    themes: data.themes.length, people: data.people.length, events: data.events.length, places: data.places.length,
    exhibitions: data.exhibitions.length, rooms: maps.room?.size ?? 0, objects: data.objects.length,
  };
  await db.insert(datasetLoads).values({ source, mode, counts });
  return counts;
}
