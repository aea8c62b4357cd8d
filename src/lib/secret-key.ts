/**
 * The keyring of SECRET_KEY: seals with AES-256-GCM what must be read back (TOTP secrets, the
 * bodies of messages waiting to be sent, idempotent replies) and derives subkeys for other uses.
 * Neither the encryption key nor any subkey is the raw SECRET_KEY: each is an HKDF-SHA-256 subkey
 * of it for one purpose. Older keys (SECRET_KEY_PREVIOUS) still open what they sealed, so a key
 * can be rotated without losing anything.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

/** Seals and opens values at rest; derives per-purpose subkeys of the current key. */
export interface SecretKeyring {
  /** `sealed:v1:<key id>:<iv>:<tag>:<ciphertext>` (base64url parts), under the current key. */
  seal(plaintext: string): string;
  /** The plaintext of a sealed value; throws SealedValueError for an unknown key, a damaged or altered value. */
  open(sealed: string): string;
  /** True when `value` has the sealed form (says nothing of which key sealed it). */
  isSealed(value: string): boolean;
  /** An HKDF-SHA-256 subkey of the current key for `purpose`, as base64url (32 bytes). */
  derive(purpose: string): string;
}

/** Thrown by `open` for a value it cannot open. */
export class SealedValueError extends Error {}

/** The shortest SECRET_KEY accepted. */
export const MIN_SECRET_KEY_LENGTH = 32;

const PREFIX = "sealed:v1:";
const SEALED = /^sealed:v1:([0-9a-f]{8}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22}):([A-Za-z0-9_-]*)$/;
// A fixed salt: the key itself is the entropy; the salt only keeps these subkeys apart from any other use of it.
const SALT = "remembrance secret key";

const subkey = (key: string, purpose: string) => Buffer.from(hkdfSync("sha256", key, SALT, purpose, 32));

interface Key {
  id: string;
  sealing: Buffer;
  secret: string;
}

function keyOf(secret: string): Key {
  if (secret.length < MIN_SECRET_KEY_LENGTH) throw new SealedValueError(`a secret key must have at least ${MIN_SECRET_KEY_LENGTH} characters`);
  return { id: createHash("sha256").update(subkey(secret, "key-id")).digest("hex").slice(0, 8), sealing: subkey(secret, "seal"), secret };
}

/** A new key as the embedded default generates it: 48 random bytes, base64url (64 characters). */
export const generateSecretKey = () => randomBytes(48).toString("base64url");

/** The keyring of `current` (which seals) and `previous` keys (which only open). */
export function createKeyring(current: string, previous: string[] = []): SecretKeyring {
  const now = keyOf(current);
  const keys = new Map<string, Key>();
  for (const k of [...previous.map(keyOf).reverse(), now]) keys.set(k.id, k);
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", now.sealing, iv);
      // The prefix and key id are authenticated too: a value cannot be passed off as another key's.
      cipher.setAAD(Buffer.from(`${PREFIX}${now.id}`));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return `${PREFIX}${now.id}:${iv.toString("base64url")}:${cipher.getAuthTag().toString("base64url")}:${body.toString("base64url")}`;
    },
    open(sealed) {
      const parts = SEALED.exec(sealed);
      if (!parts) throw new SealedValueError("not a sealed value (expected sealed:v1:<key id>:<iv>:<tag>:<data>)");
      const [, id, iv, tag, body] = parts as unknown as [string, string, string, string, string];
      const key = keys.get(id);
      if (!key) {
        throw new SealedValueError(`a value was sealed with a key that is neither SECRET_KEY nor one of SECRET_KEY_PREVIOUS (key id ${id}); put the key it was sealed with back into SECRET_KEY_PREVIOUS`);
      }
      try {
        const decipher = createDecipheriv("aes-256-gcm", key.sealing, Buffer.from(iv, "base64url"));
        decipher.setAAD(Buffer.from(`${PREFIX}${id}`));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
      } catch {
        throw new SealedValueError(`a sealed value (key id ${id}) is damaged or was altered: it does not open`);
      }
    },
    isSealed: (value) => value.startsWith(PREFIX),
    derive: (purpose) => subkey(now.secret, `derive:${purpose}`).toString("base64url"),
  };
}
