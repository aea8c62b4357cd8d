import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { getAs, signedInStaff } from "../../../test/staff.ts";
import { accounts, sessions } from "../../db/schema/accounts.ts";
import { endAllSessions } from "./sessions.service.ts";
import { accountWithPassword, auditEntries, TestBrowser, textOf } from "../../../test/staff-browser.ts";

let clock = new Date("2026-03-02T08:00:00Z");
const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(() => clock);
});
afterAll(() => t.handle.close());

const SIGN_IN_AGAIN = /^\/admin\/en\/sign-in\?next=/;
const sessionCount = async (accountId: number) => (await t.handle.db.select().from(sessions).where(eq(sessions.accountId, accountId))).length;

describe("sessions", () => {
  it("end after 30 minutes without a request, and are deleted", async () => {
    const who = await accountWithPassword(t.handle.db);
    const browser = new TestBrowser(t.app);
    await browser.signIn(who.email, who.password);
    advance(29);
    expect((await browser.get("/admin/en/account")).status).toBe(200);
    advance(29);
    expect((await browser.get("/admin/en/account")).status).toBe(200);
    advance(31);
    const page = await browser.get("/admin/en/account");
    expect(page.location).toMatch(SIGN_IN_AGAIN);
    expect(browser.cookies.has("__Host-remembrance_session")).toBe(false);
    expect(await sessionCount(who.id)).toBe(0);
  });

  it("end 12 hours after sign-in however busy", async () => {
    const who = await accountWithPassword(t.handle.db);
    const browser = new TestBrowser(t.app);
    await browser.signIn(who.email, who.password);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      advance(20);
      expect((await browser.get("/admin/en/account")).status).toBe(200);
    }
    advance(20);
    expect((await browser.get("/admin/en/account")).location).toMatch(SIGN_IN_AGAIN);
  });

  it("sign out everywhere ends every session of the account, and only those", async () => {
    const who = await accountWithPassword(t.handle.db);
    const other = await accountWithPassword(t.handle.db);
    const laptop = new TestBrowser(t.app);
    const phone = new TestBrowser(t.app);
    const colleague = new TestBrowser(t.app);
    await laptop.signIn(who.email, who.password);
    await phone.signIn(who.email, who.password);
    await colleague.signIn(other.email, other.password);
    const account = await laptop.get("/admin/en/account");
    expect(textOf(account.html)).toContain("this browser");
    expect(account.html.match(/<tbody>.*<\/tbody>/s)![0].match(/<tr>/g)).toHaveLength(2);
    const out = await laptop.post("/admin/en/account/sign-out-everywhere");
    expect(out.location).toBe("/admin/en/sign-in?done=signed-out-everywhere");
    expect((await phone.get("/admin/en/account")).location).toMatch(SIGN_IN_AGAIN);
    expect((await laptop.get("/admin/en/account")).location).toMatch(SIGN_IN_AGAIN);
    expect((await colleague.get("/admin/en/account")).status).toBe(200);
    expect((await auditEntries(t.handle.db, "sign_out_everywhere")).at(-1)).toMatchObject({ actorId: who.id, detail: { sessionsEnded: 2 } });
  });

  it("of a disabled account end: at once with endAllSessions, and are refused anyway", async () => {
    const a = await signedInStaff(t.handle.db, {}, clock);
    const b = await signedInStaff(t.handle.db, {}, clock);
    expect((await getAs(t.app, a, "/admin/en/account")).status).toBe(200);
    await t.handle.db.transaction(async (tx) => {
      await tx.update(accounts).set({ disabledAt: clock }).where(eq(accounts.id, a.accountId));
      expect(await endAllSessions(tx, a.accountId)).toBe(1);
    });
    expect((await getAs(t.app, a, "/admin/en/account")).headers.get("location")).toMatch(SIGN_IN_AGAIN);
    // Disabled without ending the sessions (another code path): the middleware still refuses and deletes them.
    await t.handle.db.update(accounts).set({ disabledAt: clock }).where(eq(accounts.id, b.accountId));
    expect((await getAs(t.app, b, "/admin/en/account")).headers.get("location")).toMatch(SIGN_IN_AGAIN);
    expect(await sessionCount(b.accountId)).toBe(0);
  });

  it("a disabled account cannot sign in, with the usual words", async () => {
    const who = await accountWithPassword(t.handle.db);
    await t.handle.db.update(accounts).set({ disabledAt: clock }).where(eq(accounts.id, who.id));
    const page = await new TestBrowser(t.app).signIn(who.email, who.password);
    expect(textOf(page.html)).toContain("E-mail or password is not right");
    expect((await auditEntries(t.handle.db, "sign_in_failed")).at(-1)?.detail).toEqual({ reason: "disabled" });
  });

  it("back office answers are never stored by caches", async () => {
    const who = await signedInStaff(t.handle.db, {}, clock);
    for (const path of ["/admin/en/account", "/admin/en/sign-in", "/admin/fr/account/nothing-here"]) {
      expect((await getAs(t.app, who, path)).headers.get("cache-control")).toBe("no-store");
    }
    expect((await t.app.request("/admin/en/account")).headers.get("cache-control")).toBe("no-store");
  });
});

describe("the account page", () => {
  it("changes the name and language", async () => {
    const who = await accountWithPassword(t.handle.db);
    const browser = new TestBrowser(t.app);
    await browser.signIn(who.email, who.password);
    await browser.get("/admin/en/account");
    const saved = await browser.post("/admin/en/account/profile", { name: "Ana Ribeiro", locale: "fr" });
    expect(saved.location).toBe("/admin/fr/account?done=saved");
    const page = await browser.get(saved.location!);
    expect(textOf(page.html)).toContain("Enregistré.");
    expect(page.html).toContain('value="Ana Ribeiro"');
    const empty = await browser.post("/admin/fr/account/profile", { name: " ", locale: "fr" });
    expect(empty.status).toBe(400);
    expect(textOf(empty.html)).toContain("Saisissez votre nom");
  });

  it("changes the password only with the current one and a good new one, and signs out the other sessions", async () => {
    const who = await accountWithPassword(t.handle.db);
    const browser = new TestBrowser(t.app);
    const elsewhere = new TestBrowser(t.app);
    await browser.signIn(who.email, who.password);
    await elsewhere.signIn(who.email, who.password);
    await browser.get("/admin/en/account");
    const change = (current: string, next: string, again = next) =>
      browser.post("/admin/en/account/password", { currentPassword: current, newPassword: next, newPasswordAgain: again });

    expect(textOf((await change("not my password", "another long passphrase")).html)).toContain("The current password is not right");
    expect(textOf((await change(who.password, "too short")).html)).toContain("Use at least 12 characters");
    expect(textOf((await change(who.password, "1q2w3e4r5t6y")).html)).toContain("This password is among the most common ones; choose another");
    const differ = await change(who.password, "another long passphrase", "another long passphrasf");
    expect(differ.status).toBe(400);
    expect(differ.html).toMatch(/id="new-password-again"[^>]*aria-invalid="true"/);
    expect((await elsewhere.get("/admin/en/account")).status).toBe(200);

    const done = await change(who.password, "another long passphrase");
    expect(done.location).toBe("/admin/en/account?done=password-changed");
    expect((await browser.get("/admin/en/account")).status).toBe(200);
    expect((await elsewhere.get("/admin/en/account")).location).toMatch(SIGN_IN_AGAIN);
    expect((await new TestBrowser(t.app).signIn(who.email, "another long passphrase")).status).toBe(303);
    expect((await auditEntries(t.handle.db, "password_changed")).at(-1)).toMatchObject({ actorId: who.id, detail: { otherSessionsEnded: 1 } });
  });

  it("locks the current-password check after five wrong guesses, without locking its holder out of signing in", async () => {
    const who = await accountWithPassword(t.handle.db);
    const browser = new TestBrowser(t.app);
    await browser.signIn(who.email, who.password);
    await browser.get("/admin/en/account");
    for (let i = 0; i < 5; i++) {
      await browser.post("/admin/en/account/password", { currentPassword: `guess number ${i}`, newPassword: "another long passphrase", newPasswordAgain: "another long passphrase" });
    }
    const locked = await browser.post("/admin/en/account/password", { currentPassword: who.password, newPassword: "another long passphrase", newPasswordAgain: "another long passphrase" });
    expect(textOf(locked.html)).toContain("Too many attempts; try again in 10 minutes");
    // Who guesses through a borrowed session cannot turn the lock against the account's holder.
    expect((await new TestBrowser(t.app).signIn(who.email, who.password)).status).toBe(303);
  });

  it("asks a signed-out visitor to sign in first", async () => {
    expect((await t.app.request("/admin/en/account")).headers.get("location")).toBe("/admin/en/sign-in?next=%2Fadmin%2Fen%2Faccount");
  });
});
