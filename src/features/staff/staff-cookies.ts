/**
 * The back office's two cookies: the session token, and the CSRF token of forms shown before there
 * is a session (sign-in, second factor, set password). Over HTTPS both carry the `__Host-` prefix,
 * which browsers accept only when Secure, Path=/ and without Domain: a sibling site cannot plant one.
 */
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { AppDeps } from "../../web/app-env.ts";

export const SESSION_COOKIE = "remembrance_session";
export const FORM_CSRF_COOKIE = "remembrance_csrf";

/** True when the site is served over HTTPS: its public address says so, or this request came that way. */
export function isHttps(c: Context, deps: Pick<AppDeps, "publicUrl" | "security">): boolean {
  if (deps.publicUrl?.startsWith("https:")) return true;
  if (new URL(c.req.url).protocol === "https:") return true;
  return deps.security?.trustProxy === true && c.req.header("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

const prefixFor = (https: boolean) => (https ? ("host" as const) : undefined);

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

export const readFormCsrfCookie = (c: Context, deps: Pick<AppDeps, "publicUrl" | "security">) =>
  getCookie(c, FORM_CSRF_COOKIE, prefixFor(isHttps(c, deps)));

export function setFormCsrfCookie(c: Context, deps: Pick<AppDeps, "publicUrl" | "security">, token: string): void {
  const https = isHttps(c, deps);
  setCookie(c, FORM_CSRF_COOKIE, token, { httpOnly: true, sameSite: "Strict", path: "/", secure: https, prefix: prefixFor(https) });
}
