import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, smallint, text, unique } from "drizzle-orm/pg-core";
import { contentColumns, localized } from "./columns.ts";
import { places } from "./places.ts";

export const exhibitionKind = pgEnum("exhibition_kind", ["permanent", "temporary"]);

export const exhibitions = pgTable("exhibitions", {
  ...contentColumns(),
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  kind: exhibitionKind().notNull(),
  title: localized().notNull(),
  summary: localized(),
  description: localized(),
  opensOn: date({ mode: "string" }),
  closesOn: date({ mode: "string" }),
}, (t) => [
  index().on(t.placeId),
  check("exhibition_dates_order", sql`${t.opensOn} is null or ${t.closesOn} is null or ${t.opensOn} <= ${t.closesOn}`),
]);

/** A room (or visited space) of an exhibition, in visiting order; `number` is the number shown on site. */
export const rooms = pgTable("rooms", {
  ...contentColumns(),
  exhibitionId: integer().notNull().references(() => exhibitions.id, { onDelete: "cascade" }),
  position: smallint().notNull(),
  number: smallint(),
  title: localized().notNull(),
  subtitle: localized(),
  summary: localized(),
  description: localized(),
}, (t) => [unique().on(t.exhibitionId, t.position)]);

export const roomSections = pgTable("room_sections", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  roomId: integer().notNull().references(() => rooms.id, { onDelete: "cascade" }),
  key: text().notNull(),
  position: smallint().notNull(),
  title: localized().notNull(),
  body: localized(),
}, (t) => [unique().on(t.roomId, t.position), unique().on(t.roomId, t.key)]);
