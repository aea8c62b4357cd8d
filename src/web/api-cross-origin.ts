/**
 * Who may use the API from a browser. Reads are open data: any site may fetch them (CORS with `*`,
 * no credentials, `Cross-Origin-Resource-Policy: cross-origin`). Writes are not: a page of another
 * site could otherwise make its visitors' browsers book, since a form or a `text/plain` fetch needs
 * no preflight. So a write must be JSON (which a browser sends cross-site only after a preflight,
 * and a preflight for a write is refused here), and a write a browser marks as coming from another
 * origin is refused whatever it carries. Clients without a browser send no Origin and pass.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv } from "./app-env.ts";
import { fromAnotherSite } from "./form-csrf.ts";

const READ_METHODS = new Set(["GET", "HEAD"]);

/** Headers a read may send beyond the CORS-safelisted ones (Accept-Language is safelisted only for some values). */
export const READ_REQUEST_HEADERS = "Accept-Language, If-None-Match, If-Modified-Since";
/** Headers of an answer a script of another site may read. */
export const EXPOSED_HEADERS = "ETag, Content-Language, Link";
/** How long a browser may keep a preflight's answer (Chromium caps it at 2 hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 7200;

/** `application/json`, optionally with a charset parameter: the only body a write takes. */
const JSON_MEDIA_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?[A-Za-z0-9._-]+"?\s*)?$/i;

const refusal = (c: Context, status: 403 | 415, error: string, message: string) => {
  c.header("Cross-Origin-Resource-Policy", "cross-origin");
  return c.json({ error, message }, status);
};

const crossSite = (c: Context) => refusal(c, 403, "cross_site_request",
  "Writes to this API are not accepted from pages of other sites. Call it from your server (without an Origin header) or from this site's own pages.");

const hasBody = (c: Context) => {
  const length = c.req.header("content-length");
  return c.req.header("transfer-encoding") !== undefined || (length !== undefined && length !== "0");
};

/**
 * Mounted on `/api/*` (and `/health`): CORS for reads, a refused preflight for writes, and the
 * JSON and same-origin rules of every write.
 */
export function apiCrossOrigin(deps: Pick<AppDeps, "publicUrl">): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    if (method === "OPTIONS") {
      const asked = c.req.header("access-control-request-method")?.toUpperCase();
      // A plain OPTIONS (not a preflight) goes on to the routes, which answer 404 as before.
      if (asked === undefined) return next();
      // A preflight for a write gets no Access-Control-Allow-Origin, so the browser never sends the write.
      if (!READ_METHODS.has(asked)) return crossSite(c);
      c.header("Access-Control-Allow-Origin", "*");
      c.header("Access-Control-Allow-Methods", "GET, HEAD");
      c.header("Access-Control-Allow-Headers", READ_REQUEST_HEADERS);
      c.header("Access-Control-Max-Age", String(PREFLIGHT_MAX_AGE_SECONDS));
      c.header("Cross-Origin-Resource-Policy", "cross-origin");
      return c.body(null, 204);
    }
    if (READ_METHODS.has(method)) {
      await next();
      c.res.headers.set("Access-Control-Allow-Origin", "*");
      c.res.headers.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
      c.res.headers.set("Cross-Origin-Resource-Policy", "cross-origin");
      return;
    }
    // Another origin, including a sibling of the same site (Sec-Fetch-Site: same-site): refused.
    if (fromAnotherSite(c, deps)) return crossSite(c);
    const type = c.req.header("content-type");
    // A cancellation (DELETE /api/bookings/{code}) carries its secret in the query or a header, no body.
    const bodiless = method === "DELETE" && type === undefined && !hasBody(c);
    if (!bodiless && !JSON_MEDIA_TYPE.test(type?.trim() ?? "")) {
      return refusal(c, 415, "unsupported_media_type",
        `Send the body as JSON with the header Content-Type: application/json${type ? ` (not ${type.split(";")[0]!.trim().slice(0, 100)})` : ""}.`);
    }
    await next();
    c.res.headers.set("Cross-Origin-Resource-Policy", "cross-origin");
  };
}
