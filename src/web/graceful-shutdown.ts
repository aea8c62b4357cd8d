/**
 * Draining an HTTP server on SIGTERM. Node's own close() stops listening and drops keep-alive
 * sockets it sees as idle at once, so a client whose connection was still in the accept backlog,
 * or whose request bytes were not read yet while the event loop was busy, would see a reset.
 * Here the server keeps accepting until no connection has arrived for a short grace period, and
 * answers everything with `Connection: close`; then it stops listening, closes idle keep-alive sockets, and waits for every
 * request to be handled (even those whose client already hung up, so the database can then close
 * under no handler). A connection that has not sent its first request yet is not idle but early (a
 * busy client may connect before it writes): it gets a few more grace periods to send it before it
 * is closed. What is left at the timeout is destroyed.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

export interface Drainer {
  /** Resolves when the server has stopped listening and every request is handled (or at `timeoutMs`). */
  drain(options: { graceMs: number; timeoutMs: number }): Promise<void>;
}

/** How many grace periods a connection that has sent no request yet is given after the server stops listening. */
const UNUSED_SOCKET_GRACES = 4;

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
    async drain({ graceMs, timeoutMs }) {
      draining = true;
      const force = setTimeout(() => {
        for (const socket of requestsOnSocket.keys()) socket.destroy();
      }, timeoutMs).unref();
      await acceptWhileConnectionsArrive(Date.now(), graceMs, timeoutMs);
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      endIdleSockets(false);
      const unused = setTimeout(() => endIdleSockets(true), Math.min(UNUSED_SOCKET_GRACES * graceMs, timeoutMs)).unref();
      const handled = requestsInProgress === 0 ? Promise.resolve() : new Promise<void>((resolve) => (onAllHandled = resolve));
      const deadline = sleep(timeoutMs);
      await Promise.race([Promise.all([closed, handled]), deadline]);
      clearTimeout(force);
      clearTimeout(unused);
    },
  };
}
