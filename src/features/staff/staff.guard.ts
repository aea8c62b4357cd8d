/**
 * The checks every back office handler makes first: someone is signed in (else to the sign-in
 * page), and they may do this to this record (else 403, and the refusal is audited).
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Queryable } from "../../db/database.ts";
import type { Locale } from "../../lib/locales.ts";
import { AppError } from "../../lib/errors.ts";
import type { Actor, AppDeps, AppEnv, StaffSession } from "../../web/app-env.ts";
import { adminUrl } from "../../web/admin/admin-layout.tsx";
import { actingOrigin } from "../../web/request-origin.ts";
import { recordAudit, type AuditOrigin } from "../audit/audit.service.ts";
import { can, type Action, type Scope } from "./staff.policies.ts";

export const forbidden = () => new AppError(403, "forbidden", "Your account may not do this.");

/** The signed-in actor and their session; anyone else is sent to the sign-in page (and back here afterwards). */
export function requireActor(c: Context<AppEnv>, locale: Locale): { actor: Actor; session: StaffSession } {
  const actor = c.get("actor");
  const session = c.get("session");
  if (actor && session) return { actor, session };
  const back = c.req.method === "GET" ? c.req.path + (new URL(c.req.url).search) : adminUrl(locale, "/");
  const target = `${adminUrl(locale, "/sign-in")}?next=${encodeURIComponent(back)}`;
  throw new HTTPException(303, { res: new Response(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store" } }) });
}

export interface AuthorizeTarget {
  entityKind?: string;
  entityKey?: string;
}

/** Throws 403 (recording the refusal in the audit log) unless the signed-in actor may do `action` in `scope`. */
export async function authorize(c: Context<AppEnv>, deps: AppDeps, locale: Locale, action: Action, scope: Scope, target: AuthorizeTarget = {}): Promise<Actor> {
  const { actor } = requireActor(c, locale);
  await authorizeActor(actor, action, scope, target, { db: deps.db, now: deps.now, origin: actingOrigin(c, deps.security?.trustProxy ?? false) });
  return actor;
}

/**
 * The policy check of a command: throws 403 unless `actor` may do `action` in `scope`, the refusal
 * recorded on its own (outside any transaction, so it is kept when the command's work is not).
 */
export async function authorizeActor(
  actor: Actor, action: Action, scope: Scope, target: AuthorizeTarget,
  ctx: { db: Queryable; now: () => Date; origin: AuditOrigin },
): Promise<void> {
  if (can(actor, action, scope)) return;
  await recordAudit(ctx.db, ctx.origin, {
    action: "permission_denied",
    entityKind: target.entityKind,
    entityKey: target.entityKey,
    placeId: scope.placeId,
    detail: { attempted: action, method: ctx.origin.request?.method, path: ctx.origin.request?.path },
  }, ctx.now());
  throw forbidden();
}
