/**
 * Signing in: the password, then (when the account has one) the second factor. Refusals look the
 * same whether or not the account exists, take the same work, and count towards the throttle of
 * the typed e-mail from this address, of the address, and (only to slow attempts, never to lock) of
 * the e-mail from anywhere; the reason is written only to the audit log. The holder of an account
 * is mailed when sign-ins to it from one address are paused.
 */
import { addressKey } from "../limits/limit-rules.ts";
import { spendLimits } from "../limits/limiter.service.ts";
import type { Locale } from "../../lib/locales.ts";
import type { AppDeps } from "../../web/app-env.ts";
import { recordAudit, type AuditOrigin, type CommandContext } from "../audit/audit.service.ts";
import { findAccountByEmail, findAccountById, recordSignIn, type AccountRow } from "./accounts.repository.ts";
import { verifyAgainstDummy, verifyPassword } from "./passwords.ts";
import { claimTotpStep, useRecoveryCode } from "./second-factor.repository.ts";
import type { SessionRow } from "./sessions.repository.ts";
import { endSession, startSession } from "./sessions.service.ts";
import { queueMessage } from "../outbox/outbox.service.ts";
import { signInLockedMessage } from "./sign-in-lock.message.ts";
import { afterAccountFailure, minutesToWait, slowdownMs } from "./sign-in-throttle.ts";
import { clearFailures, findThrottleState, longestLockMs, recordFailures } from "./sign-in-throttle.repository.ts";
import { acceptedTotpStep, hashRecoveryCode, isTotpCode } from "./totp.ts";
import { openTotpSecret } from "./totp-secrets.service.ts";

export type SignInOutcome =
  | { kind: "locked"; minutes: number }
  | { kind: "refused" }
  /** A full session: its token goes into the cookie. */
  | { kind: "signed_in"; token: string }
  /** A session waiting for the second factor. */
  | { kind: "second_factor"; token: string };

const MAX_EMAIL_LENGTH = 320;

export const accountThrottleKey = (email: string) => `account:${email.trim().toLowerCase().slice(0, MAX_EMAIL_LENGTH)}`;
/** One e-mail from one address: the key that locks (with the address's own). */
export const pairThrottleKey = (email: string, address: string | null) => `pair:${email.trim().toLowerCase().slice(0, MAX_EMAIL_LENGTH)}|${address ?? "unknown"}`;
export const totpThrottleKey = (accountId: number) => `totp:${accountId}`;

export async function signInWithPassword(deps: AppDeps, origin: AuditOrigin, email: string, password: string, previous?: { id: number }): Promise<SignInOutcome> {
  const now = deps.now();
  const typedEmail = email.trim().toLowerCase().slice(0, MAX_EMAIL_LENGTH);
  const pairKey = pairThrottleKey(typedEmail, origin.address);
  const lockingKeys = [pairKey, ...(origin.address ? [`address:${origin.address}`] : [])];
  const accountKey = accountThrottleKey(typedEmail);
  const refuse = (reason: string) => recordAudit(deps.db, origin, { action: "sign_in_failed", actorEmail: typedEmail, detail: { reason } }, now);

  const wait = await longestLockMs(deps.db, lockingKeys, now);
  if (wait > 0) {
    await refuse("locked");
    return { kind: "locked", minutes: minutesToWait(wait) };
  }
  // Attempts of any outcome from one address, counted by the limiter every public write shares.
  const perAddress = deps.limits?.settings.signInsPerAddress;
  const attempts = perAddress ? await spendLimits(deps.db, [{ key: `sign-in:address:${addressKey(origin.address)}`, rule: perAddress }], now) : undefined;
  if (attempts?.kind === "refused") {
    await refuse("rate_limited");
    return { kind: "locked", minutes: minutesToWait(attempts.retryAfterMs) };
  }
  // Many addresses failing on one account: every attempt on it waits, the right password included, so the wait tells nothing.
  const slow = slowdownMs(await findThrottleState(deps.db, accountKey), now);
  if (slow > 0) await new Promise((resolve) => setTimeout(resolve, slow));
  const account = await findAccountByEmail(deps.db, typedEmail);
  const reason = await refusalReason(account, password);
  if (reason !== undefined || !account) {
    const locked = await recordFailures(deps.db, lockingKeys, now);
    await recordFailures(deps.db, [accountKey], now, afterAccountFailure);
    if (account && locked.includes(pairKey)) {
      const minutes = minutesToWait(await longestLockMs(deps.db, [pairKey], now));
      await queueMessage(deps.db, deps.secrets, signInLockedMessage({ ...account, locale: account.locale as Locale }, origin.address ?? "?", minutes));
    }
    await refuse(reason ?? "unknown");
    return { kind: "refused" };
  }
  await clearFailures(deps.db, pairKey);
  const pending = account.totpEnabledAt !== null;
  return deps.db.transaction(async (tx) => {
    // Never carry a token from before the sign-in into the signed-in state.
    if (previous) await endSession(tx, previous.id);
    const started = await startSession(tx, account.id, { now, origin, pending });
    if (pending) return { kind: "second_factor", token: started.token } as const;
    await recordSignIn(tx, account.id, now);
    await recordAudit(tx, origin, { action: "sign_in", actorId: account.id, actorEmail: account.email, entityKind: "account", entityKey: account.email }, now);
    return { kind: "signed_in", token: started.token } as const;
  });
}

/** Why the password does not open the account (for the audit log only), or undefined when it does. */
async function refusalReason(account: AccountRow | undefined, password: string): Promise<string | undefined> {
  if (!account?.passwordHash) {
    await verifyAgainstDummy(password);
    return account ? "no_password" : "unknown";
  }
  if (!(await verifyPassword(account.passwordHash, password))) return "wrong_password";
  if (account.disabledAt) return "disabled";
  return undefined;
}

/** Completes a sign-in waiting for its second factor with an app code or a recovery code. */
export async function signInWithSecondFactor(deps: AppDeps, origin: AuditOrigin, pending: SessionRow, code: string): Promise<SignInOutcome> {
  const now = deps.now();
  const key = totpThrottleKey(pending.accountId);
  const account = await findAccountById(deps.db, pending.accountId);
  const refuse = (reason: string) => recordAudit(deps.db, origin, { action: "second_factor_failed", actorId: pending.accountId, actorEmail: account?.email, detail: { reason } }, now);

  const wait = await longestLockMs(deps.db, [key], now);
  if (wait > 0) {
    await refuse("locked");
    return { kind: "locked", minutes: minutesToWait(wait) };
  }
  const secret = account?.totpEnabledAt ? openTotpSecret(deps.secrets, account.totpSecret) : null;
  if (!account || !secret || account.disabledAt) {
    await endSession(deps.db, pending.id);
    await refuse("no_second_factor");
    return { kind: "refused" };
  }
  const byApp = isTotpCode(code);
  const outcome = await deps.db.transaction(async (tx) => {
    if (byApp) {
      const step = acceptedTotpStep(secret, code, now, account.totpLastStep);
      if (step === undefined || !(await claimTotpStep(tx, account.id, step))) return undefined;
    } else if (!(await useRecoveryCode(tx, account.id, hashRecoveryCode(code), now))) {
      return undefined;
    }
    await endSession(tx, pending.id);
    const started = await startSession(tx, account.id, { now, origin });
    await recordSignIn(tx, account.id, now);
    const who = { actorId: account.id, actorEmail: account.email, entityKind: "account", entityKey: account.email };
    if (!byApp) await recordAudit(tx, origin, { ...who, action: "recovery_code_used" }, now);
    await recordAudit(tx, origin, { ...who, action: "sign_in", detail: { secondFactor: byApp ? "totp" : "recovery_code" } }, now);
    return { kind: "signed_in", token: started.token } as const;
  });
  if (outcome) {
    await clearFailures(deps.db, key);
    return outcome;
  }
  await recordFailures(deps.db, [key], now);
  await refuse(byApp ? "wrong_code" : "wrong_recovery_code");
  return { kind: "refused" };
}

/** Ends the signed-in session of `origin`'s actor and records it, in one transaction. */
export async function signOut(session: { id: number }, ctx: CommandContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await endSession(tx, session.id);
    await recordAudit(tx, ctx.origin, { action: "sign_out" }, ctx.now());
  });
}
