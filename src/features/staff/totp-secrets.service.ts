/**
 * TOTP secrets are kept sealed (accounts.totp_secret holds `sealed:v1:…`), opened only to check a
 * code or show the key being set up. A secret stored in clear before sealing existed still works,
 * and is sealed at the next start.
 */
import type { Queryable } from "../../db/database.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";
import { listStoredTotpSecrets, replaceStoredTotpSecret } from "./second-factor.repository.ts";

/** The base32 secret of a stored value (sealed, or in clear from before sealing). */
export function openTotpSecret(secrets: SecretKeyring, stored: string): string;
export function openTotpSecret(secrets: SecretKeyring, stored: string | null): string | null;
export function openTotpSecret(secrets: SecretKeyring, stored: string | null): string | null {
  if (stored === null) return null;
  return secrets.isSealed(stored) ? secrets.open(stored) : stored;
}

/** At start-up: seals every secret still in clear, one statement per account; does nothing the second time. Returns how many. */
export async function sealClearTotpSecrets(db: Queryable, secrets: SecretKeyring): Promise<number> {
  let sealed = 0;
  for (const { id, stored } of await listStoredTotpSecrets(db)) {
    if (secrets.isSealed(stored)) continue;
    if (await replaceStoredTotpSecret(db, id, stored, secrets.seal(stored))) sealed += 1;
  }
  return sealed;
}

/** After a key rotation: every secret sealed again under the current key (those in clear too). Returns how many. */
export async function resealTotpSecrets(db: Queryable, secrets: SecretKeyring): Promise<number> {
  let resealed = 0;
  for (const { id, stored } of await listStoredTotpSecrets(db)) {
    if (await replaceStoredTotpSecret(db, id, stored, secrets.seal(openTotpSecret(secrets, stored)))) resealed += 1;
  }
  return resealed;
}
