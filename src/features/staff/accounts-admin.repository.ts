/** Reading and changing staff accounts and their roles, for the administrators' pages. */
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { accounts, oneTimeLinks, roleGrants } from "../../db/schema/accounts.ts";
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import { places } from "../../db/schema/places.ts";
import type { PlaceRole } from "../../web/app-env.ts";

export interface GrantOfPlace {
  placeId: number;
  placeSlug: string;
  placeName: LocalizedText;
  role: PlaceRole;
}

export interface AccountRecord {
  id: number;
  email: string;
  name: string;
  locale: Locale;
  isAdministrator: boolean;
  hasTotp: boolean;
  hasPassword: boolean;
  disabledAt: Date | null;
  lastSignInAt: Date | null;
  grants: GrantOfPlace[];
}

const accountColumns = {
  id: accounts.id,
  email: accounts.email,
  name: accounts.name,
  locale: accounts.locale,
  isAdministrator: accounts.isAdministrator,
  hasTotp: sql<boolean>`${accounts.totpEnabledAt} is not null`,
  hasPassword: sql<boolean>`${accounts.passwordHash} is not null`,
  disabledAt: accounts.disabledAt,
  lastSignInAt: accounts.lastSignInAt,
};

async function grantsOf(db: Queryable, accountId?: number) {
  return db.select({ accountId: roleGrants.accountId, placeId: places.id, placeSlug: places.slug, placeName: places.name, role: roleGrants.role })
    .from(roleGrants).innerJoin(places, eq(places.id, roleGrants.placeId))
    .where(accountId === undefined ? undefined : eq(roleGrants.accountId, accountId))
    .orderBy(asc(places.slug), asc(roleGrants.role));
}

type AccountRow = Omit<AccountRecord, "grants" | "locale"> & { locale: string };
const withGrants = (row: AccountRow, grants: (GrantOfPlace & { accountId: number })[]): AccountRecord => ({
  ...row,
  locale: row.locale as Locale,
  grants: grants.filter((g) => g.accountId === row.id).map(({ accountId: _a, ...g }) => g),
});

/** Every account, by name, with its roles. */
export async function listAccounts(db: Queryable): Promise<AccountRecord[]> {
  const [rows, grants] = await Promise.all([
    db.select(accountColumns).from(accounts).orderBy(asc(sql`lower(${accounts.name})`), asc(accounts.email)),
    grantsOf(db),
  ]);
  return rows.map((r) => withGrants(r, grants));
}

export async function findAccountById(db: Queryable, id: number): Promise<AccountRecord | undefined> {
  const [row] = await db.select(accountColumns).from(accounts).where(eq(accounts.id, id));
  return row ? withGrants(row, await grantsOf(db, id)) : undefined;
}

export interface AccountFields {
  email: string;
  name: string;
  locale: Locale;
  isAdministrator: boolean;
}

export async function updateAccount(db: Queryable, id: number, fields: Omit<AccountFields, "email">): Promise<void> {
  await db.update(accounts).set(fields).where(eq(accounts.id, id));
}

/** Replaces every role of the account by `grants`. */
export async function replaceGrants(db: Queryable, accountId: number, grants: { placeId: number; role: PlaceRole }[]): Promise<void> {
  await db.delete(roleGrants).where(eq(roleGrants.accountId, accountId));
  if (grants.length > 0) await db.insert(roleGrants).values(grants.map((g) => ({ accountId, ...g })));
}

export async function setDisabledAt(db: Queryable, id: number, at: Date | null): Promise<void> {
  await db.update(accounts).set({ disabledAt: at }).where(eq(accounts.id, id));
}

/**
 * Locks, until the transaction ends, the rows of the enabled administrators and of account `id`
 * (in id order, so concurrent edits cannot deadlock), and returns the administrators' ids: two
 * administrators demoting themselves at once cannot both pass the "one must remain" check.
 */
export async function lockAdministratorsAnd(db: Queryable, id: number): Promise<number[]> {
  const rows = await db.select({ id: accounts.id, active: sql<boolean>`${accounts.isAdministrator} and ${accounts.disabledAt} is null` })
    .from(accounts)
    .where(or(and(eq(accounts.isAdministrator, true), isNull(accounts.disabledAt)), eq(accounts.id, id)))
    .orderBy(asc(accounts.id)).for("update");
  return rows.filter((r) => r.active).map((r) => r.id);
}

/** Unused one-time links of the account stop working (a disabled person cannot set a password). */
export async function revokeOneTimeLinks(db: Queryable, accountId: number, now: Date): Promise<void> {
  await db.update(oneTimeLinks).set({ usedAt: now }).where(and(eq(oneTimeLinks.accountId, accountId), isNull(oneTimeLinks.usedAt)));
}
