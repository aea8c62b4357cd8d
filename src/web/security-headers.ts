/**
 * Security headers on every response of the app (pages, API, assets, errors). The CSP allows no
 * inline script or style: the site's only script is a file, and its JSON-LD blocks are data,
 * which CSP does not run.
 */
import { secureHeaders } from "hono/secure-headers";

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export const securityHeaders = () =>
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
    referrerPolicy: "strict-origin-when-cross-origin",
    xFrameOptions: "DENY",
    crossOriginOpenerPolicy: "same-origin",
    // HSTS belongs to whoever terminates TLS (it may cover other sites of the domain); off here.
    strictTransportSecurity: false,
  });
