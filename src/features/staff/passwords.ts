/**
 * Staff passwords: the rules a new password must meet, and Argon2id hashing. The list of common
 * passwords is read once, when this module is first imported (see common-passwords.README.md).
 */
import { readFileSync } from "node:fs";
import { hash, verify, type Algorithm, type Options } from "@node-rs/argon2";
import type { Locale } from "../../lib/locales.ts";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * `Algorithm.Argon2id`: the package declares its enum as an ambient const enum (unusable under
 * verbatimModuleSyntax) and exports it empty at run time, so its value is written here.
 */
const ARGON2ID = 2 as Algorithm;

/** OWASP's Argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const ARGON2_OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8").split("\n").map((line) => line.trim()).filter(Boolean),
);

export type PasswordProblem = "too_short" | "too_long" | "too_common";

const PROBLEM_TEXT: Record<Locale, Record<PasswordProblem, string>> = {
  en: {
    too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters`,
    too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters`,
    too_common: "This password is among the most common ones; choose another",
  },
  fr: {
    too_short: `Utilisez au moins ${PASSWORD_MIN_LENGTH} caractères`,
    too_long: `Utilisez au plus ${PASSWORD_MAX_LENGTH} caractères`,
    too_common: "Ce mot de passe fait partie des plus courants ; choisissez-en un autre",
  },
};

/** Why `password` may not be chosen, or undefined when it may. Length counts characters, not UTF-16 units. */
export function passwordProblem(password: string): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "too_short";
  if (length > PASSWORD_MAX_LENGTH) return "too_long";
  if (isCommonPassword(password)) return "too_common";
  return undefined;
}

/**
 * On the list as typed, or once the digits and symbols padded around it are taken off
 * ("password123456", "!!dragon2024!!"), or made of the same few characters ("aaaaaaaaaaaa",
 * "121212121212"), or digits only: the padding that people add to reach a length rule.
 */
function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  if (/^[\d\s\p{P}\p{S}]+$/u.test(lower) || new Set(lower).size <= 3) return true;
  const core = lower.replace(/^[\d\s\p{P}\p{S}]+|[\d\s\p{P}\p{S}]+$/gu, "");
  return core !== lower && COMMON_PASSWORDS.has(core);
}

export const passwordProblemText = (problem: PasswordProblem, locale: Locale) => PROBLEM_TEXT[locale][problem];

/** An Argon2id PHC string for `password`. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** True when `password` matches `passwordHash` (the comparison inside argon2's verify is constant-time). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a refusal, never a crash of the sign-in page.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same work as checking a real password, so a sign-in with an unknown e-mail takes as
 * long as one with a wrong password and the timing does not tell which accounts exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("remembrance dummy password, never valid");
  await verifyPassword(await dummyHash, password);
  return false;
}
