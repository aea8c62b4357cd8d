import { sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, pgEnum, pgTable, primaryKey, smallint, text, unique } from "drizzle-orm/pg-core";
import { contentColumns, fuzzyDate, localized } from "./columns.ts";
import { places } from "./places.ts";

export const people = pgTable("people", {
  ...contentColumns(),
  name: text().notNull(),
  givenName: text(),
  familyName: text(),
  title: localized(),
  summary: localized(),
  description: localized(),
  ...fuzzyDate("birth"),
  ...fuzzyDate("death"),
  /** The place whose staff keep this record; null: the network's (administrators only). */
  ownerPlaceId: integer().references(() => places.id, { onDelete: "set null" }),
  /** Where facts not given by the content's source come from (for editors and the API, never printed raw on pages). */
  factsSource: text(),
}, (t) => [index().on(t.familyName)]);

export const aliasKind = pgEnum("alias_kind", ["birth_name", "nom_de_guerre", "title", "spelling_variant", "later_name"]);

/** Other names a person is known by: Philippe de Hauteclocque is General Leclerc; Colonel Rol is Henri Rol-Tanguy. */
export const personAliases = pgTable("person_aliases", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  personId: integer().notNull().references(() => people.id, { onDelete: "cascade" }),
  position: smallint().notNull(),
  name: text().notNull(),
  kind: aliasKind().notNull(),
  note: localized(),
}, (t) => [unique().on(t.personId, t.position), index().on(t.name)]);

/** What a person was or did ("head of the FFI in the Paris region", "director of the museum"). */
export const personRoles = pgTable("person_roles", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  personId: integer().notNull().references(() => people.id, { onDelete: "cascade" }),
  position: smallint().notNull(),
  role: localized().notNull(),
  placeId: integer().references(() => places.id, { onDelete: "set null" }),
  ...fuzzyDate("period"),
}, (t) => [unique().on(t.personId, t.position)]);

export const eventKind = pgEnum("event_kind", [
  "liberation", "battle", "uprising", "repression", "trial", "founding", "opening", "commemoration", "other",
]);

/** A historical event with a date of known precision and, where known, a location. */
export const events = pgTable("events", {
  ...contentColumns(),
  kind: eventKind().notNull(),
  title: localized().notNull(),
  summary: localized(),
  description: localized(),
  ...fuzzyDate("date"),
  locationName: localized(),
  placeId: integer().references(() => places.id, { onDelete: "set null" }),
  latitude: doublePrecision(),
  longitude: doublePrecision(),
  factsSource: text(),
  /** The place whose staff keep this record; null: the network's (administrators only). */
  ownerPlaceId: integer().references(() => places.id, { onDelete: "set null" }),
}, (t) => [
  index("events_date_order").on(t.dateStart, t.dateEnd),
  check("events_date_range", sql`${t.dateStart} is null or ${t.dateEnd} is null or ${t.dateStart} <= ${t.dateEnd}`),
]);

export const eventPeople = pgTable("event_people", {
  eventId: integer().notNull().references(() => events.id, { onDelete: "cascade" }),
  personId: integer().notNull().references(() => people.id, { onDelete: "cascade" }),
  position: smallint().notNull().default(0),
  role: localized(),
}, (t) => [primaryKey({ columns: [t.eventId, t.personId] }), index().on(t.personId)]);
