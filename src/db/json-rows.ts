/**
 * Correlated sub-selects that return child rows as one JSON array, so a detail view with many
 * kinds of children is one query (one round trip) instead of one per kind. Keys and values are
 * parameters or column references: nothing is spliced into the SQL text.
 */
import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/** Parses a JSON value whether the driver already did (PGlite) or handed over text. */
const parsed = <T>(value: unknown): T => (typeof value === "string" ? (JSON.parse(value) as T) : (value as T));

/** `json_build_object('key', expr, ...)` for the given fields. */
export function jsonObject(fields: Record<string, AnyColumn | SQL>): SQL {
  const pairs = Object.entries(fields).map(([key, value]) => sql`${key}::text, ${value}`);
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/**
 * The rows of `from` matching `where`, ordered by `orderBy`, as an array of objects shaped like
 * `fields` (an empty array when there are none).
 */
export function jsonRows<T>(fields: Record<string, AnyColumn | SQL>, from: SQL, where: SQL, orderBy: SQL) {
  return sql`(select coalesce(json_agg(${jsonObject(fields)} order by ${orderBy}), '[]'::json) from ${from} where ${where})`
    .mapWith((value) => parsed<T[]>(value));
}
