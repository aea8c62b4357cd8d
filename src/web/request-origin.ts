/** Where a request comes from: the client address (from the socket, or a trusted proxy's header) and user agent. */
import type { Context } from "hono";

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
