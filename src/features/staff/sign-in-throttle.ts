/**
 * The brute-force rule, without I/O. Failed attempts are counted per key: "pair:<e-mail>|<address>"
 * (one account from one address), "address:<ip>", "totp:<account id>"; the 5th failure locks the
 * key for 10 minutes, and each further lock lasts twice as long as the one before (at most 24
 * hours). A key left alone for a day (after its last failure and its last lock) starts afresh.
 * An account as a whole ("account:<e-mail>") is never locked, so failures from other addresses
 * cannot keep its holder out: past a threshold they only slow each attempt on it (`slowdownMs`).
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

/** Failures on one account, from any address, before each attempt on it is slowed. */
export const ACCOUNT_FAILURES_BEFORE_SLOWDOWN = 20;
export const SLOWDOWN_STEP_MS = 100;
export const LONGEST_SLOWDOWN_MS = 3_000;

/** The account-wide count: failures within the forgetting window, nothing locked. */
export function afterAccountFailure(previous: ThrottleState | undefined, now: Date): ThrottleState {
  const stale = previous === undefined || now.getTime() - previous.lastFailureAt.getTime() > FORGET_AFTER_MS;
  return { failures: (stale ? 0 : previous.failures) + 1, lockouts: 0, lockedUntil: null, lastFailureAt: now };
}

/** How long an attempt on an account waits before its password is checked, from the account-wide count. */
export function slowdownMs(state: ThrottleState | undefined, now: Date): number {
  if (!state || now.getTime() - state.lastFailureAt.getTime() > FORGET_AFTER_MS) return 0;
  const over = state.failures - ACCOUNT_FAILURES_BEFORE_SLOWDOWN;
  return over <= 0 ? 0 : Math.min(over * SLOWDOWN_STEP_MS, LONGEST_SLOWDOWN_MS);
}

/** True when `next` is a lock `previous` was not (the moment to tell the account holder). */
export const becameLocked = (previous: ThrottleState | undefined, next: ThrottleState) => next.lockouts > (previous?.lockouts ?? 0);
