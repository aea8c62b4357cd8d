/**
 * CSRF protection for every write under /admin. A signed-in form carries its session's token; a
 * form shown before there is a session (sign-in, second factor, set password) carries the value
 * of a SameSite=Strict cookie set when it was shown (double submit). Requests a browser marks as
 * coming from another site are refused whatever they carry. A refusal changes nothing. The
 * double-submit machinery is shared with the public forms (web/form-csrf.ts).
 */
import type { MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { htmlDocument } from "../../web/site.tsx";
import { fromAnotherSite, matchesFormCookie, sameSecret, sentCsrfToken } from "../../web/form-csrf.ts";
import { adminPageOf, splitAdminPath } from "../../web/admin/admin-paths.ts";
import { CsrfFailedPage } from "./sign-in.views.tsx";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** The forms a browser submits before it has a full session. */
const PRE_SESSION_FORMS = new Set(["/sign-in", "/sign-in/second-factor", "/set-password"]);

export function csrfProtection(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const session = c.get("session");
    const sent = fromAnotherSite(c, deps) ? undefined : await sentCsrfToken(c);
    // The double-submit cookie stands in only on the forms shown before a session exists: anywhere else,
    // a cookie planted by a sibling host (possible over plain HTTP) must not unlock a signed-in session.
    const beforeSession = PRE_SESSION_FORMS.has(splitAdminPath(c.req.path)?.[1] ?? "");
    const valid = sent !== undefined && (
      (session !== undefined && sameSecret(sent, session.csrfToken)) ||
      (beforeSession && matchesFormCookie(c, deps, sent))
    );
    if (valid) return next();
    deps.logger.warn("csrf_failed", { method: c.req.method, path: c.req.path, requestId: c.get("requestId"), signedIn: session !== undefined });
    const [locale, rest] = adminPageOf(c);
    const html = await htmlDocument(<CsrfFailedPage locale={locale} path={rest} actor={c.get("actor")} csrfToken={session?.csrfToken} />);
    return c.html(html, 403);
  };
}
