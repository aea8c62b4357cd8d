import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { collectionObjects } from "./collection.ts";
import { contentColumns, localized } from "./columns.ts";
import { exhibitions, roomSections, rooms } from "./exhibitions.ts";
import { events, people } from "./history.ts";
import { places } from "./places.ts";

export const themes = pgTable("themes", {
  ...contentColumns(),
  name: localized().notNull(),
  description: localized(),
});

const themeLink = <T extends string>(name: T, ownerTable: { id: any }) =>
  pgTable(name, {
    themeId: integer().notNull().references(() => themes.id, { onDelete: "cascade" }),
    ownerId: integer().notNull().references(() => ownerTable.id, { onDelete: "cascade" }),
  }, (t) => [primaryKey({ columns: [t.ownerId, t.themeId] }), index().on(t.themeId)]);

export const placeThemes = themeLink("place_themes", places);
export const exhibitionThemes = themeLink("exhibition_themes", exhibitions);
export const roomThemes = themeLink("room_themes", rooms);
export const objectThemes = themeLink("object_themes", collectionObjects);
export const eventThemes = themeLink("event_themes", events);

export const mediaKind = pgEnum("media_kind", ["image", "film", "video", "audio", "document"]);

/**
 * An image, film or other medium, attached to exactly one owner. `url` may be empty when the
 * medium is known (a film shown in a room) but no file is published.
 */
export const media = pgTable("media", {
  ...contentColumns(),
  kind: mediaKind().notNull(),
  title: localized().notNull(),
  description: localized(),
  altText: localized(),
  url: text(),
  credit: text(),
  rights: text(),
  durationSeconds: integer(),
  position: smallint().notNull().default(0),
  placeId: integer().references(() => places.id, { onDelete: "cascade" }),
  exhibitionId: integer().references(() => exhibitions.id, { onDelete: "cascade" }),
  roomId: integer().references(() => rooms.id, { onDelete: "cascade" }),
  roomSectionId: integer().references(() => roomSections.id, { onDelete: "cascade" }),
  objectId: integer().references(() => collectionObjects.id, { onDelete: "cascade" }),
  personId: integer().references(() => people.id, { onDelete: "cascade" }),
  eventId: integer().references(() => events.id, { onDelete: "cascade" }),
}, (t) => [
  check("media_one_owner", sql`num_nonnulls(${t.placeId}, ${t.exhibitionId}, ${t.roomId}, ${t.roomSectionId}, ${t.objectId}, ${t.personId}, ${t.eventId}) = 1`),
  check("media_image_has_alt", sql`${t.kind} <> 'image' or ${t.altText} is not null`),
]);
