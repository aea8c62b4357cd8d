import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { testSecrets } from "../../../test/secrets.ts";
import { sessions } from "../../db/schema/accounts.ts";
import { silentLogger } from "../../lib/logger.ts";
import { createApp } from "../../app/create-app.ts";
import { PageCache } from "../../web/page-cache.ts";
import { sha256Hex as hashSecret } from "../../lib/secrets.ts";
import { accountWithPassword, auditEntries, TestBrowser, textOf, type TestAccount } from "../../../test/staff-browser.ts";

let clock = new Date("2026-03-02T09:00:00Z");
const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
let t: TestApp;
let ana: TestAccount;

beforeAll(async () => {
  t = await createTestApp(() => clock);
  ana = await accountWithPassword(t.handle.db, { email: "ana@example.org" });
});
afterAll(() => t.handle.close());

const REFUSED = "E-mail or password is not right";

describe("signing in", () => {
  it("sets a fresh HttpOnly, SameSite=Lax, __Host- session cookie and goes to the dashboard", async () => {
    const browser = new TestBrowser(t.app);
    const page = await browser.signIn("Ana@Example.org", ana.password);
    expect(page.status).toBe(303);
    expect(page.location).toBe("/admin/en/");
    const cookie = page.headers.getSetCookie().find((c) => c.startsWith("__Host-remembrance_session="))!;
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/Max-Age|Expires|Domain/i);
    const token = browser.cookies.get("__Host-remembrance_session")!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [stored] = await t.handle.db.select().from(sessions).where(eq(sessions.tokenHash, hashSecret(token)));
    expect(stored?.accountId).toBe(ana.id);
    expect((await browser.get("/admin/en/account")).status).toBe(200);
    const [entry] = (await auditEntries(t.handle.db, "sign_in")).slice(-1);
    expect(entry).toMatchObject({ actorId: ana.id, actorEmail: "ana@example.org" });
  });

  it("gives a new token at each sign-in and ends the session the browser had", async () => {
    const browser = new TestBrowser(t.app);
    await browser.signIn(ana.email, ana.password);
    const first = browser.cookies.get("__Host-remembrance_session")!;
    await browser.post("/admin/en/sign-in", { email: ana.email, password: ana.password });
    const second = browser.cookies.get("__Host-remembrance_session")!;
    expect(second).not.toBe(first);
    expect(await t.handle.db.select().from(sessions).where(eq(sessions.tokenHash, hashSecret(first)))).toEqual([]);
  });

  it("uses the unprefixed, non-Secure cookie when the site is served over plain HTTP", async () => {
    const plain = createApp({ db: t.handle.db, ping: t.handle.ping, logger: silentLogger, now: () => clock, publicUrl: "http://localhost", contentRevision: t.handle.contentRevision, pageCache: new PageCache(), secrets: testSecrets });
    const browser = new TestBrowser(plain);
    const page = await browser.signIn(ana.email, ana.password);
    const cookie = page.headers.getSetCookie().find((c) => c.startsWith("remembrance_session="))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).not.toMatch(/Secure/);
    expect((await browser.get("/admin/en/account")).status).toBe(200);
  });

  it("goes back to the page asked for, but only to a back office page of this site", async () => {
    const browser = new TestBrowser(t.app);
    expect((await browser.signIn(ana.email, ana.password, "fr", "/admin/fr/account")).location).toBe("/admin/fr/account");
    for (const next of ["https://evil.example/admin/", "//evil.example/admin/", "/en/places", "/admin\\..\\x"]) {
      expect((await new TestBrowser(t.app).signIn(ana.email, ana.password, "en", next)).location).toBe("/admin/en/");
    }
  });

  it("answers a wrong password and an unknown account with the same words, and logs why", async () => {
    const wrong = await new TestBrowser(t.app).signIn(ana.email, "not the password at all");
    const unknown = await new TestBrowser(t.app).signIn("nobody@example.org", "not the password at all");
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect(textOf(wrong.html)).toContain(REFUSED);
    expect(textOf(unknown.html)).toContain(REFUSED);
    expect(textOf(wrong.html).replace(ana.email, "X")).toBe(textOf(unknown.html).replace("nobody@example.org", "X"));
    expect(wrong.headers.getSetCookie().some((c) => c.includes("remembrance_session"))).toBe(false);
    const failures = await auditEntries(t.handle.db, "sign_in_failed");
    expect(failures.slice(-2).map((f) => [f.actorEmail, (f.detail as { reason: string }).reason])).toEqual([
      ["ana@example.org", "wrong_password"], ["nobody@example.org", "unknown"],
    ]);
    expect(wrong.html).not.toContain("wrong_password");
  });

  it("shows each missing field beside it and in the summary, keeping the typed e-mail", async () => {
    const browser = new TestBrowser(t.app);
    await browser.get("/admin/en/sign-in");
    const page = await browser.post("/admin/en/sign-in", { email: "typed@example.org", password: "" });
    expect(page.status).toBe(400);
    expect(page.html).toContain('value="typed@example.org"');
    expect(page.html).toMatch(/<a href="#password">Enter your password<\/a>/);
    expect(page.html).toMatch(/id="password"[^>]*aria-invalid="true"[^>]*aria-describedby="password-error"/);
  });

  it("locks an account for 10 minutes after 5 failures, whatever the password, then for longer", async () => {
    const bea = await accountWithPassword(t.handle.db, { email: "bea@example.org" });
    for (let i = 0; i < 5; i++) expect(textOf((await new TestBrowser(t.app).signIn(bea.email, "wrong password here")).html)).toContain(REFUSED);
    const locked = await new TestBrowser(t.app).signIn(bea.email, bea.password);
    expect(locked.status).toBe(429);
    expect(textOf(locked.html)).toContain("Too many attempts; try again in 10 minutes");
    expect(locked.headers.getSetCookie().some((c) => c.includes("remembrance_session"))).toBe(false);
    advance(9);
    expect(textOf((await new TestBrowser(t.app).signIn(bea.email, bea.password)).html)).toContain("try again in 1 minute");
    advance(1);
    expect((await new TestBrowser(t.app).signIn(bea.email, bea.password)).status).toBe(303);
    const lockedAudit = (await auditEntries(t.handle.db, "sign_in_failed")).filter((e) => e.actorEmail === bea.email).map((e) => (e.detail as { reason: string }).reason);
    expect(lockedAudit.slice(-2)).toEqual(["locked", "locked"]);
  });

  it("locks an unknown e-mail the same way, and doubles the wait at the next lock", async () => {
    const ghost = "ghost@example.org";
    for (let i = 0; i < 5; i++) await new TestBrowser(t.app).signIn(ghost, "wrong password here");
    expect(textOf((await new TestBrowser(t.app).signIn(ghost, "wrong password here")).html)).toContain("Too many attempts; try again in 10 minutes");
    advance(10);
    for (let i = 0; i < 5; i++) expect(textOf((await new TestBrowser(t.app).signIn(ghost, "wrong password here")).html)).toContain(REFUSED);
    expect(textOf((await new TestBrowser(t.app).signIn(ghost, "wrong password here")).html)).toContain("Too many attempts; try again in 20 minutes");
  });

  it("signs out: the session ends and its cookie no longer opens anything", async () => {
    const browser = new TestBrowser(t.app);
    await browser.signIn(ana.email, ana.password);
    const token = browser.cookies.get("__Host-remembrance_session")!;
    await browser.get("/admin/en/account");
    const out = await browser.post("/admin/en/sign-out");
    expect(out.location).toBe("/admin/en/sign-in?done=signed-out");
    expect(browser.cookies.has("__Host-remembrance_session")).toBe(false);
    expect(textOf((await browser.get(out.location!)).html)).toContain("You are signed out.");
    const replay = new TestBrowser(t.app);
    replay.cookies.set("__Host-remembrance_session", token);
    expect((await replay.get("/admin/en/account")).location).toBe("/admin/en/sign-in?next=%2Fadmin%2Fen%2Faccount");
    expect((await auditEntries(t.handle.db, "sign_out")).at(-1)?.actorId).toBe(ana.id);
  });

  it("sends /admin to the back office in the browser's language", async () => {
    expect((await t.app.request("/admin", { headers: { "accept-language": "fr-FR,fr;q=0.9" } })).headers.get("location")).toBe("/admin/fr/");
    expect((await t.app.request("/admin/")).headers.get("location")).toBe("/admin/en/");
  });
});
