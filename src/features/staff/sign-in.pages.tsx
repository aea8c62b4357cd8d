/** Sign-in (password, then the second factor when there is one), sign-out, and choosing a password through a one-time link. */
import type { Context } from "hono";
import { Hono } from "hono";
import type { Locale } from "../../lib/locales.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { adminUrl } from "../../web/admin/admin-layout.tsx";
import { htmlDocument } from "../../web/site.tsx";
import { actingOrigin, commandContextOf } from "../../web/request-origin.ts";
import { findAccountById } from "./accounts.repository.ts";
import { newPasswordErrors, setPasswordWithLink } from "./account.service.ts";
import { formCsrfToken } from "../../web/form-csrf.ts";
import { findOneTimeLink } from "./one-time-links.repository.ts";
import { endSession } from "./sessions.service.ts";
import { signInWithPassword, signInWithSecondFactor, signOut } from "./sign-in.service.ts";
import { LinkInvalidPage, SecondFactorPage, SetPasswordPage, SignInPage } from "./sign-in.views.tsx";
import { clearSessionCookie, setSessionCookie } from "./staff-cookies.ts";
import { pendingSessionOf } from "./staff.middleware.ts";
import { staffText } from "./staff.page-text.ts";
import type { FormErrors } from "./staff-form.views.tsx";
import { controlCharacterFields } from "../../web/validation.ts";

/** `next` when it is a back office address of this site, else undefined (never an open redirect). */
export function safeNext(next: string | undefined): string | undefined {
  if (!next || next.length > 2000) return undefined;
  return /^\/admin\/[^\\\s]*$/.test(next) && !next.startsWith("//") ? next : undefined;
}

const field = (body: Record<string, unknown>, name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");

export function signInPages(deps: AppDeps, locale: Locale): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const m = staffText(locale);
  const home = adminUrl(locale, "/");
  const page = async (c: Context<AppEnv>, node: unknown, status: 200 | 400 | 403 | 404 | 429 = 200) => c.html(await htmlDocument(node), status);
  const flashOf = (c: Context<AppEnv>) =>
    ({ "signed-out": m.signedOut, "signed-out-everywhere": m.signedOutEverywhere, "password-set": m.passwordSetSignIn } as Record<string, string>)[c.req.query("done") ?? ""];

  app.get("/sign-in", async (c) => {
    const next = safeNext(c.req.query("next"));
    if (c.get("actor")) return c.redirect(next ?? home, 303);
    return page(c, <SignInPage locale={locale} csrfToken={formCsrfToken(c, deps)} next={next} flash={flashOf(c)} />);
  });

  app.post("/sign-in", async (c) => {
    const next = safeNext(c.req.query("next"));
    const body = await c.req.parseBody();
    const email = field(body, "email").trim();
    const password = field(body, "password");
    const again = (errors: FormErrors, status: 400 | 429) =>
      page(c, <SignInPage locale={locale} csrfToken={formCsrfToken(c, deps)} next={next} email={email} errors={errors} />, status);
    const missing: FormErrors = {};
    if (email === "") missing.email = m.emailRequired;
    if (password === "") missing.password = m.passwordRequired;
    if (Object.keys(missing).length > 0) return again(missing, 400);
    // An address with a control character names no account (and NUL would not even reach PostgreSQL).
    if (controlCharacterFields({ email }).email) return again({ email: m.signInRefused }, 400);

    const previous = pendingSessionOf(c) ?? (c.get("session") ? { id: c.get("session")!.id } : undefined);
    const outcome = await signInWithPassword(deps, actingOrigin(c, deps.security?.trustProxy), email, password, previous);
    if (outcome.kind === "locked") {
      c.header("Retry-After", String(outcome.minutes * 60));
      return again({ email: m.tooManyAttempts(outcome.minutes) }, 429);
    }
    if (outcome.kind === "refused") return again({ email: m.signInRefused }, 400);
    setSessionCookie(c, deps, outcome.token);
    if (outcome.kind === "second_factor") {
      return c.redirect(`${adminUrl(locale, "/sign-in/second-factor")}${next ? `?next=${encodeURIComponent(next)}` : ""}`, 303);
    }
    return c.redirect(next ?? home, 303);
  });

  app.get("/sign-in/second-factor", async (c) => {
    if (!pendingSessionOf(c)) return c.redirect(adminUrl(locale, "/sign-in"), 303);
    return page(c, <SecondFactorPage locale={locale} csrfToken={formCsrfToken(c, deps)} next={safeNext(c.req.query("next"))} />);
  });

  app.post("/sign-in/second-factor", async (c) => {
    const pending = pendingSessionOf(c);
    if (!pending) return c.redirect(adminUrl(locale, "/sign-in"), 303);
    const next = safeNext(c.req.query("next"));
    const code = field(await c.req.parseBody(), "code").trim();
    const again = (error: string, status: 400 | 429) =>
      page(c, <SecondFactorPage locale={locale} csrfToken={formCsrfToken(c, deps)} next={next} error={error} />, status);
    if (code === "") return again(m.codeRequired, 400);
    const outcome = await signInWithSecondFactor(deps, actingOrigin(c, deps.security?.trustProxy), pending, code.slice(0, 40));
    if (outcome.kind === "locked") {
      c.header("Retry-After", String(outcome.minutes * 60));
      return again(m.tooManyAttempts(outcome.minutes), 429);
    }
    if (outcome.kind !== "signed_in") return again(m.codeRefused, 400);
    setSessionCookie(c, deps, outcome.token);
    return c.redirect(next ?? home, 303);
  });

  app.post("/sign-out", async (c) => {
    const session = c.get("session");
    const pending = pendingSessionOf(c);
    if (session) {
      await signOut(session, commandContextOf(c, deps));
    } else if (pending) {
      await endSession(deps.db, pending.id);
    }
    clearSessionCookie(c, deps);
    return c.redirect(`${adminUrl(locale, "/sign-in")}?done=signed-out`, 303);
  });

  app.get("/set-password", async (c) => {
    const token = c.req.query("token") ?? "";
    const accountId = await findOneTimeLink(deps.db, token, deps.now());
    const account = accountId === undefined ? undefined : await findAccountById(deps.db, accountId);
    if (!account) return page(c, <LinkInvalidPage locale={locale} />, 404);
    return page(c, <SetPasswordPage locale={locale} csrfToken={formCsrfToken(c, deps)} token={token} email={account.email} />);
  });

  app.post("/set-password", async (c) => {
    const token = c.req.query("token") ?? "";
    const accountId = await findOneTimeLink(deps.db, token, deps.now());
    const account = accountId === undefined ? undefined : await findAccountById(deps.db, accountId);
    if (!account) return page(c, <LinkInvalidPage locale={locale} />, 404);
    const body = await c.req.parseBody();
    const password = field(body, "newPassword");
    const errors = newPasswordErrors(locale, password, field(body, "newPasswordAgain"));
    if (Object.keys(errors).length > 0) {
      return page(c, <SetPasswordPage locale={locale} csrfToken={formCsrfToken(c, deps)} token={token} email={account.email} errors={errors} />, 400);
    }
    if (!(await setPasswordWithLink(deps, actingOrigin(c, deps.security?.trustProxy), token, password))) return page(c, <LinkInvalidPage locale={locale} />, 404);
    return c.redirect(`${adminUrl(locale, "/sign-in")}?done=password-set`, 303);
  });

  return app;
}
