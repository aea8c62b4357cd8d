/**
 * The proof-of-work API declared once: the challenge route (the 429 that asks for a proof is
 * web/api-routes.ts `tooManyRequestsResponse`, answered by limit-answers.ts).
 */
import { createRoute } from "@hono/zod-openapi";
import { jsonResponse } from "../../web/api-routes.ts";
import { ProofChallenge } from "./limits.api-schemas.ts";
import { PROOF_CHALLENGE_PATH, PROOF_FIELD, PROOF_HEADER, PROOF_REQUIRED_CODE, PROOF_TTL_MS } from "./proof-of-work.ts";

export const proofOfWorkTag = {
  name: "proof-of-work",
  description: "When many requests come from one place, writes ask for a short calculation first (ALTCHA proof of work, served by this site).",
};

const TTL_MINUTES = PROOF_TTL_MS / 60_000;

export const getProofChallenge = createRoute({
  method: "get", path: "/challenge", operationId: "getProofOfWorkChallenge", summary: "A fresh proof-of-work challenge",
  description: [
    `A new challenge at every request, signed, to be solved and sent within ${TTL_MINUTES} minutes; never cached.`,
    "",
    `**When it is needed.** A write (e.g. \`POST /api/bookings\`) made past the abuse limits is answered \`429\` with`,
    `\`{ "error": "${PROOF_REQUIRED_CODE}", "message": "…", "retryAfter": 1800, "challengeUrl": "${PROOF_CHALLENGE_PATH}" }\`. A family booking`,
    "normally never sees it.",
    "",
    "**What to do.** Fetch a challenge here, solve it, and send the same request again with the header",
    `\`${PROOF_HEADER}: <payload>\`, where the payload is the base64 of the JSON \`{"challenge": <this answer>, "solution": {"counter": n, "derivedKey": "<hex>"}}\`.`,
    "The solution is the first counter n from 0 such that PBKDF2-SHA-256(password = nonce bytes + n as 4 big-endian bytes,",
    "salt, `cost` iterations, `keyLength` bytes) starts with `keyPrefix`. The `altcha-lib` package does it:",
    "`solveChallenge({ challenge, deriveKey })` with `deriveKey` from `altcha-lib/algorithms/pbkdf2`.",
    `The website's forms send the same payload in their \`${PROOF_FIELD}\` field (the ALTCHA widget).`,
    "",
    "A solution is accepted once: sending it again (from anywhere) asks for a new proof, as does a solution past its expiry.",
  ].join("\n"),
  tags: [proofOfWorkTag.name],
  responses: {
    200: {
      ...jsonResponse("The challenge.", ProofChallenge, { cached: false }),
      headers: { "Cache-Control": { description: "Always `no-store`: each challenge is solved once.", schema: { type: "string", enum: ["no-store"] } } },
    },
  },
});
