/** Inserting rows built elsewhere (the dataset's document-to-rows mapping), shared by the whole-dataset writer and per-record editing. */
import type { PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "./database.ts";

type Row = Record<string, unknown>;

export async function insertRows(db: Queryable, table: PgTable, rows: Row[]): Promise<void> {
  if (rows.length > 0) await db.insert(table).values(rows as never);
}

/** Inserts the child rows of one record, kind by kind, in the order `tables` lists them. */
export async function insertChildRows<T extends Record<string, { table: PgTable }>>(db: Queryable, tables: T, rows: Record<keyof T, Row[]>): Promise<void> {
  for (const key of Object.keys(tables) as (keyof T)[]) await insertRows(db, tables[key]!.table, rows[key]);
}
