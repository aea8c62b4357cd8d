import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOTP, Secret } from "otpauth";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { testSecrets } from "../../../test/secrets.ts";
import { accounts, sessions } from "../../db/schema/accounts.ts";
import { silentLogger } from "../../lib/logger.ts";
import { createApp } from "../../app/create-app.ts";
import { PageCache } from "../../web/page-cache.ts";
import { sha256Hex as hashSecret } from "../../lib/secrets.ts";
import { accountWithPassword, auditEntries, TestBrowser, textOf, type TestAccount } from "../../../test/staff-browser.ts";

let clock = new Date("2026-03-02T09:00:00Z");
const advance = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
let t: TestApp;

/** The code an authenticator app shows for `secret` at the test clock's now. */
const appCode = (secret: string) =>
  new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: clock.getTime() });

beforeAll(async () => {
  t = await createTestApp(() => clock);
});
afterAll(() => t.handle.close());

async function passwordStep(who: TestAccount) {
  const browser = new TestBrowser(t.app);
  const page = await browser.signIn(who.email, who.password, "en", "/admin/en/account");
  expect(page.location).toBe("/admin/en/sign-in/second-factor?next=%2Fadmin%2Fen%2Faccount");
  return browser;
}

describe("the second factor at sign-in", () => {
  it("asks for a code after the password; the waiting session opens nothing; the code gives a new token", async () => {
    const who = await accountWithPassword(t.handle.db, { totp: true });
    const browser = await passwordStep(who);
    const pendingToken = browser.cookies.get("__Host-remembrance_session")!;
    expect((await browser.get("/admin/en/account")).location).toMatch(/^\/admin\/en\/sign-in\?next=/);
    const form = await browser.get("/admin/en/sign-in/second-factor?next=%2Fadmin%2Fen%2Faccount");
    expect(form.status).toBe(200);
    expect(form.html).toMatch(/<label for="code">Code<\/label>/);
    const done = await browser.post("/admin/en/sign-in/second-factor?next=%2Fadmin%2Fen%2Faccount", { code: appCode(who.totpSecret!) });
    expect(done.location).toBe("/admin/en/account");
    const fullToken = browser.cookies.get("__Host-remembrance_session")!;
    expect(fullToken).not.toBe(pendingToken);
    expect(await t.handle.db.select().from(sessions).where(eq(sessions.tokenHash, hashSecret(pendingToken)))).toEqual([]);
    expect((await browser.get("/admin/en/account")).status).toBe(200);
    expect((await auditEntries(t.handle.db, "sign_in")).at(-1)).toMatchObject({ actorId: who.id, detail: { secondFactor: "totp" } });
  });

  it("refuses a code already used (replay), and a wrong one, with the same words", async () => {
    const who = await accountWithPassword(t.handle.db, { totp: true });
    const code = appCode(who.totpSecret!);
    const first = await passwordStep(who);
    await first.get("/admin/en/sign-in/second-factor");
    expect((await first.post("/admin/en/sign-in/second-factor", { code })).status).toBe(303);
    const second = await passwordStep(who);
    await second.get("/admin/en/sign-in/second-factor");
    const replay = await second.post("/admin/en/sign-in/second-factor", { code });
    expect(replay.status).toBe(400);
    expect(textOf(replay.html)).toContain("This code is not right, or was already used");
    const wrong = await second.post("/admin/en/sign-in/second-factor", { code: code === "000000" ? "111111" : "000000" });
    expect(textOf(wrong.html)).toContain("This code is not right, or was already used");
    expect((await auditEntries(t.handle.db, "second_factor_failed")).length).toBeGreaterThanOrEqual(2);
    advance(30);
    expect((await second.post("/admin/en/sign-in/second-factor", { code: appCode(who.totpSecret!) })).status).toBe(303);
  });

  it("accepts each recovery code once, whatever its case and dashes", async () => {
    const who = await accountWithPassword(t.handle.db, { totp: true });
    const [code] = who.recoveryCodes!;
    const browser = await passwordStep(who);
    await browser.get("/admin/en/sign-in/second-factor");
    expect((await browser.post("/admin/en/sign-in/second-factor", { code: code!.toUpperCase().replace(/-/g, " ") })).status).toBe(303);
    expect((await auditEntries(t.handle.db, "recovery_code_used")).at(-1)?.actorId).toBe(who.id);
    const again = await passwordStep(who);
    await again.get("/admin/en/sign-in/second-factor");
    expect(textOf((await again.post("/admin/en/sign-in/second-factor", { code: code! })).html)).toContain("This code is not right, or was already used");
  });

  it("locks the second factor after 5 wrong codes", async () => {
    const who = await accountWithPassword(t.handle.db, { totp: true });
    const browser = await passwordStep(who);
    await browser.get("/admin/en/sign-in/second-factor");
    for (let i = 0; i < 5; i++) await browser.post("/admin/en/sign-in/second-factor", { code: "abcd-efgh-jk" });
    const locked = await browser.post("/admin/en/sign-in/second-factor", { code: appCode(who.totpSecret!) });
    expect(locked.status).toBe(429);
    expect(textOf(locked.html)).toContain("Too many attempts; try again in 10 minutes");
  });
});

describe("setting up the second factor on the account page", () => {
  it("shows a QR code and the key, turns it on with a code, and shows 10 recovery codes once", async () => {
    const who = await accountWithPassword(t.handle.db);
    const browser = new TestBrowser(t.app);
    await browser.signIn(who.email, who.password);
    await browser.get("/admin/en/account");
    await browser.post("/admin/en/account/totp/start");
    const setup = await browser.get("/admin/en/account");
    expect(setup.html).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="QR code to scan with an authenticator app"/);
    const [account] = await t.handle.db.select().from(accounts).where(eq(accounts.id, who.id));
    expect(account!.totpEnabledAt).toBeNull();
    // Kept sealed: the table does not hold the key the page shows.
    expect(testSecrets.isSealed(account!.totpSecret!)).toBe(true);
    const key = testSecrets.open(account!.totpSecret!);
    expect(account!.totpSecret).not.toContain(key);
    expect(textOf(setup.html)).toContain(key.replace(/(.{4})(?=.)/g, "$1 "));

    const wrong = await browser.post("/admin/en/account/totp/confirm", { code: "12345" });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toMatch(/id="totp-code"[^>]*aria-invalid="true"/);
    const on = await browser.post("/admin/en/account/totp/confirm", { code: appCode(key) });
    expect(on.status).toBe(200);
    const codes = [...on.html.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)].map((m) => m[1]);
    expect(codes).toHaveLength(10);
    expect(textOf(on.html)).toContain("The second factor is on.");
    expect(textOf((await browser.get("/admin/en/account")).html)).toContain("10 unused recovery codes left.");
    expect((await auditEntries(t.handle.db, "totp_enabled")).at(-1)?.actorId).toBe(who.id);

    advance(30);
    const next = await new TestBrowser(t.app).signIn(who.email, who.password);
    expect(next.location).toBe("/admin/en/sign-in/second-factor");
  });

  it("regenerates recovery codes (the old ones stop working) and turns off only with password and code", async () => {
    const who = await accountWithPassword(t.handle.db, { totp: true });
    const browser = await passwordStep(who);
    await browser.get("/admin/en/sign-in/second-factor");
    advance(30);
    await browser.post("/admin/en/sign-in/second-factor", { code: appCode(who.totpSecret!) });
    await browser.get("/admin/en/account");
    const fresh = await browser.post("/admin/en/account/recovery-codes");
    expect([...fresh.html.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)]).toHaveLength(10);
    expect((await auditEntries(t.handle.db, "recovery_codes_regenerated")).at(-1)?.actorId).toBe(who.id);

    advance(30);
    const noPassword = await browser.post("/admin/en/account/totp/disable", { password: "not the password", code: appCode(who.totpSecret!) });
    expect(noPassword.status).toBe(400);
    const noCode = await browser.post("/admin/en/account/totp/disable", { password: who.password, code: "000000" });
    expect(noCode.status).toBe(400);
    const off = await browser.post("/admin/en/account/totp/disable", { password: who.password, code: appCode(who.totpSecret!) });
    expect(off.location).toBe("/admin/en/account?done=totp-disabled");
    expect((await auditEntries(t.handle.db, "totp_disabled")).at(-1)?.actorId).toBe(who.id);
    const old = new TestBrowser(t.app);
    expect((await old.signIn(who.email, who.password)).location).toBe("/admin/en/");
  });
});

describe("REQUIRE_ADMIN_TOTP", () => {
  const strictApp = () => createApp({
    db: t.handle.db, ping: t.handle.ping, logger: silentLogger, now: () => clock, publicUrl: "https://remembrance.test",
    contentRevision: t.handle.contentRevision, pageCache: new PageCache(), security: { requireAdminTotp: true, trustProxy: false }, secrets: testSecrets,
  });

  it("sends an administrator without a second factor to set one up, and lets them do that and sign out", async () => {
    const admin = await accountWithPassword(t.handle.db, { isAdministrator: true });
    const browser = new TestBrowser(strictApp());
    await browser.signIn(admin.email, admin.password);
    for (const path of ["/admin/en/", "/admin/en/accounts", "/admin/fr/audit"]) {
      const page = await browser.get(path);
      expect(page.status).toBe(303);
      expect(page.location).toBe(`${path.slice(0, 9)}/account?totp=required`);
    }
    const account = await browser.get("/admin/en/account?totp=required");
    expect(account.status).toBe(200);
    expect(textOf(account.html)).toContain("This site requires administrators to use a second factor. Set it up below to continue.");
    expect((await browser.post("/admin/en/account/totp/start")).status).toBe(303);
    const [row] = await t.handle.db.select().from(accounts).where(eq(accounts.id, admin.id));
    await browser.get("/admin/en/account");
    expect((await browser.post("/admin/en/account/totp/confirm", { code: appCode(testSecrets.open(row!.totpSecret!)) })).status).toBe(200);
    expect((await browser.get("/admin/en/accounts")).location ?? "").not.toContain("totp=required");
  });

  it("leaves other staff alone, and lets no administrator turn the factor off", async () => {
    const editor = await accountWithPassword(t.handle.db);
    const browser = new TestBrowser(strictApp());
    await browser.signIn(editor.email, editor.password);
    expect((await browser.get("/admin/en/accounts")).location ?? "").not.toContain("totp=required");

    const admin = await accountWithPassword(t.handle.db, { isAdministrator: true, totp: true });
    const signedIn = new TestBrowser(strictApp());
    await signedIn.signIn(admin.email, admin.password);
    await signedIn.get("/admin/en/sign-in/second-factor");
    advance(30);
    await signedIn.post("/admin/en/sign-in/second-factor", { code: appCode(admin.totpSecret!) });
    await signedIn.get("/admin/en/account");
    advance(30);
    const refused = await signedIn.post("/admin/en/account/totp/disable", { password: admin.password, code: appCode(admin.totpSecret!) });
    expect(refused.status).toBe(400);
    expect(textOf(refused.html)).toContain("Administrators must keep a second factor on this site.");
  });
});
