import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { places } from "./places.ts";

const at = () => timestamp({ withTimezone: true });

/** A member of staff who signs in to the back office. Never deleted (the audit log names them); disabled instead. */
export const accounts = pgTable("accounts", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** Stored lower-case: one account per address whatever its spelling. */
  email: text().notNull(),
  name: text().notNull(),
  /** Administrators may do everything, for every place. */
  isAdministrator: boolean().notNull().default(false),
  /** The back office language this person reads ("en" or "fr"). */
  locale: text().notNull().default("en"),
  /** Argon2id PHC string; null until the person sets a password through their one-time link. */
  passwordHash: text(),
  passwordChangedAt: at(),
  /** Base32 TOTP secret while a second factor is being set up or is enabled. */
  totpSecret: text(),
  totpEnabledAt: at(),
  /** The last accepted TOTP time step: a code is accepted once. */
  totpLastStep: bigint({ mode: "number" }),
  disabledAt: at(),
  lastSignInAt: at(),
  createdAt: at().notNull().defaultNow(),
  updatedAt: at().notNull().defaultNow(),
}, (t) => [
  uniqueIndex("accounts_email_unique").on(t.email),
  check("accounts_email_lower_case", sql`${t.email} = lower(${t.email})`),
  check("accounts_locale", sql`${t.locale} in ('en', 'fr')`),
]);

export const placeRole = pgEnum("place_role", ["editor", "moderator", "front_desk"]);

/** A role an account holds for one place; a person may hold different roles for different places. */
export const roleGrants = pgTable("role_grants", {
  accountId: integer().notNull().references(() => accounts.id, { onDelete: "cascade" }),
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  role: placeRole().notNull(),
}, (t) => [primaryKey({ columns: [t.accountId, t.placeId, t.role] }), index().on(t.placeId)]);

/** Single-use codes that stand in for the second factor; only their SHA-256 is kept. */
export const recoveryCodes = pgTable("recovery_codes", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  accountId: integer().notNull().references(() => accounts.id, { onDelete: "cascade" }),
  codeHash: text().notNull(),
  usedAt: at(),
}, (t) => [uniqueIndex().on(t.accountId, t.codeHash)]);

/**
 * A signed-in browser. Only the SHA-256 of its random token is stored, so every app process shares
 * sessions and a stolen database does not yield usable cookies. A session waiting for the second
 * factor grants nothing until it is completed (and then gets a new token).
 */
export const sessions = pgTable("sessions", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  tokenHash: text().notNull(),
  accountId: integer().notNull().references(() => accounts.id, { onDelete: "cascade" }),
  secondFactorPending: boolean().notNull().default(false),
  /** The secret every form of this session carries (CSRF). */
  csrfToken: text().notNull(),
  createdAt: at().notNull().defaultNow(),
  lastSeenAt: at().notNull().defaultNow(),
  /** The absolute end (12 hours after sign-in), whatever the activity. */
  expiresAt: at().notNull(),
  address: text(),
  userAgent: text(),
}, (t) => [uniqueIndex("sessions_token_hash_unique").on(t.tokenHash), index().on(t.accountId)]);

/** One-time links: an invitation or the first administrator's link to set a password. */
export const oneTimeLinks = pgTable("one_time_links", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  tokenHash: text().notNull(),
  accountId: integer().notNull().references(() => accounts.id, { onDelete: "cascade" }),
  purpose: text().notNull(),
  createdAt: at().notNull().defaultNow(),
  expiresAt: at().notNull(),
  usedAt: at(),
}, (t) => [uniqueIndex("one_time_links_token_hash_unique").on(t.tokenHash), check("one_time_links_purpose", sql`${t.purpose} in ('set_password')`)]);

/**
 * Failed sign-ins counted per key ("account:<email>" whether or not the account exists, and
 * "address:<ip>"): after 5, the key waits 10 minutes, then twice as long after each further lock.
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  lockouts: integer().notNull().default(0),
  lockedUntil: at(),
  lastFailureAt: at().notNull().defaultNow(),
});
