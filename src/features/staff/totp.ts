/**
 * Time-based one-time codes (RFC 6238, what authenticator apps show: SHA-1, 6 digits, 30 seconds),
 * accepting the previous and next step for clock drift, and recovery codes. Pure: no I/O.
 */
import { randomInt } from "node:crypto";
import { sha256Hex } from "../../lib/secrets.ts";
import { Secret, TOTP } from "otpauth";

const PERIOD_S = 30;
const ISSUER = "Remembrance";

/** A new random secret (160 bits, as RFC 4226 recommends), in base32. */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

const totpOf = (secret: string, label = "") =>
  new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD_S, secret: Secret.fromBase32(secret) });

/** The otpauth:// address a QR code carries to an authenticator app. */
export const totpUri = (secret: string, email: string) => totpOf(secret, email).toString();

/** The code an app shows at `now` (tests, and nothing else, need it). */
export const totpCodeAt = (secret: string, now: Date) => totpOf(secret).generate({ timestamp: now.getTime() });

/** The secret grouped by 4 characters, easier to type into an app. */
export const formatTotpSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, "$1 ");

/**
 * The time step `code` belongs to, when it is right at `now` (±1 step) and later than `lastStep`
 * (a code already used, or an earlier one, is refused); else undefined.
 */
export function acceptedTotpStep(secret: string, code: string, now: Date, lastStep: number | null): number | undefined {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totpOf(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  const step = TOTP.counter({ period: PERIOD_S, timestamp: now.getTime() }) + delta;
  if (lastStep !== null && step <= lastStep) return undefined;
  return step;
}

/** Looks like an app code (6 digits) rather than a recovery code. */
export const isTotpCode = (code: string) => /^\d{6}$/.test(code.replace(/\s+/g, ""));

// No 0/o, 1/l/i: recovery codes are read from paper and typed by hand.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_COUNT = 10;

/** Ten codes like "k7wq-p3mz-rt" (50 bits each). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** The SHA-256 stored for a recovery code, whatever its case, spaces and dashes as typed. */
export const hashRecoveryCode = (code: string) => sha256Hex(code.toLowerCase().replace(/[\s-]+/g, ""));
