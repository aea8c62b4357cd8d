/** The TOTP fields of an account (the secret sealed, see totp-secrets.service.ts) and its recovery codes (only their SHA-256 is stored). */
import { and, asc, count, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { accounts, recoveryCodes } from "../../db/schema/accounts.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";

/** Keeps a new secret, sealed, while the person sets up their app (not yet asked at sign-in). */
export async function storePendingTotpSecret(db: Queryable, secrets: SecretKeyring, accountId: number, secret: string, now: Date): Promise<void> {
  await db.update(accounts).set({ totpSecret: secrets.seal(secret), totpEnabledAt: null, totpLastStep: null, updatedAt: now })
    .where(and(eq(accounts.id, accountId), isNull(accounts.totpEnabledAt)));
}

/** Every stored TOTP secret as stored (sealed, or in clear from before sealing), by account. */
export async function listStoredTotpSecrets(db: Queryable): Promise<{ id: number; stored: string }[]> {
  const rows = await db.select({ id: accounts.id, stored: accounts.totpSecret }).from(accounts).where(isNotNull(accounts.totpSecret)).orderBy(asc(accounts.id));
  return rows as { id: number; stored: string }[];
}

/** Replaces the stored secret `from` of an account with `to` (the same secret, sealed again), only if it is still `from`. */
export async function replaceStoredTotpSecret(db: Queryable, accountId: number, from: string, to: string): Promise<boolean> {
  const rows = await db.update(accounts).set({ totpSecret: to }).where(and(eq(accounts.id, accountId), eq(accounts.totpSecret, from))).returning({ id: accounts.id });
  return rows.length === 1;
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
