/**
 * Draining an HTTP server. Node's own close() drops keep-alive sockets it sees as idle at once,
 * including sockets whose request bytes are waiting to be read while the event loop is busy; those
 * clients would see a reset. Here the server stops accepting, then keeps reading for a short grace
 * period, answers every request that arrived with `Connection: close`, and only then closes what is
 * still idle; anything left when the timeout strikes is destroyed.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

export interface Drainer {
  /** Resolves when every connection is closed (or forcibly closed after `timeoutMs`). */
  drain(options: { graceMs: number; timeoutMs: number }): Promise<void>;
}

export function trackConnections(server: Server): Drainer {
  const inFlight = new Map<Socket, number>();
  let draining = false;

  server.on("connection", (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once("close", () => inFlight.delete(socket));
  });
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    if (draining) res.setHeader("Connection", "close");
    res.once("close", () => {
      const left = (inFlight.get(socket) ?? 1) - 1;
      inFlight.set(socket, left);
      if (draining && left === 0) socket.end();
    });
  });

  const closeIdle = () => {
    for (const [socket, count] of inFlight) if (count === 0) socket.end();
  };

  return {
    async drain({ graceMs, timeoutMs }) {
      draining = true;
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      const grace = setTimeout(closeIdle, Math.min(graceMs, timeoutMs));
      const force = setTimeout(() => {
        for (const socket of inFlight.keys()) socket.destroy();
      }, timeoutMs);
      await closed;
      clearTimeout(grace);
      clearTimeout(force);
    },
  };
}
