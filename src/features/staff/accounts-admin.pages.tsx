/**
 * Staff accounts, for administrators: /admin/{lang}/accounts (list), /accounts/new (invite: an
 * account without a password and a one-time link to hand over), /accounts/{id} (name, language,
 * administrator, roles; disable, enable, new link). Every change is audited in its transaction;
 * no change may leave the installation without an active administrator.
 */
import type { Context } from "hono";
import { Hono } from "hono";
import type { Child } from "hono/jsx";
import type { Locale } from "../../lib/locales.ts";
import { notFound } from "../../lib/errors.ts";
import type { Actor, AppDeps, AppEnv, StaffSession } from "../../web/app-env.ts";
import { AdminLayout, adminUrl } from "../../web/admin/admin-layout.tsx";
import { adminText } from "../../web/admin/admin-text.ts";
import { htmlDocument, siteUrlOf } from "../../web/site.tsx";
import { recordAudit } from "../audit/audit.service.ts";
import { accountSnapshot, readAccountForm, type AccountFormValues, type FormFields } from "./accounts-admin.form.ts";
import { accountsText, type AccountRefusal } from "./accounts-admin.page-text.ts";
import {
  findAccountById, listAccounts, lockAdministratorsAnd, replaceGrants, revokeOneTimeLinks, setDisabledAt, updateAccount,
  type AccountRecord,
} from "./accounts-admin.repository.ts";
import { insertAccount, insertGrants } from "./accounts.repository.ts";
import { listPlaceLabels } from "../places/place-lookup.service.ts";
import { AccountEditPage, AccountForm, AccountsList, DisableConfirmPage, OneTimeLinkPage, parisTime } from "./accounts-admin.views.tsx";
import { issueOneTimeLink } from "./one-time-links.repository.ts";
import { staffInvitationMessage } from "./staff-invitation.message.ts";
import { queueMessage } from "../outbox/outbox.service.ts";
import { endAllSessions } from "./sessions.service.ts";
import { authorize, requireActor } from "./staff.guard.ts";
import { adminPaths } from "../../web/admin/admin-paths.ts";

type C = Context<AppEnv>;

/** The submitted form, read once (Hono caches the parsed body; the CSRF check read it first). */
async function formOf(c: C): Promise<FormFields> {
  const body = await c.req.parseBody({ all: true });
  const all = (name: string) => {
    const v = body[name];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === "string");
  };
  return { get: (name) => all(name)[0], getAll: all };
}

const accountId = (c: C) => Number(c.req.param("id"));

/** What the edit form shows for a stored account. */
const valuesOf = (a: AccountRecord): AccountFormValues => ({
  email: a.email, name: a.name, locale: a.locale, isAdministrator: a.isAdministrator, grants: a.grants.map((g) => `${g.placeSlug}:${g.role}`),
});

class Refused extends Error {
  constructor(readonly refusal: AccountRefusal) {
    super(refusal);
  }
}

export function accountsAdminPages(deps: AppDeps, locale: Locale) {
  const m = accountsText(locale);
  const { db } = deps;

  const gate = async (c: C, entityKey?: string): Promise<{ actor: Actor; session: StaffSession }> => {
    await authorize(c, deps, locale, "accounts.manage", { placeId: null }, { entityKind: "account", entityKey });
    return requireActor(c, locale);
  };

  const render = async (c: C, who: { actor: Actor; session: StaffSession }, o: { path: string; title: string; status?: 200 | 400 | 409; flash?: string; body: Child }) => {
    const html = await htmlDocument(
      <AdminLayout locale={locale} path={o.path} title={o.title} actor={who.actor} csrfToken={who.session.csrfToken} flash={o.flash}>{o.body}</AdminLayout>,
    );
    return c.html(html, o.status ?? 200);
  };

  /** The address of the set-password page in the invited person's language. */
  const linkFor = (c: C, account: { locale: Locale }, token: string) => `${siteUrlOf(c, deps)}${adminUrl(account.locale, "/set-password")}?token=${encodeURIComponent(token)}`;

  const loadOr404 = async (id: number) => {
    const account = await findAccountById(db, id);
    if (!account) throw notFound("account", String(id));
    return account;
  };

  const editPage = async (c: C, who: { actor: Actor; session: StaffSession }, account: AccountRecord, o: { values?: AccountFormValues; problems?: object; refusal?: AccountRefusal; status?: 200 | 400 | 409; flash?: string } = {}) =>
    render(c, who, {
      path: `/accounts/${account.id}`, title: m.editTitle(account.name), status: o.status, flash: o.flash,
      body: <AccountEditPage locale={locale} mode="edit" action={adminPaths.account(locale, account.id)} csrfToken={who.session.csrfToken}
        values={o.values ?? valuesOf(account)} problems={o.problems ?? {}} places={await listPlaceLabels(db)} account={account} refusal={o.refusal} />,
    });

  const FLASHES = { saved: adminText(locale).saved, disabled: m.disabledFlash, enabled: m.enabledFlash } as Record<string, string>;

  return new Hono<AppEnv>()
    .get("/accounts", async (c) => {
      const who = await gate(c);
      return render(c, who, { path: "/accounts", title: m.title, body: <AccountsList locale={locale} accounts={await listAccounts(db)} /> });
    })
    .get("/accounts/new", async (c) => {
      const who = await gate(c);
      const values: AccountFormValues = { email: "", name: "", locale, isAdministrator: false, grants: [] };
      return render(c, who, {
        path: "/accounts/new", title: m.inviteTitle,
        body: <><h1>{m.inviteTitle}</h1><p>{m.inviteIntro}</p>
          <AccountForm locale={locale} mode="invite" action={adminUrl(locale, "/accounts/new")} csrfToken={who.session.csrfToken} values={values} problems={{}} places={await listPlaceLabels(db)} /></>,
      });
    })
    .post("/accounts/new", async (c) => {
      const who = await gate(c);
      const form = await formOf(c);
      const now = deps.now();
      const outcome = await db.transaction(async (tx) => {
        const places = await listPlaceLabels(tx);
        const read = readAccountForm(form, new Set(places.map((p) => p.slug)), true);
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
        await queueMessage(tx, staffInvitationMessage(account, linkFor(c, account, link.token), parisTime(link.expiresAt, account.locale), true));
        await recordAudit(tx, c, {
          action: "account.create", entityKind: "account", entityKey: account.email, before: null, after: accountSnapshot(account),
          detail: { oneTimeLinkExpiresAt: link.expiresAt.toISOString() },
        }, deps.security?.trustProxy);
        return { kind: "created", account, link } as const;
      });
      if (outcome.kind === "invalid") {
        return render(c, who, {
          path: "/accounts/new", title: m.inviteTitle, status: 400,
          body: <><h1>{m.inviteTitle}</h1><p>{m.inviteIntro}</p>
            <AccountForm locale={locale} mode="invite" action={adminUrl(locale, "/accounts/new")} csrfToken={who.session.csrfToken} values={outcome.read.values} problems={outcome.read.problems} places={outcome.places} /></>,
        });
      }
      const { account, link } = outcome;
      return render(c, who, {
        path: `/accounts/${account.id}`, title: m.createdTitle(account.name),
        body: <OneTimeLinkPage locale={locale} account={account} link={linkFor(c, account, link.token)} expiresAt={link.expiresAt} created />,
      });
    })
    .get("/accounts/:id{[0-9]{1,9}}", async (c) => {
      const who = await gate(c, c.req.param("id"));
      const account = await loadOr404(accountId(c));
      return editPage(c, who, account, { flash: FLASHES[c.req.query("done") ?? ""] });
    })
    .post("/accounts/:id{[0-9]{1,9}}", async (c) => {
      const who = await gate(c, c.req.param("id"));
      const id = accountId(c);
      const form = await formOf(c);
      const outcome = await db.transaction(async (tx) => {
        const activeAdmins = await lockAdministratorsAnd(tx, id);
        const before = await findAccountById(tx, id);
        if (!before) throw notFound("account", String(id));
        const places = await listPlaceLabels(tx);
        const read = readAccountForm(form, new Set(places.map((p) => p.slug)), false);
        if (!read.valid) return { kind: "invalid", before, read, status: 400 } as const;
        const v = read.valid;
        const demoted = before.isAdministrator && !v.isAdministrator && before.disabledAt === null;
        if (demoted && activeAdmins.every((adminId) => adminId === id)) return { kind: "invalid", before, read, status: 409, refusal: "last_administrator" } as const;
        await updateAccount(tx, id, { name: v.name, locale: v.locale, isAdministrator: v.isAdministrator });
        const idOf = new Map(places.map((p) => [p.slug, p.id]));
        await replaceGrants(tx, id, v.grants.map((g) => ({ placeId: idOf.get(g.placeSlug)!, role: g.role })));
        const after = (await findAccountById(tx, id))!;
        await recordAudit(tx, c, {
          action: "account.update", entityKind: "account", entityKey: after.email, before: accountSnapshot(before), after: accountSnapshot(after),
        }, deps.security?.trustProxy);
        return { kind: "saved", after } as const;
      });
      if (outcome.kind === "invalid") {
        return editPage(c, who, outcome.before, { values: { ...outcome.read.values, email: outcome.before.email }, problems: outcome.read.problems, status: outcome.status, refusal: "refusal" in outcome ? outcome.refusal : undefined });
      }
      // Someone who just gave up being an administrator may no longer open this page.
      const selfDemoted = id === who.actor.accountId && !outcome.after.isAdministrator;
      return c.redirect(selfDemoted ? adminUrl(locale, "/") : `${adminPaths.account(locale, id)}?done=saved`, 303);
    })
    .get("/accounts/:id{[0-9]{1,9}}/disable", async (c) => {
      const who = await gate(c, c.req.param("id"));
      const account = await loadOr404(accountId(c));
      if (account.disabledAt) return c.redirect(adminPaths.account(locale, account.id), 303);
      return render(c, who, { path: `/accounts/${account.id}/disable`, title: m.disableTitle(account.name), body: <DisableConfirmPage locale={locale} account={account} csrfToken={who.session.csrfToken} /> });
    })
    .post("/accounts/:id{[0-9]{1,9}}/disable", async (c) => {
      const who = await gate(c, c.req.param("id"));
      const id = accountId(c);
      try {
        await db.transaction(async (tx) => {
          const activeAdmins = await lockAdministratorsAnd(tx, id);
          const before = await findAccountById(tx, id);
          if (!before) throw notFound("account", String(id));
          if (before.disabledAt) return;
          if (before.isAdministrator && activeAdmins.every((adminId) => adminId === id)) throw new Refused("last_administrator");
          await setDisabledAt(tx, id, deps.now());
          const sessionsEnded = await endAllSessions(tx, id);
          await revokeOneTimeLinks(tx, id, deps.now());
          const after = (await findAccountById(tx, id))!;
          await recordAudit(tx, c, {
            action: "account.disable", entityKind: "account", entityKey: before.email, before: accountSnapshot(before), after: accountSnapshot(after), detail: { sessionsEnded },
          }, deps.security?.trustProxy);
        });
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        const account = await loadOr404(id);
        return render(c, who, { path: `/accounts/${id}/disable`, title: m.disableTitle(account.name), status: 409, body: <DisableConfirmPage locale={locale} account={account} csrfToken={who.session.csrfToken} refusal={error.refusal} /> });
      }
      return c.redirect(`${adminPaths.account(locale, id)}?done=disabled`, 303);
    })
    .post("/accounts/:id{[0-9]{1,9}}/enable", async (c) => {
      await gate(c, c.req.param("id"));
      const id = accountId(c);
      await db.transaction(async (tx) => {
        const before = await findAccountById(tx, id);
        if (!before) throw notFound("account", String(id));
        if (!before.disabledAt) return;
        await setDisabledAt(tx, id, null);
        const after = (await findAccountById(tx, id))!;
        await recordAudit(tx, c, { action: "account.enable", entityKind: "account", entityKey: before.email, before: accountSnapshot(before), after: accountSnapshot(after) }, deps.security?.trustProxy);
      });
      return c.redirect(`${adminPaths.account(locale, id)}?done=enabled`, 303);
    })
    .post("/accounts/:id{[0-9]{1,9}}/link", async (c) => {
      const who = await gate(c, c.req.param("id"));
      const id = accountId(c);
      const now = deps.now();
      const outcome = await db.transaction(async (tx) => {
        const account = await findAccountById(tx, id);
        if (!account) throw notFound("account", String(id));
        if (account.disabledAt) return { kind: "refused", account } as const;
        const link = await issueOneTimeLink(tx, id, now);
        await queueMessage(tx, staffInvitationMessage(account, linkFor(c, account, link.token), parisTime(link.expiresAt, account.locale), false));
        await recordAudit(tx, c, {
          action: "account.link_issued", entityKind: "account", entityKey: account.email, detail: { expiresAt: link.expiresAt.toISOString() },
        }, deps.security?.trustProxy);
        return { kind: "issued", account, link } as const;
      });
      if (outcome.kind === "refused") return editPage(c, who, outcome.account, { refusal: "disabled_account", status: 409 });
      return render(c, who, {
        path: `/accounts/${id}`, title: m.linkTitle(outcome.account.name),
        body: <OneTimeLinkPage locale={locale} account={outcome.account} link={linkFor(c, outcome.account, outcome.link.token)} expiresAt={outcome.link.expiresAt} created={false} />,
      });
    });
}
