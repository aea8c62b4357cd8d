/**
 * ALLOWED_HOSTS: a request whose Host is not one of the site's names is answered 421 Misdirected
 * Request before anything else runs. Addresses are never built from Host anyway (see siteUrlOf);
 * this keeps a server reached under another name from answering at all.
 */
import type { MiddlewareHandler } from "hono";

export function allowedHostsOnly(allowed: readonly string[] | undefined): MiddlewareHandler {
  const names = new Set(allowed ?? []);
  return async (c, next) => {
    if (names.size === 0) return next();
    const host = (c.req.header("host") ?? "").trim().toLowerCase();
    if (names.has(host)) return next();
    return c.json({
      error: "misdirected_request",
      message: "This server does not answer for that host name. Use the site's own address.",
    }, 421, { "Cache-Control": "no-store" });
  };
}
