/**
 * Signed-in requests for back office tests: an account with the given roles, a live session for it
 * stored as the session middleware expects (SHA-256 of a random token), and requests carrying its
 * cookie and CSRF token.
 */
import { inArray } from "drizzle-orm";
import type { Database } from "../src/db/database.ts";
import { accounts, roleGrants, sessions } from "../src/db/schema/accounts.ts";
import { places } from "../src/db/schema/places.ts";
import type { PlaceRole } from "../src/web/app-env.ts";


import { newSecret, sha256Hex } from "../src/lib/secrets.ts";
import { SESSION_COOKIE } from "../src/features/staff/staff-cookies.ts";

export { SESSION_COOKIE };
export const hashToken = sha256Hex;

export interface StaffOptions {
  email?: string;
  name?: string;
  isAdministrator?: boolean;
  locale?: "en" | "fr";
  /** Roles by place slug. */
  grants?: { place: string; role: PlaceRole }[];
}

export interface SignedIn {
  accountId: number;
  email: string;
  cookie: string;
  csrfToken: string;
}

let counter = 0;

/** Creates an account (no password: it never signs in through the form) and a session for it. */
export async function signedInStaff(db: Database, o: StaffOptions = {}, now = new Date()): Promise<SignedIn> {
  const email = (o.email ?? `staff-${process.pid}-${++counter}@example.org`).toLowerCase();
  const [account] = await db.insert(accounts).values({
    email, name: o.name ?? email.split("@")[0]!, isAdministrator: o.isAdministrator ?? false, locale: o.locale ?? "en",
  }).returning({ id: accounts.id });
  const grants = o.grants ?? [];
  if (grants.length > 0) {
    const rows = await db.select({ id: places.id, slug: places.slug }).from(places).where(inArray(places.slug, grants.map((g) => g.place)));
    const idOf = new Map(rows.map((r) => [r.slug, r.id]));
    await db.insert(roleGrants).values(grants.map((g) => {
      const placeId = idOf.get(g.place);
      if (placeId === undefined) throw new Error(`no place "${g.place}" to grant a role for`);
      return { accountId: account!.id, placeId, role: g.role };
    }));
  }
  const token = newSecret();
  const csrfToken = newSecret();
  await db.insert(sessions).values({
    tokenHash: hashToken(token), accountId: account!.id, csrfToken, createdAt: now, lastSeenAt: now,
    expiresAt: new Date(now.getTime() + 12 * 3600_000),
  });
  // Both names: the app reads the `__Host-` one when its public address is https (as in createTestApp).
  return { accountId: account!.id, email, cookie: `${SESSION_COOKIE}=${token}; __Host-${SESSION_COOKIE}=${token}`, csrfToken };
}

interface RequestApp {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** GET as the signed-in person. */
export function getAs(app: RequestApp, who: SignedIn | undefined, path: string): Promise<Response> {
  return Promise.resolve(app.request(path, { headers: who ? { cookie: who.cookie } : {} }));
}

/** POST an HTML form as the signed-in person, with their CSRF token unless `csrf` says otherwise. */
export function postFormAs(app: RequestApp, who: SignedIn | undefined, path: string, fields: Record<string, string | string[]> = {}, csrf?: string): Promise<Response> {
  const body = new URLSearchParams();
  const token = csrf ?? who?.csrfToken;
  if (token !== undefined) body.append("_csrf", token);
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  return Promise.resolve(app.request(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(who ? { cookie: who.cookie } : {}) },
    body: body.toString(),
  }));
}

/** POST a multipart form (a file upload) as the signed-in person; `_csrf` goes first, as the page's form sends it. */
export function postMultipartAs(app: RequestApp, who: SignedIn | undefined, path: string, fields: Record<string, string | File> = {}, csrf?: string): Promise<Response> {
  const body = new FormData();
  const token = csrf ?? who?.csrfToken;
  if (token !== undefined) body.append("_csrf", token);
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return Promise.resolve(app.request(path, { method: "POST", headers: who ? { cookie: who.cookie } : {}, body }));
}
