/**
 * The proof-of-work challenge: a solved challenge lets one request through, once, from any process;
 * a forged, tampered, expired or garbled one never does; and the challenge route serves challenges
 * the widget and API clients can solve, never cached.
 */
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres, type DatabaseHandle } from "../../db/database.ts";
import { createScratchPostgres, createTestDatabase, testEngine } from "../../../test/database.ts";
import { solvedPayload, solveProof } from "../../../test/solve-proof.ts";
import { securityHeaders } from "../../web/security-headers.ts";
import { ProofChallenge } from "./limits.api-schemas.ts";
import { proofOfWorkRoutes } from "./proof-of-work.routes.ts";
import { createProofChallenge, PROOF_CHALLENGE_PATH, PROOF_TTL_MS, verifyProof } from "./proof-of-work.ts";

const SECRET = "proof-of-work test secret";
const base64 = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64");
const decoded = (payload: string) => JSON.parse(Buffer.from(payload, "base64").toString("utf8"));

let handle: DatabaseHandle;
/** A second connection to the same database: on PostgreSQL a pool of its own, as another app process has. */
let other: DatabaseHandle;
let closeAll: () => Promise<void>;

beforeAll(async () => {
  if (testEngine === "postgres") {
    const scratch = await createScratchPostgres("proof");
    handle = scratch.handle;
    other = openPostgres(scratch.url, 2);
    closeAll = async () => { await other.close(); await scratch.drop(); };
  } else {
    handle = await createTestDatabase();
    other = handle;
    closeAll = () => handle.close();
  }
});
afterAll(() => closeAll());

const solvedAt = async (now: Date, secret = SECRET) => solvedPayload(await createProofChallenge(secret, now));

describe("verifyProof", () => {
  it("accepts a solved challenge once; the same solution again is replayed, through any connection", async () => {
    const now = new Date();
    const payload = await solvedAt(now);
    expect(await verifyProof(handle.db, SECRET, payload, now)).toBe("valid");
    expect(await verifyProof(handle.db, SECRET, payload, now)).toBe("replayed");
    expect(await verifyProof(other.db, SECRET, payload, new Date(now.getTime() + 1_000))).toBe("replayed");
    // Another challenge solved is a proof of its own.
    expect(await verifyProof(other.db, SECRET, await solvedAt(now), now)).toBe("valid");
  });

  it("refuses a solution that was not found by the work, and a challenge signed with another secret", async () => {
    const now = new Date();
    const proof = decoded(await solvedAt(now));
    const wrongKey = { ...proof, solution: { ...proof.solution, derivedKey: proof.solution.derivedKey.replace(/^./, (d: string) => (d === "0" ? "1" : "0")) } };
    expect(await verifyProof(handle.db, SECRET, base64(wrongKey), now)).toBe("invalid");
    const guessed = { ...proof, solution: { counter: 0, derivedKey: "00".repeat(32) } };
    expect(await verifyProof(handle.db, SECRET, base64(guessed), now)).toBe("invalid");
    // Made cheaper by the client: the parameters are signed.
    const cheaper = { ...proof, challenge: { ...proof.challenge, parameters: { ...proof.challenge.parameters, cost: 1 } } };
    expect(await verifyProof(handle.db, SECRET, base64(cheaper), now)).toBe("invalid");
    expect(await verifyProof(handle.db, SECRET, await solvedAt(now, "another secret"), now)).toBe("invalid");
    // A refused solution spends nothing: the untouched one still passes.
    expect(await verifyProof(handle.db, SECRET, base64(proof), now)).toBe("valid");
  });

  it("refuses a solution sent after the challenge expired", async () => {
    const now = new Date();
    const payload = await solvedAt(now);
    expect(await verifyProof(handle.db, SECRET, payload, new Date(now.getTime() + PROOF_TTL_MS + 1_000))).toBe("expired");
    // A challenge made long ago, by the process's clock too.
    const old = await solvedAt(new Date(now.getTime() - PROOF_TTL_MS - 60_000));
    expect(await verifyProof(handle.db, SECRET, old, now)).toBe("expired");
  });

  it.each([
    ["not base64", "not base64 at all!"],
    ["base64 of text", base64("hello")],
    ["base64 of a number", base64(42)],
    ["base64 of the wrong shape", base64({ challenge: null, solution: null })],
    ["the widget's test mode", base64({ challenge: null, solution: null, test: true })],
    ["a v1 payload", base64({ algorithm: "SHA-256", challenge: "ab", number: 1, salt: "x", signature: "cd" })],
    ["far too long", "A".repeat(10_000)],
  ])("judges a garbled payload (%s) invalid", async (_name, payload) => {
    expect(await verifyProof(handle.db, SECRET, payload, new Date())).toBe("invalid");
  });

  it("says missing when no payload is sent", async () => {
    expect(await verifyProof(handle.db, SECRET, undefined, new Date())).toBe("missing");
    expect(await verifyProof(handle.db, SECRET, "", new Date())).toBe("missing");
    expect(await verifyProof(handle.db, SECRET, "  ", new Date())).toBe("missing");
  });
});

describe(`GET ${PROOF_CHALLENGE_PATH}`, () => {
  const app = new Hono();
  app.use(securityHeaders());
  app.route("/api/proof-of-work", proofOfWorkRoutes({ now: () => new Date() }, () => SECRET));

  it("answers a fresh challenge as JSON, never cached, that verifies once solved", async () => {
    const first = await app.request(PROOF_CHALLENGE_PATH);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    expect(first.headers.get("cache-control")).toBe("no-store");
    const challenge = await first.json() as { parameters: Record<string, unknown>; signature: string };
    expect(challenge.parameters).toMatchObject({ algorithm: "PBKDF2/SHA-256", keyLength: 32 });
    expect(ProofChallenge.safeParse(challenge).error).toBeUndefined();
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    const second = await (await app.request(PROOF_CHALLENGE_PATH)).json() as typeof challenge;
    expect(second.parameters.nonce).not.toBe(challenge.parameters.nonce);

    const payload = await solveProof(app);
    expect(await verifyProof(handle.db, SECRET, payload, new Date())).toBe("valid");
    expect(await verifyProof(handle.db, "another secret", await solveProof(app), new Date())).toBe("invalid");
  });
});
