/** The outbox's rows with their bodies opened (they are stored sealed), for tests that read what was queued. */
import { asc } from "drizzle-orm";
import type { Queryable } from "../src/db/database.ts";
import { outboxMessages } from "../src/db/schema/bookings.ts";
import { openBodies } from "../src/features/outbox/outbox.sealing.ts";
import { testSecrets } from "./secrets.ts";

export async function openedOutboxMessages(db: Queryable) {
  const rows = await db.select().from(outboxMessages).orderBy(asc(outboxMessages.id));
  return rows.map((row) => openBodies(testSecrets, row));
}
