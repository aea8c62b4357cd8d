/** Reading and writing staff accounts for sign-in, the account page and the command line. */
import { eq } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { accounts, roleGrants } from "../../db/schema/accounts.ts";
import type { Locale } from "../../lib/locales.ts";
import type { RoleGrant } from "../../web/app-env.ts";

export type AccountRow = typeof accounts.$inferSelect;

export async function findAccountByEmail(db: Queryable, email: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.email, email.trim().toLowerCase()));
  return row;
}

export async function findAccountById(db: Queryable, id: number): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row;
}

export async function findGrants(db: Queryable, accountId: number): Promise<RoleGrant[]> {
  return db.select({ placeId: roleGrants.placeId, role: roleGrants.role }).from(roleGrants).where(eq(roleGrants.accountId, accountId));
}

export interface NewAccount {
  email: string;
  name: string;
  isAdministrator: boolean;
  locale: Locale;
  passwordHash: string | null;
  now: Date;
}

/** Inserts an account; undefined when the e-mail is taken (whatever its spelling). */
export async function insertAccount(db: Queryable, a: NewAccount): Promise<AccountRow | undefined> {
  const [row] = await db.insert(accounts).values({
    email: a.email.trim().toLowerCase(), name: a.name, isAdministrator: a.isAdministrator, locale: a.locale,
    passwordHash: a.passwordHash, passwordChangedAt: a.passwordHash ? a.now : null, createdAt: a.now, updatedAt: a.now,
  }).onConflictDoNothing().returning();
  return row;
}

export async function insertGrants(db: Queryable, accountId: number, grants: RoleGrant[]): Promise<void> {
  if (grants.length === 0) return;
  await db.insert(roleGrants).values(grants.map((g) => ({ accountId, placeId: g.placeId, role: g.role }))).onConflictDoNothing();
}

export async function updatePasswordHash(db: Queryable, accountId: number, passwordHash: string, now: Date): Promise<void> {
  await db.update(accounts).set({ passwordHash, passwordChangedAt: now, updatedAt: now }).where(eq(accounts.id, accountId));
}

export async function updateProfile(db: Queryable, accountId: number, profile: { name: string; locale: Locale }, now: Date): Promise<void> {
  await db.update(accounts).set({ ...profile, updatedAt: now }).where(eq(accounts.id, accountId));
}

export async function recordSignIn(db: Queryable, accountId: number, now: Date): Promise<void> {
  await db.update(accounts).set({ lastSignInAt: now }).where(eq(accounts.id, accountId));
}

