/** The abuse limits' shapes in the API: a proof-of-work challenge (the 429s are web/api-schemas.ts TooManyRequestsError). */
import { z } from "@hono/zod-openapi";
import { PROOF_ALGORITHM } from "./proof-of-work.ts";

const hex = z.string().regex(/^[0-9a-f]+$/);

export const ProofChallenge = z.object({
  parameters: z.object({
    algorithm: z.literal(PROOF_ALGORITHM).describe("How keys are derived: PBKDF2 with SHA-256."),
    nonce: hex.describe("Random, hex: the password of a try is the nonce's bytes followed by the counter as a big-endian 32-bit integer."),
    salt: hex.describe("Random, hex: the PBKDF2 salt."),
    cost: z.int().min(1).describe("PBKDF2 iterations per try."),
    keyLength: z.int().min(1).describe("Bytes of each derived key."),
    keyPrefix: hex.describe("The solution is the first counter (from 0) whose derived key starts with these bytes."),
    keySignature: hex.describe("Lets the server check a derived key without deriving it."),
    expiresAt: z.int().describe("Unix time (seconds) after which a solution is refused."),
  }).describe("Signed as a whole: send every parameter back unchanged."),
  signature: hex.describe("HMAC of the parameters."),
}).describe("An ALTCHA (v2) proof-of-work challenge, as the widget's `challenge` address expects it.").openapi("ProofChallenge");
export type ProofChallengeBody = z.infer<typeof ProofChallenge>;
