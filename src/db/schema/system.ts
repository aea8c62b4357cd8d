import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Each time a whole dataset was loaded (seed or import): what, from where, how many records. */
export const datasetLoads = pgTable("dataset_loads", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  loadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  source: text().notNull(),
  mode: text().notNull(),
  counts: jsonb().$type<Record<string, number>>().notNull(),
});
