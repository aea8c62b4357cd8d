/**
 * The account form as submitted: e-mail (only when inviting), name, language, the administrator
 * box, and roles as "place-slug:role" checkboxes (one row per place, one box per role), read and
 * checked field by field. Pure: the places that exist are given.
 */
import { z } from "zod";
import { LOCALES, type Locale } from "../../lib/locales.ts";
import type { PlaceRole } from "../../web/app-env.ts";

export const PLACE_ROLES = ["editor", "moderator", "front_desk"] as const satisfies readonly PlaceRole[];

export type AccountField = "email" | "name" | "locale" | "grants";
export type AccountProblem = "email_required" | "email_invalid" | "email_taken" | "name_required" | "name_too_long" | "locale_invalid" | "grant_unknown";

/** What the form shows (typed values, kept as typed when invalid). */
export interface AccountFormValues {
  email: string;
  name: string;
  locale: string;
  isAdministrator: boolean;
  /** "place-slug:role" */
  grants: string[];
}

export interface AccountFormResult {
  values: AccountFormValues;
  problems: Partial<Record<AccountField, AccountProblem>>;
  /** Present when there is no problem. */
  valid?: { email: string; name: string; locale: Locale; isAdministrator: boolean; grants: { placeSlug: string; role: PlaceRole }[] };
}

export interface FormFields {
  get(name: string): string | undefined;
  getAll(name: string): string[];
}

const emailSchema = z.email().max(254);

export const grantKey = (placeSlug: string, role: PlaceRole) => `${placeSlug}:${role}`;

/** Reads the submitted account form; `withEmail` on the invitation form only (an e-mail is not edited). */
export function readAccountForm(form: FormFields, placeSlugs: ReadonlySet<string>, withEmail: boolean): AccountFormResult {
  const values: AccountFormValues = {
    email: (form.get("email") ?? "").trim().toLowerCase(),
    name: (form.get("name") ?? "").trim(),
    locale: form.get("locale") ?? "en",
    isAdministrator: form.get("isAdministrator") === "on",
    grants: [...new Set(form.getAll("grants"))],
  };
  const problems: AccountFormResult["problems"] = {};
  if (withEmail) {
    if (values.email === "") problems.email = "email_required";
    else if (!emailSchema.safeParse(values.email).success) problems.email = "email_invalid";
  }
  if (values.name === "") problems.name = "name_required";
  else if (values.name.length > 200) problems.name = "name_too_long";
  if (!(LOCALES as readonly string[]).includes(values.locale)) problems.locale = "locale_invalid";
  const grants = values.grants.map((key) => {
    const at = key.lastIndexOf(":");
    return { placeSlug: key.slice(0, at), role: key.slice(at + 1) as PlaceRole };
  });
  if (grants.some((g) => !placeSlugs.has(g.placeSlug) || !(PLACE_ROLES as readonly string[]).includes(g.role))) problems.grants = "grant_unknown";
  if (Object.keys(problems).length > 0) return { values, problems };
  return { values, problems, valid: { email: values.email, name: values.name, locale: values.locale as Locale, isAdministrator: values.isAdministrator, grants } };
}

/** What the audit log keeps of an account before and after a change (never a secret). */
export interface AccountSnapshot {
  email: string;
  name: string;
  locale: Locale;
  isAdministrator: boolean;
  disabled: boolean;
  /** "place-slug:role", sorted. */
  roles: string[];
}

export function accountSnapshot(a: { email: string; name: string; locale: Locale; isAdministrator: boolean; disabledAt: Date | null; grants: { placeSlug: string; role: PlaceRole }[] }): AccountSnapshot {
  return {
    email: a.email, name: a.name, locale: a.locale, isAdministrator: a.isAdministrator, disabled: a.disabledAt !== null,
    roles: a.grants.map((g) => grantKey(g.placeSlug, g.role)).sort(),
  };
}
