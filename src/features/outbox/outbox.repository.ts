/**
 * The outbox's only reader and writer: messages are enqueued with what they announce (their bodies
 * sealed, see outbox.sealing.ts), then claimed, sent (their bodies dropped) and marked.
 */
import { and, asc, count, eq, inArray, isNotNull, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { outboxMessages } from "../../db/schema/bookings.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";
import { sealBodies } from "./outbox.sealing.ts";

export type OutboxMessage = typeof outboxMessages.$inferSelect;
export type NewOutboxMessage = Pick<typeof outboxMessages.$inferInsert, "kind" | "toAddress" | "subject" | "textBody" | "htmlBody" | "attachments">;

/** Queues a message, its bodies sealed; call it in the transaction of what the message announces, so a rollback sends nothing. */
export async function enqueueMessage(db: Queryable, secrets: SecretKeyring, message: NewOutboxMessage): Promise<number> {
  const [row] = await db.insert(outboxMessages).values(sealBodies(secrets, message)).returning({ id: outboxMessages.id });
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

/** What a sent message keeps: kind, address, subject and times; its bodies are no longer needed. */
const DROPPED_BODIES = { textBody: "", htmlBody: null, attachments: sql`'[]'::jsonb` };

/** Marks a message sent and drops its bodies, in one statement. */
export async function markSent(db: Queryable, id: number, at: Date): Promise<void> {
  await db.update(outboxMessages).set({ sentAt: at, lastError: null, ...DROPPED_BODIES })
    .where(and(eq(outboxMessages.id, id), isNull(outboxMessages.sentAt)));
}

/** Drops the bodies that sent messages still hold (kept before bodies were dropped on sending); returns how many. */
export async function dropBodiesOfSentMessages(db: Queryable): Promise<number> {
  const m = outboxMessages;
  const rows = await db.update(m).set(DROPPED_BODIES)
    .where(and(isNotNull(m.sentAt), or(ne(m.textBody, ""), isNotNull(m.htmlBody), sql`${m.attachments} <> '[]'::jsonb`)))
    .returning({ id: m.id });
  return rows.length;
}

/**
 * Seals again, under the current key, the bodies of every message not sent yet (given up on ones
 * included), each row locked and rewritten in one statement; a message being sent meanwhile is
 * skipped (its bodies go when it is marked sent). Returns how many were sealed again.
 */
export async function resealWaitingMessages(db: Queryable, secrets: SecretKeyring): Promise<number> {
  const m = outboxMessages;
  let count = 0;
  const waiting = await db.select({ id: m.id }).from(m).where(isNull(m.sentAt)).orderBy(asc(m.id));
  for (const { id } of waiting) {
    await db.transaction(async (tx) => {
      const [row] = await tx.select({ textBody: m.textBody, htmlBody: m.htmlBody, attachments: m.attachments }).from(m)
        .where(and(eq(m.id, id), isNull(m.sentAt))).for("update", { skipLocked: true });
      if (!row) return;
      await tx.update(m).set(sealBodies(secrets, row)).where(eq(m.id, id));
      count += 1;
    });
  }
  return count;
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
