/** Stored state of the brute-force rule (sign-in-throttle.ts), one row per key. */
import { eq, inArray } from "drizzle-orm";
import type { Database, Queryable } from "../../db/database.ts";
import { signInThrottle } from "../../db/schema/accounts.ts";
import { afterFailure, becameLocked, remainingLockMs, type ThrottleState } from "./sign-in-throttle.ts";

/** The longest wait, in milliseconds, among `keys` (0 when none is locked). */
export async function longestLockMs(db: Queryable, keys: string[], now: Date): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db.select().from(signInThrottle).where(inArray(signInThrottle.key, keys));
  return Math.max(0, ...rows.map((row) => remainingLockMs(row, now)));
}

/** The stored state of `key`, if any. */
export async function findThrottleState(db: Queryable, key: string): Promise<ThrottleState | undefined> {
  const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.key, key));
  return row;
}

/**
 * Counts one failure for each key by `rule` (the locking one by default); the row is locked while it
 * is updated, so parallel failures all count. Returns the keys this failure locked.
 */
export async function recordFailures(db: Database, keys: string[], now: Date, rule = afterFailure): Promise<string[]> {
  const locked: string[] = [];
  for (const key of [...new Set(keys)].sort()) {
    await db.transaction(async (tx) => {
      await tx.insert(signInThrottle).values({ key, failures: 0, lockouts: 0, lastFailureAt: now }).onConflictDoNothing();
      const [row] = await tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).for("update");
      const next: ThrottleState = rule(row, now);
      await tx.update(signInThrottle).set(next).where(eq(signInThrottle.key, key));
      if (becameLocked(row, next)) locked.push(key);
    });
  }
  return locked;
}

/** Forgets the failures of `key` (after a successful sign-in). */
export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}
