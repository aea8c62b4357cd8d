/** The TOTP fields of an account and its recovery codes (only their SHA-256 is stored). */
import { and, count, eq, isNull, lt, or } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { accounts, recoveryCodes } from "../../db/schema/accounts.ts";

/** Keeps a new secret while the person sets up their app (not yet asked at sign-in). */
export async function storePendingTotpSecret(db: Queryable, accountId: number, secret: string, now: Date): Promise<void> {
  await db.update(accounts).set({ totpSecret: secret, totpEnabledAt: null, totpLastStep: null, updatedAt: now })
    .where(and(eq(accounts.id, accountId), isNull(accounts.totpEnabledAt)));
}

export async function enableTotp(db: Queryable, accountId: number, step: number, now: Date): Promise<void> {
  await db.update(accounts).set({ totpEnabledAt: now, totpLastStep: step, updatedAt: now }).where(eq(accounts.id, accountId));
}

export async function disableTotp(db: Queryable, accountId: number, now: Date): Promise<void> {
  await db.update(accounts).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now }).where(eq(accounts.id, accountId));
  await db.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
}

/**
 * Records `step` as the last accepted one, only if it is later than the stored one: of two requests
 * with the same code, exactly one succeeds. False when the step was already used.
 */
export async function claimTotpStep(db: Queryable, accountId: number, step: number): Promise<boolean> {
  const rows = await db.update(accounts).set({ totpLastStep: step })
    .where(and(eq(accounts.id, accountId), or(isNull(accounts.totpLastStep), lt(accounts.totpLastStep, step))))
    .returning({ id: accounts.id });
  return rows.length === 1;
}

/** Replaces every recovery code of the account with these hashes. */
export async function replaceRecoveryCodes(db: Queryable, accountId: number, codeHashes: string[]): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
  await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ accountId, codeHash })));
}

/** Marks an unused code as used; false when there is no such unused code. */
export async function useRecoveryCode(db: Queryable, accountId: number, codeHash: string, now: Date): Promise<boolean> {
  const rows = await db.update(recoveryCodes).set({ usedAt: now })
    .where(and(eq(recoveryCodes.accountId, accountId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(db: Queryable, accountId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(recoveryCodes).where(and(eq(recoveryCodes.accountId, accountId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}
