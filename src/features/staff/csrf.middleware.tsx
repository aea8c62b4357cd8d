/**
 * CSRF protection for every write under /admin. A signed-in form carries its session's token; a
 * form shown before there is a session (sign-in, second factor, set password) carries the value
 * of a SameSite=Strict cookie set when it was shown (double submit). Requests a browser marks as
 * coming from another site are refused whatever they carry. A refusal changes nothing.
 */
import { timingSafeEqual } from "node:crypto";
import { newSecret } from "../../lib/secrets.ts";
import type { Context, MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { htmlDocument } from "../../web/site.tsx";
import { readFormCsrfCookie, setFormCsrfCookie } from "./staff-cookies.ts";
import { adminPageOf, splitAdminPath } from "../../web/admin/admin-paths.ts";
import { CsrfFailedPage } from "./sign-in.views.tsx";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
/** The forms a browser submits before it has a full session. */
const PRE_SESSION_FORMS = new Set(["/sign-in", "/sign-in/second-factor", "/set-password"]);

/** Equal strings, compared in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The token a form shown without a session carries: the browser's existing one, else a new one set as a cookie. */
export function formCsrfToken(c: Context, deps: AppDeps): string {
  const existing = readFormCsrfCookie(c, deps);
  if (existing && TOKEN_SHAPE.test(existing)) return existing;
  const token = newSecret();
  setFormCsrfCookie(c, deps, token);
  return token;
}

/** True when the browser says the request comes from another site (Sec-Fetch-Site, else Origin). */
function fromAnotherSite(c: Context, deps: AppDeps): boolean {
  const site = c.req.header("sec-fetch-site");
  if (site !== undefined && site !== "same-origin" && site !== "none") return true;
  const origin = c.req.header("origin");
  if (origin === undefined) return false;
  if (deps.publicUrl !== undefined && origin === new URL(deps.publicUrl).origin) return false;
  // Behind a TLS-terminating proxy the request URL says http: compare the host only.
  try {
    return new URL(origin).host !== new URL(c.req.url).host;
  } catch {
    return true; // "null" or garbage
  }
}

async function sentToken(c: Context): Promise<string | undefined> {
  const header = c.req.header("x-csrf-token");
  if (header !== undefined) return header;
  const type = c.req.header("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return undefined;
  try {
    // Hono caches the parsed body: handlers read it again with c.req.parseBody().
    const field = (await c.req.parseBody())._csrf;
    return typeof field === "string" ? field : undefined;
  } catch {
    return undefined;
  }
}

export function csrfProtection(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const session = c.get("session");
    const sent = fromAnotherSite(c, deps) ? undefined : await sentToken(c);
    const formCookie = readFormCsrfCookie(c, deps);
    // The double-submit cookie stands in only on the forms shown before a session exists: anywhere else,
    // a cookie planted by a sibling host (possible over plain HTTP) must not unlock a signed-in session.
    const beforeSession = PRE_SESSION_FORMS.has(splitAdminPath(c.req.path)?.[1] ?? "");
    const valid = sent !== undefined && (
      (session !== undefined && sameSecret(sent, session.csrfToken)) ||
      (beforeSession && formCookie !== undefined && TOKEN_SHAPE.test(formCookie) && sameSecret(sent, formCookie))
    );
    if (valid) return next();
    deps.logger.warn("csrf_failed", { method: c.req.method, path: c.req.path, requestId: c.get("requestId"), signedIn: session !== undefined });
    const [locale, rest] = adminPageOf(c);
    const html = await htmlDocument(<CsrfFailedPage locale={locale} path={rest} actor={c.get("actor")} csrfToken={session?.csrfToken} />);
    return c.html(html, 403);
  };
}
