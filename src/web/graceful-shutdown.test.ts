import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { trackConnections } from "./graceful-shutdown.ts";

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
