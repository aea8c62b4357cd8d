/**
 * What a signed-in person changes about their own account: name and language, password, second
 * factor, recovery codes, sessions; and choosing a password through a one-time link. Each change
 * and its audit entry are stored in one transaction.
 */
import type { Locale } from "../../lib/locales.ts";
import type { Actor, AppDeps, StaffSession } from "../../web/app-env.ts";
import { recordAudit, type AuditOrigin } from "../audit/audit.service.ts";
import { findAccountById, updatePasswordHash, updateProfile, type AccountRow } from "./accounts.repository.ts";
import { redeemOneTimeLink } from "./one-time-links.repository.ts";
import { hashPassword, passwordProblem, passwordProblemText, verifyPassword } from "./passwords.ts";
import { claimTotpStep, disableTotp, enableTotp, replaceRecoveryCodes, storePendingTotpSecret } from "./second-factor.repository.ts";
import { endAllSessions } from "./sessions.service.ts";
import { minutesToWait } from "./sign-in-throttle.ts";
import { longestLockMs, recordFailures } from "./sign-in-throttle.repository.ts";
import { staffText } from "./staff.page-text.ts";
import { openTotpSecret } from "./totp-secrets.service.ts";
import { acceptedTotpStep, hashRecoveryCode, newRecoveryCodes, newTotpSecret } from "./totp.ts";
import type { FormErrors } from "./staff-form.views.tsx";

const self = (actor: Actor) => ({ entityKind: "account", entityKey: actor.email });

async function accountOf(deps: AppDeps, actor: Actor) {
  const account = await findAccountById(deps.db, actor.accountId);
  if (!account) throw new Error(`account ${actor.accountId} of a live session is gone`);
  return account;
}

/**
 * Why the current password given on the account page is refused, or undefined when it is right.
 * Wrong guesses are throttled like sign-ins (key "current-password:<account id>"): a borrowed
 * session must not be a way to try passwords without limit.
 */
async function currentPasswordError(deps: AppDeps, account: AccountRow, password: string, locale: Locale): Promise<string | undefined> {
  const m = staffText(locale);
  const key = `current-password:${account.id}`;
  const now = deps.now();
  const wait = await longestLockMs(deps.db, [key], now);
  if (wait > 0) return m.tooManyAttempts(minutesToWait(wait));
  if (account.passwordHash && (await verifyPassword(account.passwordHash, password))) return undefined;
  await recordFailures(deps.db, [key], now);
  return m.currentPasswordWrong;
}

/** Errors of a new password typed twice, under the given input ids. */
export function newPasswordErrors(locale: Locale, password: string, again: string, ids = { password: "new-password", again: "new-password-again" }): FormErrors {
  const problem = passwordProblem(password);
  if (problem) return { [ids.password]: passwordProblemText(problem, locale) };
  if (password !== again) return { [ids.again]: staffText(locale).passwordsDiffer };
  return {};
}

export async function saveProfile(deps: AppDeps, origin: AuditOrigin, actor: Actor, profile: { name: string; locale: Locale }): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await updateProfile(tx, actor.accountId, profile, deps.now());
    await recordAudit(tx, origin, { action: "account.update_profile", ...self(actor), before: { name: actor.name, locale: actor.locale }, after: profile }, deps.now());
  });
}

/** Changes the password (the current one must be given) and signs out the account's other sessions. */
export async function changePassword(deps: AppDeps, origin: AuditOrigin, actor: Actor, session: StaffSession, locale: Locale, input: { current: string; password: string; again: string }): Promise<FormErrors> {
  const account = await accountOf(deps, actor);
  const wrong = await currentPasswordError(deps, account, input.current, locale);
  if (wrong) return { "current-password": wrong };
  const errors = newPasswordErrors(locale, input.password, input.again);
  if (Object.keys(errors).length > 0) return errors;
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction(async (tx) => {
    await updatePasswordHash(tx, actor.accountId, passwordHash, deps.now());
    const ended = await endAllSessions(tx, actor.accountId, session.id);
    await recordAudit(tx, origin, { action: "password_changed", ...self(actor), detail: { otherSessionsEnded: ended } }, deps.now());
  });
  return {};
}

/** Sets the password of the account a one-time link opens; false when the link is used or expired. */
export async function setPasswordWithLink(deps: AppDeps, origin: AuditOrigin, token: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return deps.db.transaction(async (tx) => {
    const now = deps.now();
    const accountId = await redeemOneTimeLink(tx, token, now);
    if (accountId === undefined) return false;
    const account = await findAccountById(tx, accountId);
    await updatePasswordHash(tx, accountId, passwordHash, now);
    await endAllSessions(tx, accountId);
    await recordAudit(tx, origin, { action: "password_changed", actorId: accountId, actorEmail: account?.email, entityKind: "account", entityKey: account?.email, detail: { via: "one_time_link" } }, deps.now());
    return true;
  });
}

/** Starts (or restarts) setting up an app: a new secret, not asked at sign-in until confirmed with a code. */
export async function startTotpSetup(deps: AppDeps, actor: Actor): Promise<void> {
  await storePendingTotpSecret(deps.db, deps.secrets, actor.accountId, newTotpSecret(), deps.now());
}

/** Turns the second factor on once a code from the app proves it is set up; returns the new recovery codes. */
export async function confirmTotpSetup(deps: AppDeps, origin: AuditOrigin, actor: Actor, code: string): Promise<string[] | undefined> {
  const account = await accountOf(deps, actor);
  if (!account.totpSecret || account.totpEnabledAt) return undefined;
  const step = acceptedTotpStep(openTotpSecret(deps.secrets, account.totpSecret), code, deps.now(), account.totpLastStep);
  if (step === undefined) return undefined;
  const codes = newRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    await enableTotp(tx, actor.accountId, step, deps.now());
    await replaceRecoveryCodes(tx, actor.accountId, codes.map(hashRecoveryCode));
    await recordAudit(tx, origin, { action: "totp_enabled", ...self(actor) }, deps.now());
  });
  return codes;
}

export type DisableTotpOutcome = { ok: true } | { ok: false; errors: FormErrors };

/** Turns the second factor off: the password and a current code must both be given. */
export async function turnOffTotp(deps: AppDeps, origin: AuditOrigin, actor: Actor, locale: Locale, input: { password: string; code: string }): Promise<DisableTotpOutcome> {
  const m = staffText(locale);
  if (deps.security?.requireAdminTotp && actor.isAdministrator) return { ok: false, errors: { "disable-password": m.totpAdminMustKeep } };
  const account = await accountOf(deps, actor);
  const wrong = await currentPasswordError(deps, account, input.password, locale);
  if (wrong) return { ok: false, errors: { "disable-password": wrong } };
  const step = account.totpSecret ? acceptedTotpStep(openTotpSecret(deps.secrets, account.totpSecret), input.code, deps.now(), account.totpLastStep) : undefined;
  if (step === undefined || !(await claimTotpStep(deps.db, actor.accountId, step))) {
    return { ok: false, errors: { "disable-code": m.codeRefused } };
  }
  await deps.db.transaction(async (tx) => {
    await disableTotp(tx, actor.accountId, deps.now());
    await recordAudit(tx, origin, { action: "totp_disabled", ...self(actor) }, deps.now());
  });
  return { ok: true };
}

/** New recovery codes, the old ones no longer working; undefined when no second factor is on. */
export async function regenerateRecoveryCodes(deps: AppDeps, origin: AuditOrigin, actor: Actor): Promise<string[] | undefined> {
  const account = await accountOf(deps, actor);
  if (!account.totpEnabledAt) return undefined;
  const codes = newRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    await replaceRecoveryCodes(tx, actor.accountId, codes.map(hashRecoveryCode));
    await recordAudit(tx, origin, { action: "recovery_codes_regenerated", ...self(actor) }, deps.now());
  });
  return codes;
}

export async function signOutEverywhere(deps: AppDeps, origin: AuditOrigin, actor: Actor): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const ended = await endAllSessions(tx, actor.accountId);
    await recordAudit(tx, origin, { action: "sign_out_everywhere", ...self(actor), detail: { sessionsEnded: ended } }, deps.now());
  });
}
