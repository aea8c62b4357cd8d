/** Creating an account from the command line (the first administrator, or anyone when no browser is at hand). */
import type { Database } from "../../db/database.ts";
import type { Locale } from "../../lib/locales.ts";
import type { PlaceRole } from "../../web/app-env.ts";
import { COMMAND_LINE, recordAudit } from "../audit/audit.service.ts";
import { placeIdsBySlugs } from "../places/place-lookup.service.ts";
import { insertAccount, insertGrants } from "./accounts.repository.ts";
import { issueOneTimeLink } from "./one-time-links.repository.ts";
import { hashPassword } from "./passwords.ts";

export interface CreateAccountInput {
  email: string;
  name: string;
  locale: Locale;
  /** "admin", or a place role given for each of `places`. */
  role: "admin" | PlaceRole;
  places: string[];
  /** Undefined: no password yet, a one-time link to choose it is issued instead. */
  password?: string;
  now: Date;
}

export type CreateAccountOutcome =
  | { kind: "created"; accountId: number; link?: { token: string; expiresAt: Date } }
  | { kind: "email_taken" }
  | { kind: "unknown_places"; slugs: string[] };

export async function createAccount(db: Database, input: CreateAccountInput): Promise<CreateAccountOutcome> {
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const placeIds = await placeIdsBySlugs(tx, input.places);
    const unknown = input.places.filter((slug) => !placeIds.has(slug));
    if (unknown.length > 0) return { kind: "unknown_places", slugs: unknown } as const;
    const account = await insertAccount(tx, {
      email: input.email, name: input.name, isAdministrator: input.role === "admin", locale: input.locale, passwordHash, now: input.now,
    });
    if (!account) return { kind: "email_taken" } as const;
    const role = input.role;
    const grants = role === "admin" ? [] : input.places.map((slug) => ({ placeId: placeIds.get(slug)!, role }));
    await insertGrants(tx, account.id, grants);
    const link = passwordHash === null ? await issueOneTimeLink(tx, account.id, input.now, 72) : undefined;
    await recordAudit(tx, COMMAND_LINE, {
      action: "account.create", entityKind: "account", entityKey: account.email,
      after: { email: account.email, name: account.name, isAdministrator: account.isAdministrator, locale: account.locale, grants: input.role === "admin" ? [] : input.places.map((place) => ({ place, role: input.role })) },
      detail: { passwordSet: passwordHash !== null },
    }, input.now);
    return { kind: "created", accountId: account.id, link } as const;
  });
}
