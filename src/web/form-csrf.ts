/**
 * CSRF protection of forms shown without a session (the back office's sign-in, the public booking
 * forms): the form carries the value of a SameSite=Strict cookie set when it was shown (double
 * submit), and requests a browser marks as coming from another site are refused whatever they carry.
 * Over HTTPS the cookie has the `__Host-` prefix, so a sibling site cannot plant one.
 */
import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { newSecret } from "../lib/secrets.ts";
import type { AppDeps, AppEnv } from "./app-env.ts";

export const FORM_CSRF_COOKIE = "remembrance_csrf";
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type CookieDeps = Pick<AppDeps, "publicUrl" | "security">;

/** True when the site is served over HTTPS: its public address says so, or this request came that way. */
export function isHttps(c: Context, deps: CookieDeps): boolean {
  if (deps.publicUrl?.startsWith("https:")) return true;
  if (new URL(c.req.url).protocol === "https:") return true;
  return deps.security?.trustProxy === true && c.req.header("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/** The `__Host-` prefix over HTTPS (browsers accept it only when Secure, Path=/ and without Domain). */
export const cookiePrefixFor = (https: boolean) => (https ? ("host" as const) : undefined);

export const readFormCsrfCookie = (c: Context, deps: CookieDeps) => getCookie(c, FORM_CSRF_COOKIE, cookiePrefixFor(isHttps(c, deps)));

function setFormCsrfCookie(c: Context, deps: CookieDeps, token: string): void {
  const https = isHttps(c, deps);
  setCookie(c, FORM_CSRF_COOKIE, token, { httpOnly: true, sameSite: "Strict", path: "/", secure: https, prefix: cookiePrefixFor(https) });
}

/** Equal strings, compared in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The token a form shown without a session carries: the browser's existing one, else a new one set as a cookie. */
export function formCsrfToken(c: Context, deps: CookieDeps): string {
  const existing = readFormCsrfCookie(c, deps);
  if (existing && TOKEN_SHAPE.test(existing)) return existing;
  const token = newSecret();
  setFormCsrfCookie(c, deps, token);
  return token;
}

/** True when `sent` is the value of this browser's form cookie. */
export function matchesFormCookie(c: Context, deps: CookieDeps, sent: string | undefined): boolean {
  const cookie = readFormCsrfCookie(c, deps);
  return sent !== undefined && cookie !== undefined && TOKEN_SHAPE.test(cookie) && sameSecret(sent, cookie);
}

/** True when the browser says the request comes from another site (Sec-Fetch-Site, else Origin). */
export function fromAnotherSite(c: Context, deps: Pick<AppDeps, "publicUrl">): boolean {
  const site = c.req.header("sec-fetch-site");
  // A browser that says same-origin is believed (pages cannot forge it): under a no-referrer policy
  // (the ticket pages, or a privacy setting) it sends "Origin: null" with its own forms.
  if (site === "same-origin") return false;
  if (site !== undefined && site !== "none") return true;
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

/** The token a request carries: the X-CSRF-Token header, else the form's `_csrf` field. */
export async function sentCsrfToken(c: Context): Promise<string | undefined> {
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

/**
 * Double-submit protection for public forms (no session): a write passes only with the form cookie's
 * value and not from another site; otherwise `refused` answers and nothing runs.
 */
export function formCookieCsrf(deps: AppDeps, refused: (c: Context<AppEnv>) => Response | Promise<Response>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const sent = fromAnotherSite(c, deps) ? undefined : await sentCsrfToken(c);
    if (matchesFormCookie(c, deps, sent)) return next();
    deps.logger.warn("csrf_failed", { method: c.req.method, path: c.req.path, requestId: c.get("requestId"), signedIn: false });
    return refused(c);
  };
}
