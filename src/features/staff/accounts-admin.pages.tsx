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
import { commandContextOf } from "../../web/request-origin.ts";
import { disableAccount, enableAccount, inviteAccount, issueAccountLink, saveAccount } from "./accounts-admin.commands.ts";
import type { AccountFormValues, FormFields } from "./accounts-admin.form.ts";
import { accountsText, type AccountRefusal } from "./accounts-admin.page-text.ts";
import { findAccountById, listAccounts, type AccountRecord } from "./accounts-admin.repository.ts";
import { listPlaceLabels } from "../places/place-lookup.service.ts";
import { AccountEditPage, AccountForm, AccountsList, DisableConfirmPage, OneTimeLinkPage, parisTime } from "./accounts-admin.views.tsx";
import { authorize, requireActor } from "./staff.guard.ts";
import { adminPagePaths, adminPaths } from "../../web/admin/admin-paths.ts";

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
      path: adminPagePaths.account(account.id), title: m.editTitle(account.name), status: o.status, flash: o.flash,
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
      const outcome = await inviteAccount(who.actor, { form, linkFor: (account, token) => linkFor(c, account, token), expiryText: parisTime }, commandContextOf(c, deps));
      if (outcome.kind === "invalid") {
        return render(c, who, {
          path: "/accounts/new", title: m.inviteTitle, status: 400,
          body: <><h1>{m.inviteTitle}</h1><p>{m.inviteIntro}</p>
            <AccountForm locale={locale} mode="invite" action={adminUrl(locale, "/accounts/new")} csrfToken={who.session.csrfToken} values={outcome.read.values} problems={outcome.read.problems} places={outcome.places} /></>,
        });
      }
      const { account, link } = outcome;
      return render(c, who, {
        path: adminPagePaths.account(account.id), title: m.createdTitle(account.name),
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
      const outcome = await saveAccount(who.actor, { id, form }, commandContextOf(c, deps));
      if (outcome.kind === "invalid") {
        return editPage(c, who, outcome.before, { values: { ...outcome.read.values, email: outcome.before.email }, problems: outcome.read.problems, status: outcome.status, refusal: outcome.refusal });
      }
      // Someone who just gave up being an administrator may no longer open this page.
      const selfDemoted = id === who.actor.accountId && !outcome.after.isAdministrator;
      return c.redirect(selfDemoted ? adminUrl(locale, "/") : `${adminPaths.account(locale, id)}?done=saved`, 303);
    })
    .get("/accounts/:id{[0-9]{1,9}}/disable", async (c) => {
      const who = await gate(c, c.req.param("id"));
      const account = await loadOr404(accountId(c));
      if (account.disabledAt) return c.redirect(adminPaths.account(locale, account.id), 303);
      return render(c, who, { path: adminPagePaths.accountAction(account.id, "disable"), title: m.disableTitle(account.name), body: <DisableConfirmPage locale={locale} account={account} csrfToken={who.session.csrfToken} /> });
    })
    .post("/accounts/:id{[0-9]{1,9}}/disable", async (c) => {
      const who = await gate(c, c.req.param("id"));
      const id = accountId(c);
      const outcome = await disableAccount(who.actor, { id }, commandContextOf(c, deps));
      if (outcome.kind === "refused") {
        const account = await loadOr404(id);
        return render(c, who, { path: adminPagePaths.accountAction(id, "disable"), title: m.disableTitle(account.name), status: 409, body: <DisableConfirmPage locale={locale} account={account} csrfToken={who.session.csrfToken} refusal={outcome.refusal} /> });
      }
      return c.redirect(`${adminPaths.account(locale, id)}?done=disabled`, 303);
    })
    .post("/accounts/:id{[0-9]{1,9}}/enable", async (c) => {
      const who = await gate(c, c.req.param("id"));
      const id = accountId(c);
      await enableAccount(who.actor, { id }, commandContextOf(c, deps));
      return c.redirect(`${adminPaths.account(locale, id)}?done=enabled`, 303);
    })
    .post("/accounts/:id{[0-9]{1,9}}/link", async (c) => {
      const who = await gate(c, c.req.param("id"));
      const id = accountId(c);
      const outcome = await issueAccountLink(who.actor, { id, linkFor: (account, token) => linkFor(c, account, token), expiryText: parisTime }, commandContextOf(c, deps));
      if (outcome.kind === "refused") return editPage(c, who, outcome.account, { refusal: "disabled_account", status: 409 });
      return render(c, who, {
        path: adminPagePaths.account(id), title: m.linkTitle(outcome.account.name),
        body: <OneTimeLinkPage locale={locale} account={outcome.account} link={linkFor(c, outcome.account, outcome.link.token)} expiresAt={outcome.link.expiresAt} created={false} />,
      });
    });
}
