import { index, integer, pgEnum, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { contentColumns, fuzzyDate, localized } from "./columns.ts";
import { rooms } from "./exhibitions.ts";
import { events, people } from "./history.ts";
import { places } from "./places.ts";

export const objectType = pgEnum("object_type", [
  "collection", "object", "photograph", "film", "video", "archive", "document", "letter", "drawing", "furniture",
  "uniform", "weapon", "poster", "audio",
]);

/** An item of a collection, or a group of items (`type` "collection") that other items are part of. */
export const collectionObjects = pgTable("collection_objects", {
  ...contentColumns(),
  holderId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  partOfId: integer().references((): any => collectionObjects.id, { onDelete: "set null" }),
  type: objectType().notNull(),
  title: localized().notNull(),
  summary: localized(),
  description: localized(),
  ...fuzzyDate("date"),
  /** How many pieces an item or a group counts, when the source says ("more than 7000 pieces"). */
  itemCount: integer(),
  itemCountQualifier: text(),
  provenance: localized(),
  credit: localized(),
  rights: text(),
  inventoryNumber: text(),
}, (t) => [index().on(t.holderId), index().on(t.partOfId)]);

export const objectPeople = pgTable("object_people", {
  objectId: integer().notNull().references(() => collectionObjects.id, { onDelete: "cascade" }),
  personId: integer().notNull().references(() => people.id, { onDelete: "cascade" }),
  position: smallint().notNull().default(0),
  role: localized(),
}, (t) => [primaryKey({ columns: [t.objectId, t.personId] }), index().on(t.personId)]);

export const objectEvents = pgTable("object_events", {
  objectId: integer().notNull().references(() => collectionObjects.id, { onDelete: "cascade" }),
  eventId: integer().notNull().references(() => events.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.objectId, t.eventId] }), index().on(t.eventId)]);

/** Places an object concerns (not the place that holds it). */
export const objectPlaces = pgTable("object_places", {
  objectId: integer().notNull().references(() => collectionObjects.id, { onDelete: "cascade" }),
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.objectId, t.placeId] }), index().on(t.placeId)]);

/** Events a room tells, in the room's order. */
export const roomEvents = pgTable("room_events", {
  roomId: integer().notNull().references(() => rooms.id, { onDelete: "cascade" }),
  eventId: integer().notNull().references(() => events.id, { onDelete: "cascade" }),
  position: smallint().notNull(),
}, (t) => [primaryKey({ columns: [t.roomId, t.eventId] }), index().on(t.eventId)]);

export const roomObjects = pgTable("room_objects", {
  roomId: integer().notNull().references(() => rooms.id, { onDelete: "cascade" }),
  objectId: integer().notNull().references(() => collectionObjects.id, { onDelete: "cascade" }),
  position: smallint().notNull(),
}, (t) => [primaryKey({ columns: [t.roomId, t.objectId] }), index().on(t.objectId)]);
