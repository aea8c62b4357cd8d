/** Stored sessions: only the SHA-256 of each token is kept (see schema/accounts.ts). */
import { and, desc, eq, ne } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { accounts, sessions } from "../../db/schema/accounts.ts";

export type SessionRow = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;

export async function insertSession(db: Queryable, session: NewSession): Promise<SessionRow> {
  const [row] = await db.insert(sessions).values(session).returning();
  return row!;
}

/** The session of a token hash with what the middleware needs of its account. */
export async function findSessionByTokenHash(db: Queryable, tokenHash: string) {
  const [row] = await db.select({
    session: sessions,
    account: {
      id: accounts.id, email: accounts.email, name: accounts.name, isAdministrator: accounts.isAdministrator,
      locale: accounts.locale, disabledAt: accounts.disabledAt, totpEnabledAt: accounts.totpEnabledAt,
    },
  }).from(sessions).innerJoin(accounts, eq(accounts.id, sessions.accountId)).where(eq(sessions.tokenHash, tokenHash));
  return row;
}

export async function touchSession(db: Queryable, sessionId: number, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Queryable, sessionId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Deletes every session of the account except `keepSessionId` (if given); returns how many ended. */
export async function deleteSessionsOfAccount(db: Queryable, accountId: number, keepSessionId?: number): Promise<number> {
  const where = keepSessionId === undefined
    ? eq(sessions.accountId, accountId)
    : and(eq(sessions.accountId, accountId), ne(sessions.id, keepSessionId));
  const ended = await db.delete(sessions).where(where).returning({ id: sessions.id });
  return ended.length;
}

/** The account's signed-in sessions (not those waiting for the second factor), most recent first. */
export async function listSessionsOfAccount(db: Queryable, accountId: number) {
  return db.select({ id: sessions.id, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, address: sessions.address, userAgent: sessions.userAgent })
    .from(sessions)
    .where(and(eq(sessions.accountId, accountId), eq(sessions.secondFactorPending, false)))
    .orderBy(desc(sessions.lastSeenAt));
}
