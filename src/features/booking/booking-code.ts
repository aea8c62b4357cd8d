/**
 * Booking codes: what a visitor shows at the desk and staff type or scan. Eight characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), shown as two groups ("K7QM-3XPD"), read back
 * whatever the case, spaces or dashes. 31^8 ≈ 8.5 × 10^11 codes; a clash is redrawn.
 */
import { randomInt } from "node:crypto";

export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 8;

export function newBookingCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** "K7QM-3XPD" for "K7QM3XPD". */
export const displayCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** The stored form of what someone typed or scanned ("k7qm 3xpd", "K7QM-3XPD"), or undefined if it cannot be a code. */
export function normalizeCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== CODE_LENGTH) return undefined;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}
