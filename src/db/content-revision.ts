/** The content revision: a number that changes whenever any content changes (see schema/system.ts). */
import { eq } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { contentRevision } from "./schema/system.ts";

/** Anything that can select (the database or a transaction); typed here so database.ts can use this module. */
type Reader = Pick<PgDatabase<PgQueryResultHKT>, "select">;

export async function readContentRevision(db: Reader): Promise<number> {
  const [row] = await db.select({ value: contentRevision.value }).from(contentRevision).where(eq(contentRevision.id, 1));
  return row?.value ?? 0;
}
