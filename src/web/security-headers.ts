/**
 * Security headers on every response of the app (pages, API, assets, errors). The CSP allows no
 * inline script or style: the site's only script is a file, and its JSON-LD blocks are data,
 * which CSP does not run.
 */
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** The referrer policy of every response that does not ask for a stricter one. */
export const DEFAULT_REFERRER_POLICY = "strict-origin-when-cross-origin";

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const headers = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:", "https:"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
    xContentTypeOptions: "nosniff",
    // Set below, unless the page set its own (a ticket's address holds its secret: "no-referrer").
    referrerPolicy: false,
    xFrameOptions: "DENY",
    crossOriginOpenerPolicy: "same-origin",
    // Set below, unless the answer set its own: the API and the assets are "cross-origin", pages keep "same-origin".
    crossOriginResourcePolicy: false,
    // HSTS belongs to whoever terminates TLS (it may cover other sites of the domain); off here.
    strictTransportSecurity: false,
  });

export function securityHeaders(): MiddlewareHandler {
  const set = headers();
  return async (c, next) => {
    await set(c, next);
    if (!c.res.headers.has("Referrer-Policy")) c.res.headers.set("Referrer-Policy", DEFAULT_REFERRER_POLICY);
    if (!c.res.headers.has("Cross-Origin-Resource-Policy")) c.res.headers.set("Cross-Origin-Resource-Policy", "same-origin");
  };
}
