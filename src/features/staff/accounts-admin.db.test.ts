import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, storeRecords } from "../../../test/factories.ts";
import { visibleText } from "../../../test/page-html.ts";
import { getAs, postFormAs, signedInStaff, type SignedIn } from "../../../test/staff.ts";
import { accounts, roleGrants, sessions } from "../../db/schema/accounts.ts";
import { auditLog } from "../../db/schema/audit.ts";
import { places } from "../../db/schema/places.ts";
import { findOneTimeLink } from "./one-time-links.repository.ts";
import { openedOutboxMessages } from "../../../test/outbox.ts";

let t: TestApp;
let admin: SignedIn;
const NOW = new Date("2026-11-21T08:15:00Z");

beforeAll(async () => {
  t = await createTestApp(() => NOW);
  await storeRecords(t.handle.db, { places: [aPlace({ slug: "musee-a", name: { en: "Museum A", fr: "Musée A" } }), aPlace({ slug: "musee-b" })] });
  admin = await signedInStaff(t.handle.db, { isAdministrator: true, name: "Ada Admin" }, NOW);
});
afterAll(() => t.handle.close());

const db = () => t.handle.db;
const accountByEmail = async (email: string) => (await db().select().from(accounts).where(eq(accounts.email, email)))[0];
const lastAudit = async (action: string) => (await db().select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).limit(1))[0];
const rolesOf = async (accountId: number) =>
  (await db().select({ slug: places.slug, role: roleGrants.role }).from(roleGrants).innerJoin(places, eq(places.id, roleGrants.placeId))
    .where(eq(roleGrants.accountId, accountId))).map((r) => `${r.slug}:${r.role}`).sort();

describe("inviting a member of staff", () => {
  it("creates the account without a password and shows a one-time link in their language", async () => {
    const res = await postFormAs(t.app, admin, "/admin/en/accounts/new", { email: "Claire@Example.org", name: "Claire", locale: "fr", grants: ["musee-a:editor", "musee-b:moderator"] });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const html = await res.text();
    const account = await accountByEmail("claire@example.org");
    expect(account).toMatchObject({ name: "Claire", locale: "fr", isAdministrator: false, passwordHash: null });
    expect(await rolesOf(account!.id)).toEqual(["musee-a:editor", "musee-b:moderator"]);
    const link = /value="(https:\/\/remembrance\.test\/admin\/fr\/set-password\?token=([A-Za-z0-9_-]+))"/.exec(html);
    expect(link).not.toBeNull();
    expect(await findOneTimeLink(db(), link![2]!, NOW)).toBe(account!.id);
    expect(await findOneTimeLink(db(), link![2]!, new Date(NOW.getTime() + 73 * 3600_000))).toBeUndefined();
    expect(visibleText(html)).toContain("on its way by e-mail");
    const [mail] = (await openedOutboxMessages(db())).filter((m) => m.toAddress === "claire@example.org");
    expect(mail).toMatchObject({ kind: "staff_invitation", subject: "Votre compte sur l'espace de gestion Remembrance" });
    expect(mail!.textBody).toContain(link![1]!);
    const entry = await lastAudit("account.create");
    expect(entry).toMatchObject({ actorId: admin.accountId, entityKind: "account", entityKey: "claire@example.org", before: null });
    expect(entry!.after).toMatchObject({ roles: ["musee-a:editor", "musee-b:moderator"], isAdministrator: false });
    expect(JSON.stringify(entry)).not.toContain(link![2]!);
  });

  it("refuses a duplicate e-mail beside the field, in French, keeping what was typed", async () => {
    const before = await db().$count(accounts);
    const res = await postFormAs(t.app, admin, "/admin/fr/accounts/new", { email: "CLAIRE@example.org", name: "Autre Claire", locale: "fr" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(visibleText(html)).toContain("Un compte utilise déjà cette adresse e-mail.");
    expect(html).toMatch(/id="account-email"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="account-email"/);
    expect(html).toContain('href="#account-email"');
    expect(html).toContain('value="Autre Claire"');
    expect(await db().$count(accounts)).toBe(before);
  });

  it("two invitations of one address at the same moment: one account, the other told", async () => {
    const invite = () => postFormAs(t.app, admin, "/admin/en/accounts/new", { email: "twice@example.org", name: "Twice", locale: "en" });
    const statuses = (await Promise.all([invite(), invite()])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 400]);
    expect(await db().$count(accounts, eq(accounts.email, "twice@example.org"))).toBe(1);
  });

  it("names every invalid field and saves nothing", async () => {
    const before = await db().$count(accounts);
    const res = await postFormAs(t.app, admin, "/admin/en/accounts/new", { email: "nope", name: "", grants: ["gone-museum:editor"] });
    expect(res.status).toBe(400);
    const text = visibleText(await res.text());
    expect(text).toContain("Enter an e-mail address like name@example.org.");
    expect(text).toContain("Enter the person's name.");
    expect(text).toContain("institution that no longer exists");
    expect(await db().$count(accounts)).toBe(before);
  });

  it("lists accounts with roles, second factor and status", async () => {
    const res = await getAs(t.app, admin, "/admin/en/accounts");
    expect(res.status).toBe(200);
    const text = visibleText(await res.text());
    expect(text).toContain("claire@example.org");
    expect(text).toContain("Museum A: Editor");
    expect(text).toContain("No password set yet");
  });
});

describe("editing an account", () => {
  it("changes name, administrator flag and roles, auditing before and after", async () => {
    const person = await signedInStaff(db(), { name: "Ed", grants: [{ place: "musee-a", role: "editor" }] }, NOW);
    const res = await postFormAs(t.app, admin, `/admin/en/accounts/${person.accountId}`, { name: "Edmond", locale: "en", grants: ["musee-b:front_desk"] });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/admin/en/accounts/${person.accountId}?done=saved`);
    expect(await rolesOf(person.accountId)).toEqual(["musee-b:front_desk"]);
    const entry = await lastAudit("account.update");
    expect(entry!.before).toMatchObject({ name: "Ed", roles: ["musee-a:editor"] });
    expect(entry!.after).toMatchObject({ name: "Edmond", roles: ["musee-b:front_desk"] });
    expect(visibleText(await (await getAs(t.app, admin, res.headers.get("location")!)).text())).toContain("Saved.");
  });

  it("an empty name is refused beside the field and nothing is saved", async () => {
    const person = await signedInStaff(db(), { name: "Kept", grants: [{ place: "musee-a", role: "editor" }] }, NOW);
    const res = await postFormAs(t.app, admin, `/admin/fr/accounts/${person.accountId}`, { name: " ", locale: "fr", grants: [] });
    expect(res.status).toBe(400);
    expect(visibleText(await res.text())).toContain("Saisissez le nom de la personne.");
    expect((await accountByEmail(person.email))!.name).toBe("Kept");
    expect(await rolesOf(person.accountId)).toEqual(["musee-a:editor"]);
  });

  it("a new one-time link replaces the earlier one", async () => {
    await postFormAs(t.app, admin, "/admin/en/accounts/new", { email: "lost@example.org", name: "Lost", locale: "en" });
    const id = (await accountByEmail("lost@example.org"))!.id;
    const first = await postFormAs(t.app, admin, `/admin/en/accounts/${id}/link`);
    const second = await postFormAs(t.app, admin, `/admin/en/accounts/${id}/link`);
    const tokenOf = async (r: Response) => /set-password\?token=([A-Za-z0-9_-]+)/.exec(await r.text())![1]!;
    const [a, b] = [await tokenOf(first), await tokenOf(second)];
    expect(await findOneTimeLink(db(), a, NOW)).toBeUndefined();
    expect(await findOneTimeLink(db(), b, NOW)).toBe(id);
    expect(await lastAudit("account.link_issued")).toMatchObject({ entityKey: "lost@example.org" });
  });
});

describe("disabling and enabling", () => {
  it("disabling ends every session: the person's next request is signed out", async () => {
    const person = await signedInStaff(db(), { grants: [{ place: "musee-a", role: "editor" }] }, NOW);
    expect((await getAs(t.app, person, "/admin/en/accounts")).status).toBe(403); // signed in, not allowed
    const link = /set-password\?token=([A-Za-z0-9_-]+)/.exec(await (await postFormAs(t.app, admin, `/admin/en/accounts/${person.accountId}/link`)).text())![1]!;
    const confirm = await getAs(t.app, admin, `/admin/en/accounts/${person.accountId}/disable`);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain(`action="/admin/en/accounts/${person.accountId}/disable"`);
    const res = await postFormAs(t.app, admin, `/admin/en/accounts/${person.accountId}/disable`);
    expect(res.status).toBe(303);
    expect((await accountByEmail(person.email))!.disabledAt).not.toBeNull();
    expect(await db().$count(sessions, eq(sessions.accountId, person.accountId))).toBe(0);
    expect(await findOneTimeLink(db(), link, NOW)).toBeUndefined();
    const after = await getAs(t.app, person, "/admin/en/accounts");
    expect(after.status).toBe(303);
    expect(after.headers.get("location")).toContain("/admin/en/sign-in");
    const entry = await lastAudit("account.disable");
    expect(entry).toMatchObject({ entityKey: person.email, detail: { sessionsEnded: 1 } });
    expect(entry!.after).toMatchObject({ disabled: true });

    expect((await postFormAs(t.app, admin, `/admin/en/accounts/${person.accountId}/enable`)).status).toBe(303);
    expect((await accountByEmail(person.email))!.disabledAt).toBeNull();
    expect((await lastAudit("account.enable"))!.after).toMatchObject({ disabled: false });
  });
});

describe("the last active administrator", () => {
  it("cannot demote or disable themself; with another administrator they can", async () => {
    const t2 = await createTestApp(() => NOW);
    try {
      const only = await signedInStaff(t2.handle.db, { isAdministrator: true, name: "Only" }, NOW);
      const demote = await postFormAs(t2.app, only, `/admin/en/accounts/${only.accountId}`, { name: "Only", locale: "en" });
      expect(demote.status).toBe(409);
      expect(visibleText(await demote.text())).toContain("This would leave no active administrator.");
      const disable = await postFormAs(t2.app, only, `/admin/fr/accounts/${only.accountId}/disable`);
      expect(disable.status).toBe(409);
      expect(visibleText(await disable.text())).toContain("Il ne resterait plus aucun administrateur actif.");
      const [row] = await t2.handle.db.select().from(accounts).where(eq(accounts.id, only.accountId));
      expect(row).toMatchObject({ isAdministrator: true, disabledAt: null });

      await signedInStaff(t2.handle.db, { isAdministrator: true, name: "Second" }, NOW);
      const ok = await postFormAs(t2.app, only, `/admin/en/accounts/${only.accountId}`, { name: "Only", locale: "en" });
      expect(ok.status).toBe(303);
      expect(ok.headers.get("location")).toBe("/admin/en/");
    } finally {
      await t2.handle.close();
    }
  });
});

describe("only administrators", () => {
  it("every accounts route answers 403 to an editor, and the refusal is audited", async () => {
    const editor = await signedInStaff(db(), { grants: [{ place: "musee-a", role: "editor" }] }, NOW);
    const id = admin.accountId;
    const gets = ["/admin/en/accounts", "/admin/en/accounts/new", `/admin/en/accounts/${id}`, `/admin/fr/accounts/${id}/disable`];
    const posts = ["/admin/en/accounts/new", `/admin/en/accounts/${id}`, `/admin/en/accounts/${id}/disable`, `/admin/en/accounts/${id}/enable`, `/admin/en/accounts/${id}/link`];
    for (const path of gets) expect([path, (await getAs(t.app, editor, path)).status]).toEqual([path, 403]);
    for (const path of posts) {
      expect([path, (await postFormAs(t.app, editor, path, { name: "Hacked", email: "x@example.org", locale: "en", isAdministrator: "on" })).status]).toEqual([path, 403]);
    }
    const refusals = await db().select().from(auditLog).where(eq(auditLog.actorId, editor.accountId));
    expect(refusals).toHaveLength(gets.length + posts.length);
    expect(refusals.every((r) => r.action === "permission_denied" && (r.detail as { attempted: string }).attempted === "accounts.manage")).toBe(true);
    expect((await db().select().from(accounts).where(eq(accounts.id, id)))[0]!.name).toBe("Ada Admin");
    expect(await accountByEmail("x@example.org")).toBeUndefined();
  });

  it("a signed-out visitor is sent to sign in", async () => {
    const res = await getAs(t.app, undefined, "/admin/en/accounts");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toContain("/admin/en/sign-in");
  });
});
