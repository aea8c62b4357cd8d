import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { accounts } from "../../db/schema/accounts.ts";
import { issueOneTimeLink } from "./one-time-links.repository.ts";
import { auditEntries, TestBrowser, textOf } from "../../../test/staff-browser.ts";

let clock = new Date("2026-03-02T09:00:00Z");
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(() => clock);
});
afterAll(() => t.handle.close());

async function invited(email: string) {
  const [row] = await t.handle.db.insert(accounts).values({ email, name: email }).returning({ id: accounts.id });
  const { token } = await issueOneTimeLink(t.handle.db, row!.id, clock);
  return { id: row!.id, path: `/admin/fr/set-password?token=${token}` };
}

describe("choosing a password through a one-time link", () => {
  it("refuses short and common passwords and differing copies, in the page's language", async () => {
    const { path } = await invited("chloe@example.org");
    const browser = new TestBrowser(t.app);
    const form = await browser.get(path);
    expect(form.status).toBe(200);
    expect(textOf(form.html)).toContain("Pour le compte chloe@example.org.");
    const tryPassword = (a: string, b = a) => browser.post(path, { newPassword: a, newPasswordAgain: b });
    const short = await tryPassword("court");
    expect(short.status).toBe(400);
    expect(textOf(short.html)).toContain("Utilisez au moins 12 caractères");
    expect(short.html).toMatch(/<a href="#new-password">Utilisez au moins 12 caractères<\/a>/);
    expect(textOf((await tryPassword("Q1W2E3R4T5Y6")).html)).toContain("Ce mot de passe fait partie des plus courants ; choisissez-en un autre");
    expect(textOf((await tryPassword("x".repeat(129))).html)).toContain("Utilisez au plus 128 caractères");
    expect(textOf((await tryPassword("un mot de passe assez long", "un autre")).html)).toContain("Les deux nouveaux mots de passe diffèrent");
  });

  it("sets the password once, then the person signs in with it; the link is spent", async () => {
    const { id, path } = await invited("dora@example.org");
    const browser = new TestBrowser(t.app);
    await browser.get(path);
    const done = await browser.post(path, { newPassword: "un mot de passe assez long", newPasswordAgain: "un mot de passe assez long" });
    expect(done.location).toBe("/admin/fr/sign-in?done=password-set");
    expect(textOf((await browser.get(done.location!)).html)).toContain("Votre mot de passe est enregistré.");
    expect((await browser.post("/admin/fr/sign-in", { email: "dora@example.org", password: "un mot de passe assez long" })).location).toBe("/admin/fr/");
    expect((await auditEntries(t.handle.db, "password_changed")).at(-1)).toMatchObject({ actorId: id, detail: { via: "one_time_link" } });
    const spent = await new TestBrowser(t.app).get(path);
    expect(spent.status).toBe(404);
    expect(textOf(spent.html)).toContain("Ce lien ne fonctionne plus");
  });

  it("does not open after 72 hours", async () => {
    const { path } = await invited("eve@example.org");
    clock = new Date(clock.getTime() + 72 * 3600_000 + 1000);
    expect((await new TestBrowser(t.app).get(path)).status).toBe(404);
  });
});
