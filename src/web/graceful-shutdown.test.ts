import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { serve } from "@hono/node-server";
import { RETRY_AFTER_SECONDS, shutdownGate, trackConnections } from "./graceful-shutdown.ts";

let server: Server | undefined;
afterEach(() => server?.closeAllConnections());

/** A raw connection that sends its request only after `delayMs`, as a busy client does; resolves with what it read. */
function lateRequest(port: number, delayMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("error", reject);
    socket.on("close", () => resolve(answer));
    socket.on("connect", () => setTimeout(() => socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), delayMs));
  });
}

describe("draining on SIGTERM", () => {
  it("answers a connection made before the drain whose request arrives after the grace period", async () => {
    // Answers on a later turn, as the app does (its handlers are async).
    server = createServer((_req, res) => setImmediate(() => res.end("done")));
    const drainer = trackConnections(server);
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const answer = lateRequest(port, 150);
    await new Promise((r) => setTimeout(r, 20)); // connected, nothing sent yet
    const drained = drainer.drain({ graceMs: 50, timeoutMs: 2000 });
    expect(await answer).toMatch(/^HTTP\/1\.1 200 OK[\s\S]*Connection: close[\s\S]*done$/);
    await drained;
  });
});

describe("past the shutdown timeout", () => {
  it("answers a request still being handled 503 with Retry-After and Connection: close, never a reset, and waits for its handler", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let handlerDone = false;
    const gate = shutdownGate(async (request) => {
      if (new URL(request.url).pathname === "/slow") {
        await released;
        handlerDone = true;
      }
      return new Response("done");
    });
    server = serve({ fetch: gate.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
    await new Promise<void>((resolve) => server!.once("listening", () => resolve()));
    const drainer = trackConnections(server);
    const { port } = server.address() as AddressInfo;
    const answer = fetch(`http://127.0.0.1:${port}/slow`);
    await new Promise((r) => setTimeout(r, 50)); // the handler is running
    await drainer.drain({ graceMs: 50, timeoutMs: 300, onTimeout: gate.expire });
    const res = await answer;
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(res.headers.get("connection")).toBe("close");
    expect(await res.text()).toContain("try again");
    // The handler still runs: idle() waits for it, so the database would close under none.
    let idle = false;
    const waiting = gate.idle(5_000).then(() => (idle = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(idle).toBe(false);
    release();
    await waiting;
    expect(handlerDone).toBe(true);
  });
});
