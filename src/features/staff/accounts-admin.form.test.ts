import { describe, expect, it } from "vitest";
import { accountSnapshot, readAccountForm } from "./accounts-admin.form.ts";

const formOf = (fields: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) params.append(k, one);
  return { get: (n: string) => params.get(n) ?? undefined, getAll: (n: string) => params.getAll(n) };
};
const places = new Set(["musee-a", "musee-b"]);

describe("readAccountForm", () => {
  it("reads a valid invitation: e-mail lower-cased, roles per place", () => {
    const r = readAccountForm(formOf({ email: " Anne@Example.ORG ", name: " Anne ", locale: "fr", grants: ["musee-a:editor", "musee-b:front_desk"] }), places, true);
    expect(r.problems).toEqual({});
    expect(r.valid).toEqual({
      email: "anne@example.org", name: "Anne", locale: "fr", isAdministrator: false,
      grants: [{ placeSlug: "musee-a", role: "editor" }, { placeSlug: "musee-b", role: "front_desk" }],
    });
  });

  it("names every field with a problem and keeps what was typed", () => {
    const r = readAccountForm(formOf({ email: "not-an-address", name: "", locale: "de", grants: ["musee-z:editor"], isAdministrator: "on" }), places, true);
    expect(r.problems).toEqual({ email: "email_invalid", name: "name_required", locale: "locale_invalid", grants: "grant_unknown" });
    expect(r.valid).toBeUndefined();
    expect(r.values).toMatchObject({ email: "not-an-address", isAdministrator: true, grants: ["musee-z:editor"] });
  });

  it("refuses an unknown role and an empty e-mail; ignores the e-mail when editing", () => {
    expect(readAccountForm(formOf({ email: "", name: "X", grants: "musee-a:owner" }), places, true).problems).toEqual({ email: "email_required", grants: "grant_unknown" });
    expect(readAccountForm(formOf({ name: "X" }), places, false).problems).toEqual({});
  });
});

describe("accountSnapshot", () => {
  it("keeps who, rights and roles (sorted), never secrets", () => {
    const snap = accountSnapshot({ email: "a@b.c", name: "A", locale: "en", isAdministrator: false, disabledAt: new Date(), grants: [{ placeSlug: "z", role: "editor" }, { placeSlug: "a", role: "moderator" }] });
    expect(snap).toEqual({ email: "a@b.c", name: "A", locale: "en", isAdministrator: false, disabled: true, roles: ["a:moderator", "z:editor"] });
  });
});
