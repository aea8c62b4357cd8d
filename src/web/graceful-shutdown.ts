/**
 * Draining an HTTP server on SIGTERM. Node's own close() stops listening and drops keep-alive
 * sockets it sees as idle at once, so a client whose connection was still in the accept backlog,
 * or whose request bytes were not read yet while the event loop was busy, would see a reset.
 * Here the server keeps accepting until no connection has arrived for a short grace period, and
 * answers everything with `Connection: close`; then it stops listening, closes idle keep-alive sockets, and waits for every
 * request to be handled (even those whose client already hung up, so the database can then close
 * under no handler). A connection that has not sent its first request yet is not idle but early (a
 * busy client may connect before it writes): it gets a few more grace periods to send it before it
 * is closed. At the timeout, a request still being handled is answered `503` with `Retry-After` by
 * the shutdown gate (never a reset), idle sockets are ended, and only a socket still open a grace
 * period later is destroyed. The gate also tells when the last handler has returned, so the
 * database is closed under none.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

export interface Drainer {
  /**
   * Resolves when the server has stopped listening and every request is answered, or at `timeoutMs`,
   * when `onTimeout` is called first (the gate answers what is still running) and the sockets are ended.
   */
  drain(options: { graceMs: number; timeoutMs: number; onTimeout?: () => void }): Promise<void>;
}

type Fetch = (request: Request, env?: unknown) => Response | Promise<Response>;

/** Wraps the app's fetch: counts handlers running, and at `expire()` answers the ones still running with 503. */
export interface ShutdownGate {
  fetch: Fetch;
  /** Answers every request still being handled now with 503 Service Unavailable, `Retry-After` and `Connection: close`. */
  expire(): void;
  /** Resolves when no handler is running (their late answers, after `expire`, are dropped), or after `timeoutMs`. */
  idle(timeoutMs: number): Promise<void>;
}

/** Seconds a client is told to wait before trying again while the process restarts. */
export const RETRY_AFTER_SECONDS = 5;

function serviceUnavailable(request: Request): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), Connection: "close", "Cache-Control": "no-store" };
  if (new URL(request.url).pathname.startsWith("/api")) {
    return Response.json({ error: "shutting_down", message: `The server is restarting. Try again in ${RETRY_AFTER_SECONDS} seconds.` }, { status: 503, headers });
  }
  const text = `The site is restarting: try again in ${RETRY_AFTER_SECONDS} seconds.\nLe site redémarre : réessayez dans ${RETRY_AFTER_SECONDS} secondes.\n`;
  return new Response(text, { status: 503, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

export function shutdownGate(fetch: Fetch): ShutdownGate {
  let running = 0;
  let onIdle: (() => void) | undefined;
  let expired = false;
  const expiries = new Set<() => void>();
  return {
    fetch(request, env) {
      if (expired) return serviceUnavailable(request);
      running++;
      const handled = Promise.resolve().then(() => fetch(request, env)).finally(() => {
        if (--running === 0) onIdle?.();
      });
      let expire!: () => void;
      const deadline = new Promise<Response>((resolve) => (expire = () => resolve(serviceUnavailable(request))));
      expiries.add(expire);
      void handled.then(() => expiries.delete(expire), () => expiries.delete(expire));
      return Promise.race([handled, deadline]);
    },
    expire() {
      expired = true;
      for (const expire of expiries) expire();
      expiries.clear();
    },
    idle(timeoutMs) {
      if (running === 0) return Promise.resolve();
      return Promise.race([new Promise<void>((resolve) => (onIdle = resolve)), sleep(timeoutMs)]);
    },
  };
}

/** How many grace periods a connection that has sent no request yet is given after the server stops listening. */
const UNUSED_SOCKET_GRACES = 4;

/** How many grace periods the server keeps answering arrivals with 503 after the timeout, at most. */
const LATE_ACCEPT_GRACES = 4;

/** A wait that does not keep the process alive by itself. */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export function trackConnections(server: Server): Drainer {
  /** Requests in progress on each open socket; `served` once it has had one (an idle keep-alive socket). */
  const requestsOnSocket = new Map<Socket, number>();
  const served = new WeakSet<Socket>();
  let requestsInProgress = 0;
  let onAllHandled: (() => void) | undefined;
  let draining = false;
  let lastConnectionAt = 0;

  server.on("connection", (socket: Socket) => {
    lastConnectionAt = Date.now();
    requestsOnSocket.set(socket, 0);
    socket.once("close", () => requestsOnSocket.delete(socket));
  });
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    served.add(socket);
    requestsOnSocket.set(socket, (requestsOnSocket.get(socket) ?? 0) + 1);
    requestsInProgress++;
    if (draining) res.setHeader("Connection", "close");
    res.once("close", () => {
      if (--requestsInProgress === 0) onAllHandled?.();
      const left = (requestsOnSocket.get(socket) ?? 1) - 1;
      requestsOnSocket.set(socket, left);
      if (draining && left === 0) socket.end();
    });
  });

  /**
   * Keeps listening until no connection has arrived for `graceMs` (at most `timeoutMs`). Before
   * deciding, one poll phase of the event loop is let through (setImmediate runs after it), so
   * connections already waiting in the kernel's backlog of a busy process are accepted, not reset.
   */
  const acceptWhileConnectionsArrive = async (started: number, graceMs: number, timeoutMs: number) => {
    for (;;) {
      const now = Date.now();
      const quietFor = now - Math.max(lastConnectionAt, started);
      if (now - started >= timeoutMs) return;
      if (quietFor < graceMs) {
        await sleep(Math.min(graceMs - quietFor, timeoutMs - (now - started)));
        continue;
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (Date.now() - Math.max(lastConnectionAt, started) >= graceMs) return;
    }
  };

  const endIdleSockets = (evenUnused: boolean) => {
    for (const [socket, count] of requestsOnSocket) if (count === 0 && (evenUnused || served.has(socket))) socket.end();
  };

  return {
    async drain({ graceMs, timeoutMs, onTimeout }) {
      draining = true;
      const started = Date.now();
      let expired = false;
      const expireOnce = () => {
        if (expired) return;
        expired = true;
        onTimeout?.();
      };
      const expire = setTimeout(expireOnce, timeoutMs).unref();
      await acceptWhileConnectionsArrive(started, graceMs, timeoutMs);
      if (Date.now() - started >= timeoutMs) {
        // Still busy at the timeout: what runs is answered 503, and so is what keeps arriving, at once,
        // while the server still listens; a client that honours Retry-After stops, and the listener
        // closes once none has come for a grace period (closing it earlier would reset the backlog).
        expireOnce();
        await acceptWhileConnectionsArrive(Date.now(), graceMs, LATE_ACCEPT_GRACES * graceMs);
      }
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      endIdleSockets(false);
      const unused = setTimeout(() => endIdleSockets(true), Math.min(UNUSED_SOCKET_GRACES * graceMs, timeoutMs)).unref();
      const handled = requestsInProgress === 0 ? Promise.resolve() : new Promise<void>((resolve) => (onAllHandled = resolve));
      // Past the timeout, the 503s are written within a grace period; a socket still open then is a client that does not read.
      const left = Math.max(timeoutMs - (Date.now() - started), 0) + graceMs;
      await Promise.race([Promise.all([closed, handled]), sleep(left)]);
      clearTimeout(expire);
      clearTimeout(unused);
      if (requestsInProgress > 0) expireOnce();
      endIdleSockets(true);
      for (const [socket, count] of requestsOnSocket) if (count > 0) socket.destroy();
    },
  };
}
