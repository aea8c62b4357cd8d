/** Where a secret is kept in clear: every table of the public schema, each row read as text. */
import { sql } from "drizzle-orm";
import { rowsOf, type Queryable } from "../src/db/database.ts";

/** The tables (with how many rows) in which some row, read as text, contains `secret`. */
export async function tablesHolding(db: Queryable, secret: string): Promise<Record<string, number>> {
  const tables = rowsOf<{ name: string }>(await db.execute(sql`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`));
  if (tables.length < 10) throw new Error(`only ${tables.length} tables found: is this the migrated database?`);
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${sql.identifier(name)} t where strpos(t::text, ${secret}) > 0`));
    if (row!.n > 0) found[name] = row!.n;
  }
  return found;
}
