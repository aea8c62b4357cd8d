/**
 * The brute-force rule, without I/O. Failed attempts are counted per key ("account:<e-mail>",
 * "address:<ip>", "totp:<account id>"); the 5th failure locks the key for 10 minutes, and each
 * further lock lasts twice as long as the one before (at most 24 hours). A key left alone for a
 * day (after its last failure and its last lock) starts afresh.
 */
export const FAILURES_BEFORE_LOCK = 5;
export const FIRST_LOCK_MS = 10 * 60_000;
export const LONGEST_LOCK_MS = 24 * 3600_000;
/** After this long without a failure or a lock, earlier failures and locks are forgotten. */
export const FORGET_AFTER_MS = 24 * 3600_000;

export interface ThrottleState {
  failures: number;
  lockouts: number;
  lockedUntil: Date | null;
  lastFailureAt: Date;
}

/** Milliseconds the key must still wait (0 when it may try now). */
export function remainingLockMs(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** The state after one more failure at `now` (a failure while locked is not expected: callers refuse first). */
export function afterFailure(previous: ThrottleState | undefined, now: Date): ThrottleState {
  const quietSince = previous ? Math.max(previous.lastFailureAt.getTime(), previous.lockedUntil?.getTime() ?? 0) : 0;
  const stale = previous === undefined || now.getTime() - quietSince > FORGET_AFTER_MS;
  const failures = (stale ? 0 : previous.failures) + 1;
  const lockouts = stale ? 0 : previous.lockouts;
  if (failures < FAILURES_BEFORE_LOCK) {
    return { failures, lockouts, lockedUntil: stale ? null : previous.lockedUntil, lastFailureAt: now };
  }
  const lockMs = Math.min(FIRST_LOCK_MS * 2 ** lockouts, LONGEST_LOCK_MS);
  return { failures: 0, lockouts: lockouts + 1, lockedUntil: new Date(now.getTime() + lockMs), lastFailureAt: now };
}

/** Whole minutes to tell the person (rounded up, at least 1). */
export const minutesToWait = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));
