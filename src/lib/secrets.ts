/** Random secrets (session and link tokens, CSRF tokens) and the SHA-256 under which they are stored or compared. */
import { createHash, randomBytes } from "node:crypto";

/** A new random secret: 256 bits, URL-safe base64 (43 characters). */
export const newSecret = () => randomBytes(32).toString("base64url");

/** SHA-256 as hex: what the database keeps of a token, a recovery code or an uploaded file. */
export const sha256Hex = (value: string | Uint8Array) => createHash("sha256").update(value).digest("hex");
