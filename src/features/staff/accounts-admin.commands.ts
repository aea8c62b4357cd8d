/**
 * What administrators do to staff accounts: invite, change, disable, enable, issue a new one-time
 * link. Each command checks the policy, then writes and records the audit entry in one
 * transaction; no change may leave the installation without an active administrator.
 */
import { notFound } from "../../lib/errors.ts";
import type { Locale } from "../../lib/locales.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";
import type { Actor } from "../../web/app-env.ts";
import { recordAudit, type CommandContext } from "../audit/audit.service.ts";
import { queueMessage } from "../outbox/outbox.service.ts";
import { listPlaceLabels } from "../places/place-lookup.service.ts";
import { accountSnapshot, readAccountForm, type AccountFormResult, type FormFields } from "./accounts-admin.form.ts";
import type { AccountRefusal } from "./accounts-admin.page-text.ts";
import {
  findAccountById, lockAdministratorsAnd, replaceGrants, revokeOneTimeLinks, setDisabledAt, updateAccount, type AccountRecord,
} from "./accounts-admin.repository.ts";
import { insertAccount, insertGrants } from "./accounts.repository.ts";
import { issueOneTimeLink } from "./one-time-links.repository.ts";
import { endAllSessions } from "./sessions.service.ts";
import { staffInvitationMessage } from "./staff-invitation.message.ts";
import { authorizeActor } from "./staff.guard.ts";

/** The address of the set-password page of a link's token, in the account's language. */
export type LinkAddress = (account: { locale: Locale }, token: string) => string;
/** When a link expires, as the invitation says it (in the account's language). */
export type LinkExpiry = (expiresAt: Date, locale: Locale) => string;

interface LinkWording {
  linkFor: LinkAddress;
  expiryText: LinkExpiry;
}

/** The commands that mail a link also take the keyring that seals the message while it waits. */
type SealingContext = CommandContext & { secrets: SecretKeyring };

type OneTimeLink = { token: string; expiresAt: Date };
type PlaceLabels = Awaited<ReturnType<typeof listPlaceLabels>>;

const mayManage = (actor: Actor, ctx: CommandContext, entityKey?: string) =>
  authorizeActor(actor, "accounts.manage", { placeId: null }, { entityKind: "account", entityKey }, ctx);

export type InviteOutcome =
  | { kind: "invalid"; read: AccountFormResult; places: PlaceLabels }
  | { kind: "created"; account: AccountRecord; link: OneTimeLink };

/** An account without a password, and a one-time link (sent by mail too) to choose it. */
export async function inviteAccount(actor: Actor, input: { form: FormFields } & LinkWording, ctx: SealingContext): Promise<InviteOutcome> {
  await mayManage(actor, ctx);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const places = await listPlaceLabels(tx);
    const read = readAccountForm(input.form, new Set(places.map((p) => p.slug)), true);
    if (!read.valid) return { kind: "invalid", read, places } as const;
    const v = read.valid;
    // No password: the person chooses it through their one-time link. A taken e-mail (even by an
    // invitation sent at the same moment) inserts nothing.
    const created = await insertAccount(tx, { email: v.email, name: v.name, locale: v.locale, isAdministrator: v.isAdministrator, passwordHash: null, now });
    if (!created) {
      read.problems.email = "email_taken";
      return { kind: "invalid", read, places } as const;
    }
    const id = created.id;
    const idOf = new Map(places.map((p) => [p.slug, p.id]));
    await insertGrants(tx, id, v.grants.map((g) => ({ placeId: idOf.get(g.placeSlug)!, role: g.role })));
    const link = await issueOneTimeLink(tx, id, now);
    const account = (await findAccountById(tx, id))!;
    await queueMessage(tx, ctx.secrets, staffInvitationMessage(account, input.linkFor(account, link.token), input.expiryText(link.expiresAt, account.locale), true));
    await recordAudit(tx, ctx.origin, {
      action: "account.create", entityKind: "account", entityKey: account.email, before: null, after: accountSnapshot(account),
      detail: { oneTimeLinkExpiresAt: link.expiresAt.toISOString() },
    }, now);
    return { kind: "created", account, link } as const;
  });
}

export type SaveAccountOutcome =
  | { kind: "invalid"; before: AccountRecord; read: AccountFormResult; status: 400 | 409; refusal?: AccountRefusal }
  | { kind: "saved"; after: AccountRecord };

/** Name, language, administrator and roles of account `id`; refused (409) when it would demote the last active administrator. */
export async function saveAccount(actor: Actor, input: { id: number; form: FormFields }, ctx: CommandContext): Promise<SaveAccountOutcome> {
  const { id } = input;
  await mayManage(actor, ctx, String(id));
  return ctx.db.transaction(async (tx) => {
    const activeAdmins = await lockAdministratorsAnd(tx, id);
    const before = await findAccountById(tx, id);
    if (!before) throw notFound("account", String(id));
    const places = await listPlaceLabels(tx);
    const read = readAccountForm(input.form, new Set(places.map((p) => p.slug)), false);
    if (!read.valid) return { kind: "invalid", before, read, status: 400 } as const;
    const v = read.valid;
    const demoted = before.isAdministrator && !v.isAdministrator && before.disabledAt === null;
    if (demoted && activeAdmins.every((adminId) => adminId === id)) return { kind: "invalid", before, read, status: 409, refusal: "last_administrator" } as const;
    await updateAccount(tx, id, { name: v.name, locale: v.locale, isAdministrator: v.isAdministrator });
    const idOf = new Map(places.map((p) => [p.slug, p.id]));
    await replaceGrants(tx, id, v.grants.map((g) => ({ placeId: idOf.get(g.placeSlug)!, role: g.role })));
    const after = (await findAccountById(tx, id))!;
    await recordAudit(tx, ctx.origin, {
      action: "account.update", entityKind: "account", entityKey: after.email, before: accountSnapshot(before), after: accountSnapshot(after),
    }, ctx.now());
    return { kind: "saved", after } as const;
  });
}

export type DisableOutcome = { kind: "disabled" } | { kind: "refused"; refusal: AccountRefusal };

class Refused extends Error {
  constructor(readonly refusal: AccountRefusal) {
    super(refusal);
  }
}

/** Disables account `id`: its sessions end and its links stop working. Refused for the last active administrator. */
export async function disableAccount(actor: Actor, input: { id: number }, ctx: CommandContext): Promise<DisableOutcome> {
  const { id } = input;
  await mayManage(actor, ctx, String(id));
  try {
    await ctx.db.transaction(async (tx) => {
      const activeAdmins = await lockAdministratorsAnd(tx, id);
      const before = await findAccountById(tx, id);
      if (!before) throw notFound("account", String(id));
      if (before.disabledAt) return;
      if (before.isAdministrator && activeAdmins.every((adminId) => adminId === id)) throw new Refused("last_administrator");
      await setDisabledAt(tx, id, ctx.now());
      const sessionsEnded = await endAllSessions(tx, id);
      await revokeOneTimeLinks(tx, id, ctx.now());
      const after = (await findAccountById(tx, id))!;
      await recordAudit(tx, ctx.origin, {
        action: "account.disable", entityKind: "account", entityKey: before.email, before: accountSnapshot(before), after: accountSnapshot(after), detail: { sessionsEnded },
      }, ctx.now());
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return { kind: "refused", refusal: error.refusal };
  }
  return { kind: "disabled" };
}

/** Enables account `id` again (nothing to do when it is not disabled). */
export async function enableAccount(actor: Actor, input: { id: number }, ctx: CommandContext): Promise<void> {
  const { id } = input;
  await mayManage(actor, ctx, String(id));
  await ctx.db.transaction(async (tx) => {
    const before = await findAccountById(tx, id);
    if (!before) throw notFound("account", String(id));
    if (!before.disabledAt) return;
    await setDisabledAt(tx, id, null);
    const after = (await findAccountById(tx, id))!;
    await recordAudit(tx, ctx.origin, { action: "account.enable", entityKind: "account", entityKey: before.email, before: accountSnapshot(before), after: accountSnapshot(after) }, ctx.now());
  });
}

export type IssueLinkOutcome = { kind: "refused"; account: AccountRecord } | { kind: "issued"; account: AccountRecord; link: OneTimeLink };

/** A new one-time link for account `id` (sent by mail too); refused for a disabled account. */
export async function issueAccountLink(actor: Actor, input: { id: number } & LinkWording, ctx: SealingContext): Promise<IssueLinkOutcome> {
  const { id } = input;
  await mayManage(actor, ctx, String(id));
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const account = await findAccountById(tx, id);
    if (!account) throw notFound("account", String(id));
    if (account.disabledAt) return { kind: "refused", account } as const;
    const link = await issueOneTimeLink(tx, id, now);
    await queueMessage(tx, ctx.secrets, staffInvitationMessage(account, input.linkFor(account, link.token), input.expiryText(link.expiresAt, account.locale), false));
    await recordAudit(tx, ctx.origin, {
      action: "account.link_issued", entityKind: "account", entityKey: account.email, detail: { expiresAt: link.expiresAt.toISOString() },
    }, now);
    return { kind: "issued", account, link } as const;
  });
}
