/**
 * What a visit to a place costs and what access it asks for: tables of a place that may name one of
 * its exhibitions or rooms (kept apart from places.ts, which exhibitions.ts itself builds on).
 */
import { sql } from "drizzle-orm";
import { boolean, check, integer, numeric, pgEnum, pgTable, smallint, text, unique } from "drizzle-orm/pg-core";
import { localized } from "./columns.ts";
import { exhibitions, rooms } from "./exhibitions.ts";
import { places } from "./places.ts";

export const admissionCoverage = pgEnum("admission_coverage", [
  "whole_site", "permanent_collection", "temporary_exhibitions", "exhibition", "guided_visit",
]);

/** What entry costs and what it covers. `priceCents` null with `isFree` false means paid, price not published. */
export const admissionOffers = pgTable("admission_offers", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  position: smallint().notNull(),
  covers: admissionCoverage().notNull(),
  exhibitionId: integer().references(() => exhibitions.id, { onDelete: "cascade" }),
  label: localized().notNull(),
  isFree: boolean().notNull(),
  priceCents: integer(),
  currency: text().notNull().default("EUR"),
  isReducedRate: boolean().notNull().default(false),
  minAge: smallint(),
  maxAge: smallint(),
  conditions: localized(),
}, (t) => [
  unique().on(t.placeId, t.position),
  check("admission_free_has_no_price", sql`not (${t.isFree} and coalesce(${t.priceCents}, 0) > 0)`),
  check("admission_price_positive", sql`${t.priceCents} is null or ${t.priceCents} >= 0`),
]);

export const accessibilityFeature = pgEnum("accessibility_feature", [
  "steps", "step_free", "lift", "underground", "headset", "audio_guide", "sign_language", "seating", "other",
]);

/** A fact about access ("99 steps down and up", "20 metres underground"), for a place or one of its rooms. */
export const accessibilityFacts = pgTable("accessibility_facts", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  roomId: integer().references(() => rooms.id, { onDelete: "cascade" }),
  position: smallint().notNull(),
  feature: accessibilityFeature().notNull(),
  value: numeric({ mode: "number" }),
  unit: text(),
  text: localized().notNull(),
}, (t) => [unique().on(t.placeId, t.position)]);
