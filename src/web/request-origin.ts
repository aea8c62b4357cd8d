/** Where a request comes from: the client address (from the socket, or a trusted proxy's header) and user agent. */
import type { Context } from "hono";
import type { AppDeps, AppEnv } from "./app-env.ts";

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
  server?: NodeBindings;
}

export interface RequestOrigin {
  address: string | null;
  userAgent: string | null;
}

export function requestOrigin(c: Context, trustProxy: boolean): RequestOrigin {
  const userAgent = c.req.header("user-agent")?.slice(0, 500) ?? null;
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return { address: forwarded, userAgent };
  }
  const env = c.env as NodeBindings | undefined;
  const socket = (env?.server ?? env)?.incoming?.socket;
  // In-process requests (tests calling app.request) have no socket.
  return { address: socket?.remoteAddress ?? null, userAgent };
}

/**
 * Everything an audit entry needs to know about the request, built once by a handler and handed to
 * the command it calls (the shape of features/audit's AuditOrigin).
 */
export interface ActingOrigin extends RequestOrigin {
  requestId?: string;
  actor?: { accountId: number; email: string };
  request: { method: string; path: string };
}

export function actingOrigin(c: Context<AppEnv>, trustProxy = false): ActingOrigin {
  const actor = c.get("actor");
  return {
    ...requestOrigin(c, trustProxy),
    requestId: c.get("requestId"),
    ...(actor ? { actor: { accountId: actor.accountId, email: actor.email } } : {}),
    request: { method: c.req.method, path: c.req.path },
  };
}

/** What a handler hands to a command: the app's database, clock and keyring, and this request's origin. */
export function commandContextOf(c: Context<AppEnv>, deps: AppDeps) {
  return { db: deps.db, now: deps.now, origin: actingOrigin(c, deps.security?.trustProxy ?? false), secrets: deps.secrets };
}
