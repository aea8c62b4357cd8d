import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, smallint, text, timestamp } from "drizzle-orm/pg-core";

/** Each time a whole dataset was loaded (seed or import): what, from where, how many records. */
export const datasetLoads = pgTable("dataset_loads", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  loadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  source: text().notNull(),
  mode: text().notNull(),
  counts: jsonb().$type<Record<string, number>>().notNull(),
});

/**
 * One row counting changes to published content: every insert, update, delete or truncate on a
 * content table bumps it (triggers in the migrations), in the same transaction as the change, so
 * every app process sees a new value exactly when content changed and can drop cached pages.
 */
export const contentRevision = pgTable("content_revision", {
  id: smallint().primaryKey().default(1),
  value: bigint({ mode: "number" }).notNull().default(0),
}, (t) => [check("content_revision_single_row", sql`${t.id} = 1`)]);

/**
 * Counters of the abuse limits (features/limits), shared by every app process: one row per key
 * ("booking:address:<ip>", "booking:email:<e-mail>", "sign-in:address:<ip>", "proof:<nonce>"…),
 * counting `hits` in a fixed window that ends at `windowEndsAt`. A hit after the window's end starts
 * a new one. Rows past their window are purged.
 */
export const rateLimitCounters = pgTable("rate_limit_counters", {
  key: text().primaryKey(),
  hits: integer().notNull(),
  windowEndsAt: timestamp({ withTimezone: true }).notNull(),
}, (t) => [index("rate_limit_counters_window_ends").on(t.windowEndsAt)]);
