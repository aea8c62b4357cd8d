/** The signed-in person's own account page and its forms (each POST answers with a redirect, or the page with errors). */
import type { Context } from "hono";
import { Hono } from "hono";
import { isLocale } from "../../web/locale.ts";
import type { Locale } from "../../lib/locales.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { adminUrl } from "../../web/admin/admin-layout.tsx";
import { actingOrigin } from "../../web/request-origin.ts";
import { requireActor } from "./staff.guard.ts";
import { htmlDocument } from "../../web/site.tsx";
import { findAccountById } from "./accounts.repository.ts";
import { AccountPage, type AccountPageProps } from "./account.views.tsx";
import { changePassword, confirmTotpSetup, regenerateRecoveryCodes, saveProfile, signOutEverywhere, startTotpSetup, turnOffTotp } from "./account.service.ts";
import { countUnusedRecoveryCodes } from "./second-factor.repository.ts";
import { listSessionsOfAccount } from "./sessions.repository.ts";
import { clearSessionCookie } from "./staff-cookies.ts";
import { staffText } from "./staff.page-text.ts";
import { totpUri } from "./totp.ts";
import { openTotpSecret } from "./totp-secrets.service.ts";

type Extra = Pick<AccountPageProps, "flash" | "errors" | "newRecoveryCodes" | "profile" | "totpRequired">;

const field = (body: Record<string, unknown>, name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");

export function accountPages(deps: AppDeps, locale: Locale): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const m = staffText(locale);
  const accountPath = adminUrl(locale, "/account");
  const originOf = (c: Context<AppEnv>) => actingOrigin(c, deps.security?.trustProxy);

  async function show(c: Context<AppEnv>, extra: Extra = {}, status: 200 | 400 = 200) {
    const { actor, session } = requireActor(c, locale);
    const account = await findAccountById(deps.db, actor.accountId);
    if (!account) throw new Error(`account ${actor.accountId} of a live session is gone`);
    const totpOn = account.totpEnabledAt !== null;
    const setupKey = totpOn ? null : openTotpSecret(deps.secrets, account.totpSecret);
    const props: AccountPageProps = {
      locale, actor, csrfToken: session.csrfToken, currentSessionId: session.id, totpOn,
      totpSetup: !totpOn && setupKey ? { secret: setupKey, uri: totpUri(setupKey, account.email) } : undefined,
      recoveryCodesLeft: totpOn ? await countUnusedRecoveryCodes(deps.db, actor.accountId) : 0,
      sessions: await listSessionsOfAccount(deps.db, actor.accountId),
      totpRequired: deps.security?.requireAdminTotp === true && actor.isAdministrator,
      ...extra,
    };
    return c.html(await htmlDocument(<AccountPage {...props} />), status);
  }

  const DONE: Record<string, string> = {
    saved: m.saved, "password-changed": m.passwordChanged, "totp-disabled": m.totpDisabled,
  };

  app.get("/account", (c) => show(c, { flash: DONE[c.req.query("done") ?? ""] }));

  app.post("/account/profile", async (c) => {
    const { actor } = requireActor(c, locale);
    const body = await c.req.parseBody();
    const name = field(body, "name").trim();
    const chosen = field(body, "locale");
    const profileLocale = isLocale(chosen) ? chosen : actor.locale;
    if (name === "" || name.length > 200) return show(c, { errors: { name: m.nameRequired }, profile: { name, locale: profileLocale } }, 400);
    await saveProfile(deps, originOf(c), actor, { name, locale: profileLocale });
    return c.redirect(`${adminUrl(profileLocale, "/account")}?done=saved`, 303);
  });

  app.post("/account/password", async (c) => {
    const { actor, session } = requireActor(c, locale);
    const body = await c.req.parseBody();
    const errors = await changePassword(deps, originOf(c), actor, session, locale, {
      current: field(body, "currentPassword"), password: field(body, "newPassword"), again: field(body, "newPasswordAgain"),
    });
    if (Object.keys(errors).length > 0) return show(c, { errors }, 400);
    return c.redirect(`${accountPath}?done=password-changed`, 303);
  });

  app.post("/account/totp/start", async (c) => {
    const { actor } = requireActor(c, locale);
    if (!actor.hasTotp) await startTotpSetup(deps, actor);
    return c.redirect(`${accountPath}#totp-heading`, 303);
  });

  app.post("/account/totp/confirm", async (c) => {
    const { actor } = requireActor(c, locale);
    const codes = await confirmTotpSetup(deps, originOf(c), actor, field(await c.req.parseBody(), "code"));
    if (!codes) return show(c, { errors: { "totp-code": m.codeRefused } }, 400);
    // The page, not a redirect: the recovery codes are shown this once and never stored in clear.
    c.set("actor", { ...actor, hasTotp: true });
    return show(c, { flash: m.totpEnabled, newRecoveryCodes: codes });
  });

  app.post("/account/totp/disable", async (c) => {
    const { actor } = requireActor(c, locale);
    const body = await c.req.parseBody();
    const outcome = await turnOffTotp(deps, originOf(c), actor, locale, { password: field(body, "password"), code: field(body, "code") });
    if (!outcome.ok) return show(c, { errors: outcome.errors }, 400);
    return c.redirect(`${accountPath}?done=totp-disabled`, 303);
  });

  app.post("/account/recovery-codes", async (c) => {
    const { actor } = requireActor(c, locale);
    const codes = await regenerateRecoveryCodes(deps, originOf(c), actor);
    if (!codes) return c.redirect(accountPath, 303);
    return show(c, { flash: m.recoveryCodesRegenerated, newRecoveryCodes: codes });
  });

  app.post("/account/sign-out-everywhere", async (c) => {
    const { actor } = requireActor(c, locale);
    await signOutEverywhere(deps, originOf(c), actor);
    clearSessionCookie(c, deps);
    return c.redirect(`${adminUrl(locale, "/sign-in")}?done=signed-out-everywhere`, 303);
  });

  return app;
}
