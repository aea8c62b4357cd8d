/**
 * Session rules: a fresh random token at every sign-in (only its hash is stored), 30 minutes of
 * inactivity or 12 hours after sign-in end it, as do signing out, "sign out everywhere" and
 * disabling the account. A session waiting for the second factor grants nothing and lasts 10 minutes.
 */
import type { Queryable } from "../../db/database.ts";
import type { Locale } from "../../lib/locales.ts";
import type { Actor } from "../../web/app-env.ts";
import type { RequestOrigin } from "../../web/request-origin.ts";
import { findGrants } from "./accounts.repository.ts";
import { newSecret, sha256Hex as hashSecret } from "../../lib/secrets.ts";
import { deleteSession, deleteSessionsOfAccount, findSessionByTokenHash, insertSession, touchSession, type SessionRow } from "./sessions.repository.ts";

export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3600_000;
export const SECOND_FACTOR_TIMEOUT_MS = 10 * 60_000;
/** lastSeenAt is written at most this often: the idle timeout needs no finer clock, the database fewer writes. */
const TOUCH_EVERY_MS = 60_000;

export interface StartedSession {
  /** The cookie value; never stored. */
  token: string;
  session: SessionRow;
}

/** Stores a new session with a new token (and a new CSRF token); `pending` waits for the second factor. */
export async function startSession(db: Queryable, accountId: number, o: { now: Date; origin: RequestOrigin; pending?: boolean }): Promise<StartedSession> {
  const token = newSecret();
  const pending = o.pending ?? false;
  const session = await insertSession(db, {
    tokenHash: hashSecret(token),
    accountId,
    secondFactorPending: pending,
    csrfToken: newSecret(),
    createdAt: o.now,
    lastSeenAt: o.now,
    expiresAt: new Date(o.now.getTime() + (pending ? SECOND_FACTOR_TIMEOUT_MS : ABSOLUTE_TIMEOUT_MS)),
    address: o.origin.address,
    userAgent: o.origin.userAgent,
  });
  return { token, session };
}

export type ResolvedSession =
  | { kind: "active"; session: SessionRow; actor: Actor }
  | { kind: "pending"; session: SessionRow };

/** Why a stored session no longer counts, or undefined while it does. */
export function sessionEndReason(s: Pick<SessionRow, "lastSeenAt" | "expiresAt">, accountDisabled: boolean, now: Date): "idle" | "expired" | "disabled" | undefined {
  if (accountDisabled) return "disabled";
  if (now.getTime() >= s.expiresAt.getTime()) return "expired";
  if (now.getTime() - s.lastSeenAt.getTime() > IDLE_TIMEOUT_MS) return "idle";
  return undefined;
}

/** The live session of a cookie token; an ended one is deleted and yields undefined. */
export async function resolveSession(db: Queryable, token: string, now: Date): Promise<ResolvedSession | undefined> {
  const found = await findSessionByTokenHash(db, hashSecret(token));
  if (!found) return undefined;
  const { session, account } = found;
  if (sessionEndReason(session, account.disabledAt !== null, now) !== undefined) {
    await deleteSession(db, session.id);
    return undefined;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await touchSession(db, session.id, now);
  if (session.secondFactorPending) return { kind: "pending", session };
  const actor: Actor = {
    accountId: account.id,
    email: account.email,
    name: account.name,
    isAdministrator: account.isAdministrator,
    locale: account.locale as Locale,
    grants: await findGrants(db, account.id),
    hasTotp: account.totpEnabledAt !== null,
  };
  return { kind: "active", session, actor };
}

/** Ends one session (sign-out, or the pending session replaced once the second factor is given). */
export const endSession = (db: Queryable, sessionId: number) => deleteSession(db, sessionId);

/**
 * Ends every session of an account, except `keepSessionId` when given (the browser that asked).
 * Call it in the transaction that disables the account or changes its password.
 */
export const endAllSessions = (tx: Queryable, accountId: number, keepSessionId?: number) => deleteSessionsOfAccount(tx, accountId, keepSessionId);
