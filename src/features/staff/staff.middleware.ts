/**
 * What runs before every back office handler: the session (who is signed in), `no-store` on every
 * answer, and, when administrators must have a second factor, the detour to set it up.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { adminUrl } from "../../web/admin/admin-layout.tsx";
import { adminPageOf } from "../../web/admin/admin-paths.ts";
import { clearSessionCookie, readSessionCookie, SESSION_COOKIE } from "./staff-cookies.ts";
import { resolveSession } from "./sessions.service.ts";
import type { SessionRow } from "./sessions.repository.ts";

/** Sessions waiting for the second factor, by request: they set no actor, only the second-factor page reads them. */
const pendingSessions = new WeakMap<Request, SessionRow>();

/** The session of this request that waits for its second factor, if any. */
export const pendingSessionOf = (c: Context): SessionRow | undefined => pendingSessions.get(c.req.raw);

/** Reads the session cookie; a live session sets `actor` and `session`; an ended one is deleted and its cookie cleared. */
export function staffSessions(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c, deps);
    const resolved = token ? await resolveSession(deps.db, token, deps.now()) : undefined;
    if (resolved?.kind === "active") {
      c.set("actor", resolved.actor);
      c.set("session", { id: resolved.session.id, csrfToken: resolved.session.csrfToken });
    } else if (resolved?.kind === "pending") {
      pendingSessions.set(c.req.raw, resolved.session);
    }
    await next();
    // An ended session's cookie is cleared, unless this answer already gives a new one (a sign-in).
    if (token && !resolved && !c.res.headers.getSetCookie().some((line) => line.includes(`${SESSION_COOKIE}=`))) {
      clearSessionCookie(c, deps);
    }
    // Back office pages show unpublished content and personal data: never kept by any cache.
    c.header("Cache-Control", "no-store");
  };
}

/** Pages an administrator without a second factor may still open when one is required. */
const OPEN_WITHOUT_TOTP = ["/account", "/sign-out", "/sign-in", "/set-password"];

/** With REQUIRE_ADMIN_TOTP, sends an administrator without a second factor to their account page to set one up. */
export function adminTotpGate(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get("actor");
    if (!deps.security?.requireAdminTotp || !actor?.isAdministrator || actor.hasTotp) return next();
    const [locale, rest] = adminPageOf(c);
    if (OPEN_WITHOUT_TOTP.some((p) => rest === p || rest.startsWith(`${p}/`))) return next();
    return c.redirect(`${adminUrl(locale, "/account")}?totp=required`, 303);
  };
}
