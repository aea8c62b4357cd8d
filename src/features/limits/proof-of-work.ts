/**
 * The proof-of-work challenge of the abuse limits (ALTCHA, self-hosted): a challenge signed with our
 * secret, solved by the visitor's browser (the widget) or an API client, and a solution spent once.
 *
 * PBKDF2/SHA-256 because the widget derives each key with WebCrypto's native PBKDF2 (one call of
 * `cost` rounds), so a browser works about as fast as a bot's native code; the SHA-* algorithms make
 * one WebCrypto call per round, which only slows the browser. The counter is chosen by us
 * ("deterministic" mode, signed key): the work is bounded (the solver tries counters 0..n) and
 * checking a solution is one HMAC, not a key derivation.
 */
import { createHmac } from "node:crypto";
import { createChallenge, randomInt, verifySolution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import type { Challenge } from "altcha-lib";
import { z } from "zod";
import type { Queryable } from "../../db/database.ts";
import { claimOnce } from "./limit-counters.repository.ts";

export type { Challenge } from "altcha-lib";

/** The form field the widget submits its payload in. */
export const PROOF_FIELD = "altcha";
/** The request header an API client sends the same payload in. */
export const PROOF_HEADER = "Altcha";
/** Where a fresh challenge is fetched (by the widget and by API clients). */
export const PROOF_CHALLENGE_PATH = "/api/proof-of-work/challenge";
/** The stable code of the 429 that asks for a proof. */
export const PROOF_REQUIRED_CODE = "proof_of_work_required";

/** How long a challenge may be solved and its solution sent. */
export const PROOF_TTL_MS = 10 * 60_000;
export const PROOF_ALGORITHM = "PBKDF2/SHA-256";
/** PBKDF2 rounds per counter tried: about 1.6 ms per try on one server core. */
export const PROOF_COST = 5_000;
/** The counter that solves a challenge, drawn in this range: the solver tries that many keys. */
export const PROOF_COUNTER_RANGE = { min: 200, max: 500 } as const;

/** What `verifyProof` found; only "valid" lets the request through. */
export type ProofVerdict = "missing" | "valid" | "invalid" | "expired" | "replayed";

/** The derived keys are signed with their own key, taken from the same secret. */
const keySecretOf = (secret: string) => createHmac("sha256", secret).update("altcha key signature").digest("hex");

/** A fresh challenge signed with `secret`, to be solved within ten minutes of `now`. */
export async function createProofChallenge(secret: string, now: Date): Promise<Challenge> {
  return createChallenge({
    algorithm: PROOF_ALGORITHM,
    cost: PROOF_COST,
    counter: randomInt(PROOF_COUNTER_RANGE.max, PROOF_COUNTER_RANGE.min),
    deriveKey,
    expiresAt: new Date(now.getTime() + PROOF_TTL_MS),
    hmacSignatureSecret: secret,
    hmacKeySignatureSecret: keySecretOf(secret),
  });
}

const hex = z.string().regex(/^(?:[0-9a-f]{2})+$/);
// Loose: the signature covers every parameter as sent, so none may be dropped before checking it.
const Payload = z.object({
  challenge: z.object({
    parameters: z.looseObject({
      algorithm: z.literal(PROOF_ALGORITHM),
      nonce: hex,
      salt: hex,
      cost: z.number().int().positive(),
      keyLength: z.number().int().positive().max(64),
      keyPrefix: hex,
      keySignature: hex,
      expiresAt: z.number().int().positive(),
    }),
    signature: hex,
  }),
  solution: z.looseObject({ counter: z.number().int().nonnegative(), derivedKey: hex }),
});
type Payload = z.infer<typeof Payload>;

/** A payload is a few hundred bytes; anything much longer is not one. */
const MAX_PAYLOAD_LENGTH = 4_096;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The payload's content, or null when it is not base64 of JSON of the right shape. */
function parsePayload(payload: string): Payload | null {
  if (payload.length > MAX_PAYLOAD_LENGTH || !BASE64.test(payload)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = Payload.safeParse(json);
  return parsed.success ? (json as Payload) : null;
}

/**
 * Judges the payload the widget submits (or an API client sends in the Altcha header): "valid" once
 * per solved challenge, from any process ("replayed" after); never throws on what a client sent.
 */
export async function verifyProof(db: Queryable, secret: string, payload: string | undefined, now: Date): Promise<ProofVerdict> {
  const text = payload?.trim() ?? "";
  if (text === "") return "missing";
  const proof = parsePayload(text);
  if (!proof) return "invalid";
  const expiresAt = new Date(proof.challenge.parameters.expiresAt * 1_000);
  let result: Awaited<ReturnType<typeof verifySolution>>;
  try {
    // The library also checks the expiry, against the process's clock: either clock past it is "expired".
    result = await verifySolution({
      challenge: proof.challenge,
      solution: proof.solution,
      deriveKey,
      hmacSignatureSecret: secret,
      hmacKeySignatureSecret: keySecretOf(secret),
    });
  } catch {
    return "invalid";
  }
  if (result.expired) return "expired";
  if (result.invalidSignature) return "invalid";
  if (expiresAt.getTime() <= now.getTime()) return "expired";
  if (!result.verified) return "invalid";
  // The signature is unique per challenge (it covers its random nonce); the claim lasts as long as the challenge.
  return (await claimOnce(db, `proof:${proof.challenge.signature}`, expiresAt, now)) ? "valid" : "replayed";
}
