/** `GET /api/proof-of-work/challenge`: a fresh signed challenge for the widget or an API client. */
import { apiRouter } from "../../web/api-routes.ts";
import type { AppDeps } from "../../web/app-env.ts";
import { getProofChallenge } from "./proof-of-work.api.ts";
import type { ProofChallengeBody } from "./limits.api-schemas.ts";
import { createProofChallenge } from "./proof-of-work.ts";

/**
 * Mounted at /api/proof-of-work. `secret` is read at each request (the OpenAPI document builds the
 * router without secrets).
 */
export function proofOfWorkRoutes({ now }: Pick<AppDeps, "now">, secret: () => string) {
  return apiRouter().openapi(getProofChallenge, async (c) => {
    // Our challenges always carry keySignature and expiresAt, which the library's type leaves optional.
    const challenge = await createProofChallenge(secret(), now());
    c.header("Cache-Control", "no-store");
    return c.json(challenge as ProofChallengeBody, 200);
  });
}
