import { sql } from "drizzle-orm";
import {
  boolean, check, date, doublePrecision, index, integer, numeric, pgEnum, pgTable, primaryKey, smallint, text, time, unique,
} from "drizzle-orm/pg-core";
import { contentColumns, localized } from "./columns.ts";

export const placeKind = pgEnum("place_kind", [
  "museum", "memorial", "archive", "historic_site", "cinema", "library", "research_centre", "monument",
]);

export const places = pgTable("places", {
  ...contentColumns(),
  kind: placeKind().notNull(),
  name: localized().notNull(),
  shortName: localized(),
  tagline: localized(),
  summary: localized(),
  description: localized(),
  /** What the place says to introduce its partners (seed 001's opening paragraph). */
  partnersIntro: localized(),
  streetAddress: localized(),
  postalCode: text(),
  city: text(),
  district: localized(),
  countryCode: text().notNull().default("FR"),
  latitude: doublePrecision(),
  longitude: doublePrecision(),
  /** Where coordinates and other facts not given by the content's own source come from. */
  factsSource: text(),
  timeZone: text().notNull().default("Europe/Paris"),
  phone: text(),
  email: text(),
  website: text(),
}, (t) => [
  check("places_coordinates_range", sql`(${t.latitude} is null or ${t.latitude} between -90 and 90) and (${t.longitude} is null or ${t.longitude} between -180 and 180)`),
]);

export const highlightKind = pgEnum("highlight_kind", ["we_love", "we_also_like"]);

export const placeHighlights = pgTable("place_highlights", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  position: smallint().notNull(),
  kind: highlightKind().notNull(),
  text: localized().notNull(),
}, (t) => [unique().on(t.placeId, t.position)]);

/** A notable figure about a place ("more than 7000 pieces", "nearly 350 linear kilometres of archives"). */
/** How a figure is given: "round" is a round number given as such (76,000), shown bare but never claimed exact. */
export const figureQualifier = pgEnum("figure_qualifier", ["exactly", "about", "nearly", "more_than", "over", "millions", "round"]);

export const placeFigures = pgTable("place_figures", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  position: smallint().notNull(),
  value: numeric({ mode: "number" }),
  qualifier: figureQualifier().notNull().default("exactly"),
  unit: text(),
  label: localized().notNull(),
}, (t) => [unique().on(t.placeId, t.position)]);

/** Weekly opening hours: one row per range, several ranges a day allowed. Weekday 1 = Monday ... 7 = Sunday. */
export const openingHours = pgTable("opening_hours", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  weekday: smallint().notNull(),
  opens: time().notNull(),
  closes: time().notNull(),
  validFrom: date({ mode: "string" }),
  validUntil: date({ mode: "string" }),
}, (t) => [
  index().on(t.placeId),
  check("opening_hours_weekday", sql`${t.weekday} between 1 and 7`),
  check("opening_hours_order", sql`${t.opens} < ${t.closes}`),
]);

/** A closure or special hours on a date range (inclusive). Closed when `opens` is null. */
export const openingExceptions = pgTable("opening_exceptions", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  startsOn: date({ mode: "string" }).notNull(),
  endsOn: date({ mode: "string" }).notNull(),
  opens: time(),
  closes: time(),
  reason: localized(),
}, (t) => [
  index().on(t.placeId, t.startsOn),
  check("opening_exceptions_range", sql`${t.startsOn} <= ${t.endsOn}`),
  check("opening_exceptions_hours", sql`(${t.opens} is null) = (${t.closes} is null) and (${t.opens} is null or ${t.opens} < ${t.closes})`),
]);

export const audienceKind = pgEnum("audience_kind", [
  "everyone", "families", "children", "teenagers", "adults", "school_groups", "researchers",
]);

/** Who a place suits ("Ideal with teenagers"), with an age band where one is given. */
export const audienceAdvice = pgTable("audience_advice", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  position: smallint().notNull(),
  audience: audienceKind().notNull(),
  recommended: boolean().notNull().default(true),
  minAge: smallint(),
  maxAge: smallint(),
  text: localized().notNull(),
}, (t) => [unique().on(t.placeId, t.position)]);

export const partnershipKind = pgEnum("partnership_kind", ["partner_museum", "network_member", "sister_site"]);

export const placePartnerships = pgTable("place_partnerships", {
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  partnerId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  position: smallint().notNull(),
  kind: partnershipKind().notNull().default("partner_museum"),
  note: localized(),
}, (t) => [
  primaryKey({ columns: [t.placeId, t.partnerId] }),
  check("partnership_not_self", sql`${t.placeId} <> ${t.partnerId}`),
]);

/** "You like history...": a suggestion shown on a place, either another place of the network or an outside title. */
export const placeSuggestions = pgTable("place_suggestions", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  position: smallint().notNull(),
  targetPlaceId: integer().references(() => places.id, { onDelete: "cascade" }),
  title: localized().notNull(),
  text: localized(),
  url: text(),
}, (t) => [unique().on(t.placeId, t.position)]);
