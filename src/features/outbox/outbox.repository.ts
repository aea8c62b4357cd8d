/** The outbox's only reader and writer: messages are enqueued with what they announce, then claimed, sent and marked. */
import { and, asc, count, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { outboxMessages } from "../../db/schema/bookings.ts";

export type OutboxMessage = typeof outboxMessages.$inferSelect;
export type NewOutboxMessage = Pick<typeof outboxMessages.$inferInsert, "kind" | "toAddress" | "subject" | "textBody" | "htmlBody" | "attachments">;

/** Queues a message; call it in the transaction of what the message announces, so a rollback sends nothing. */
export async function enqueueMessage(db: Queryable, message: NewOutboxMessage): Promise<number> {
  const [row] = await db.insert(outboxMessages).values(message).returning({ id: outboxMessages.id });
  return row!.id;
}

/**
 * Takes up to `limit` unsent messages that are due (never tried: at once, whatever the application's
 * and the database's clocks say; else at their next attempt) and have had fewer than `maxAttempts`
 * attempts, oldest first, counting one more attempt and moving their next attempt `leaseMs` ahead:
 * the lease that keeps every other sender off them while this one sends. A short transaction that
 * skips, rather than waits for, the rows another sender is claiming. Returned in the order queued.
 */
export async function claimDueMessages(db: Queryable, now: Date, limit: number, options: { leaseMs: number; maxAttempts: number }): Promise<OutboxMessage[]> {
  const m = outboxMessages;
  return db.transaction(async (tx) => {
    const due = await tx.select({ id: m.id }).from(m)
      .where(and(
        isNull(m.sentAt),
        or(eq(m.attempts, 0), lte(m.nextAttemptAt, now)),
        lt(m.attempts, options.maxAttempts),
      ))
      .orderBy(asc(m.nextAttemptAt), asc(m.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx.update(m)
      .set({ attempts: sql`${m.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + options.leaseMs) })
      .where(inArray(m.id, due.map((d) => d.id)))
      .returning();
    return claimed.sort((a, b) => a.id - b.id);
  });
}

export async function markSent(db: Queryable, id: number, at: Date): Promise<void> {
  await db.update(outboxMessages).set({ sentAt: at, lastError: null }).where(and(eq(outboxMessages.id, id), isNull(outboxMessages.sentAt)));
}

/** Records why a send failed and when to try again (a message out of attempts is never claimed again, whatever `retryAt`). */
export async function markFailed(db: Queryable, id: number, error: string, retryAt: Date): Promise<void> {
  await db.update(outboxMessages).set({ lastError: error.slice(0, 2000), nextAttemptAt: retryAt })
    .where(and(eq(outboxMessages.id, id), isNull(outboxMessages.sentAt)));
}

/** Hands back claimed messages that were not tried (the sender is stopping): due again, the attempt not counted. */
export async function releaseClaims(db: Queryable, ids: number[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.update(outboxMessages).set({ attempts: sql`${outboxMessages.attempts} - 1`, nextAttemptAt: at })
    .where(and(inArray(outboxMessages.id, ids), isNull(outboxMessages.sentAt)));
}

/** Messages not sent yet, including those given up on. */
export async function pendingCount(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(outboxMessages).where(isNull(outboxMessages.sentAt));
  return row?.n ?? 0;
}
