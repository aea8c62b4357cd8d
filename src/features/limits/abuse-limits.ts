/** The abuse limits as the composition root hands them to every feature: the configured rules, and the proof of work's check. */
import type { Database } from "../../db/database.ts";
import type { LimitSettings } from "../../lib/config.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";
import type { AbuseLimits } from "../../web/app-env.ts";
import { verifyProof } from "./proof-of-work.ts";

/** The HMAC secret of the proof-of-work challenges: a subkey of SECRET_KEY. */
export const proofSecretOf = (secrets: SecretKeyring) => secrets.derive("proof-of-work");

export function abuseLimits(db: Database, settings: LimitSettings, secrets: SecretKeyring, now: () => Date): AbuseLimits {
  const secret = proofSecretOf(secrets);
  return { settings, proofIsValid: async (payload) => (await verifyProof(db, secret, payload, now())) === "valid" };
}
