import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { postFormAs, signedInStaff, type SignedIn } from "../../../test/staff.ts";
import { accounts, sessions } from "../../db/schema/accounts.ts";
import { accountWithPassword, TestBrowser, textOf } from "../../../test/staff-browser.ts";

let t: TestApp;
let who: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  who = await signedInStaff(t.handle.db, { name: "Unchanged" });
});
afterAll(() => t.handle.close());

const EXPIRED = "The form expired or did not come from this site; reload and try again.";
const nameOf = async (id: number) => (await t.handle.db.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, id)))[0]!.name;
const stillSignedIn = async (s: SignedIn) => (await t.handle.db.select().from(sessions).where(eq(sessions.accountId, s.accountId))).length === 1;

describe("CSRF protection", () => {
  it("refuses a signed-in form without its token or with another, and changes nothing", async () => {
    for (const csrf of ["", "x".repeat(43), (await signedInStaff(t.handle.db)).csrfToken]) {
      const res = await postFormAs(t.app, who, "/admin/en/account/profile", { name: "Changed", locale: "fr" }, csrf);
      expect(res.status).toBe(403);
      const html = await res.text();
      expect(textOf(html)).toContain(EXPIRED);
      expect(html).toContain("csrf_failed");
    }
    const noField = await t.app.request("/admin/en/account/profile", {
      method: "POST", headers: { cookie: who.cookie, "content-type": "application/x-www-form-urlencoded" }, body: "name=Changed&locale=fr",
    });
    expect(noField.status).toBe(403);
    expect(await nameOf(who.accountId)).toBe("Unchanged");
  });

  it("refuses sign-out without the token: the session goes on", async () => {
    expect((await postFormAs(t.app, who, "/admin/en/sign-out", {}, "")).status).toBe(403);
    expect(await stillSignedIn(who)).toBe(true);
  });

  it("accepts the session's token in the form or in the X-CSRF-Token header, and the handler still reads the form", async () => {
    const res = await postFormAs(t.app, who, "/admin/en/account/profile", { name: "Renamed", locale: "en" });
    expect(res.status).toBe(303);
    expect(await nameOf(who.accountId)).toBe("Renamed");
    const byHeader = await t.app.request("/admin/en/account/profile", {
      method: "POST", headers: { cookie: who.cookie, "x-csrf-token": who.csrfToken, "content-type": "application/x-www-form-urlencoded" }, body: "name=Unchanged&locale=en",
    });
    expect(byHeader.status).toBe(303);
    expect(await nameOf(who.accountId)).toBe("Unchanged");
  });

  it("refuses a request the browser marks as coming from another site, even with the right token", async () => {
    const crossSite: Record<string, string>[] = [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, { origin: "null" }];
    for (const headers of crossSite) {
      const res = await t.app.request("/admin/en/account/profile", {
        method: "POST", headers: { cookie: who.cookie, "content-type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams({ _csrf: who.csrfToken, name: "Hijacked", locale: "en" }).toString(),
      });
      expect(res.status).toBe(403);
    }
    expect(await nameOf(who.accountId)).toBe("Unchanged");
    const sameSite = await t.app.request("/admin/en/account/profile", {
      method: "POST", headers: { cookie: who.cookie, "content-type": "application/x-www-form-urlencoded", origin: "https://remembrance.test", "sec-fetch-site": "same-origin" },
      body: new URLSearchParams({ _csrf: who.csrfToken, name: "Unchanged", locale: "en" }).toString(),
    });
    expect(sameSite.status).toBe(303);
  });

  it("protects the sign-in form with a cookie set when it is shown (double submit)", async () => {
    const ana = await accountWithPassword(t.handle.db);
    const browser = new TestBrowser(t.app);
    const shown = await browser.get("/admin/en/sign-in");
    const cookie = shown.headers.getSetCookie().find((c) => c.startsWith("__Host-remembrance_csrf="))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);
    expect((await browser.post("/admin/en/sign-in", { email: ana.email, password: ana.password }, { csrf: null })).status).toBe(403);
    expect((await browser.post("/admin/en/sign-in", { email: ana.email, password: ana.password }, { csrf: "y".repeat(43) })).status).toBe(403);
    const stranger = new TestBrowser(t.app);
    expect((await stranger.post("/admin/en/sign-in", { email: ana.email, password: ana.password }, { csrf: browser.csrfToken() })).status).toBe(403);
    expect(textOf(stranger.lastHtml)).toContain(EXPIRED);
    await browser.get("/admin/en/sign-in");
    expect((await browser.post("/admin/en/sign-in", { email: ana.email, password: ana.password })).status).toBe(303);
  });
});
