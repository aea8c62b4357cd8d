/** The content revision: a number that changes whenever any content changes (see schema/system.ts). */
import { eq } from "drizzle-orm";
import type { Queryable } from "./database.ts";
import { contentRevision } from "./schema/system.ts";

export async function readContentRevision(db: Queryable): Promise<number> {
  const [row] = await db.select({ value: contentRevision.value }).from(contentRevision).where(eq(contentRevision.id, 1));
  return row?.value ?? 0;
}
