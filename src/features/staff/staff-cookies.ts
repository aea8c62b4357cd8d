/**
 * The back office's session cookie. Over HTTPS it carries the `__Host-` prefix, which browsers accept
 * only when Secure, Path=/ and without Domain: a sibling site cannot plant one. The CSRF cookie of
 * forms shown before there is a session is web/form-csrf.ts's, shared with the public forms.
 */
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { AppDeps } from "../../web/app-env.ts";
import { cookiePrefixFor as prefixFor, isHttps } from "../../web/form-csrf.ts";

export const SESSION_COOKIE = "remembrance_session";

export const readSessionCookie = (c: Context, deps: Pick<AppDeps, "publicUrl" | "security">) =>
  getCookie(c, SESSION_COOKIE, prefixFor(isHttps(c, deps)));

/** A browser-session cookie (no Max-Age): closing the browser also ends it; the server enforces the timeouts. */
export function setSessionCookie(c: Context, deps: Pick<AppDeps, "publicUrl" | "security">, token: string): void {
  const https = isHttps(c, deps);
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: "Lax", path: "/", secure: https, prefix: prefixFor(https) });
}

export function clearSessionCookie(c: Context, deps: Pick<AppDeps, "publicUrl" | "security">): void {
  const https = isHttps(c, deps);
  setCookie(c, SESSION_COOKIE, "", { httpOnly: true, sameSite: "Lax", path: "/", secure: https, prefix: prefixFor(https), maxAge: 0 });
}
