/** TOTP secrets are kept sealed (issue 13, finding 5): no table holds one in clear, and those kept in clear before are sealed at start-up. */
import { eq } from "drizzle-orm";
import { TOTP, Secret } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { tablesHolding } from "../../../test/secret-scan.ts";
import { testSecrets } from "../../../test/secrets.ts";
import { accountWithPassword, TestBrowser, textOf } from "../../../test/staff-browser.ts";
import { accounts } from "../../db/schema/accounts.ts";
import { newTotpSecret } from "./totp.ts";
import { sealClearTotpSecrets } from "./totp-secrets.service.ts";

let clock = new Date("2026-03-02T09:00:00Z");
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(() => clock);
});
afterAll(() => t.handle.close());

const appCode = (secret: string) =>
  new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: clock.getTime() });
const storedSecretOf = async (id: number) => (await t.handle.db.select({ s: accounts.totpSecret }).from(accounts).where(eq(accounts.id, id)))[0]!.s;

describe("a TOTP secret at rest", () => {
  it("is in no table in clear once set up, yet the page shows it and codes from it sign in", async () => {
    const who = await accountWithPassword(t.handle.db);
    const browser = new TestBrowser(t.app);
    await browser.signIn(who.email, who.password);
    await browser.get("/admin/en/account");
    await browser.post("/admin/en/account/totp/start");
    const shown = /Key: ([A-Z2-7]{4}(?: [A-Z2-7]{4}){7})\b/.exec(textOf((await browser.get("/admin/en/account")).html));
    expect(shown).not.toBeNull();
    const key = shown![1]!.replaceAll(" ", "");
    expect(await tablesHolding(t.handle.db, key)).toEqual({});
    expect((await browser.post("/admin/en/account/totp/confirm", { code: appCode(key) })).status).toBe(200);
    expect(await tablesHolding(t.handle.db, key)).toEqual({});
    expect(testSecrets.open((await storedSecretOf(who.id))!)).toBe(key);

    clock = new Date(clock.getTime() + 30_000);
    const next = new TestBrowser(t.app);
    expect((await next.signIn(who.email, who.password)).location).toBe("/admin/en/sign-in/second-factor");
    await next.get("/admin/en/sign-in/second-factor");
    expect((await next.post("/admin/en/sign-in/second-factor", { code: appCode(key) })).location).toBe("/admin/en/");
  });

  it("kept in clear by an earlier version, still signs in, and is sealed at start-up, once", async () => {
    const who = await accountWithPassword(t.handle.db, { totp: true });
    const clear = newTotpSecret();
    await t.handle.db.update(accounts).set({ totpSecret: clear }).where(eq(accounts.id, who.id));
    clock = new Date(clock.getTime() + 30_000);
    const before = new TestBrowser(t.app);
    await before.signIn(who.email, who.password);
    await before.get("/admin/en/sign-in/second-factor");
    expect((await before.post("/admin/en/sign-in/second-factor", { code: appCode(clear) })).location).toBe("/admin/en/");
    expect(await tablesHolding(t.handle.db, clear)).toEqual({ accounts: 1 });

    expect(await sealClearTotpSecrets(t.handle.db, testSecrets)).toBe(1);
    expect(await tablesHolding(t.handle.db, clear)).toEqual({});
    const sealed = await storedSecretOf(who.id);
    expect(testSecrets.open(sealed!)).toBe(clear);
    expect(await sealClearTotpSecrets(t.handle.db, testSecrets)).toBe(0);
    expect(await storedSecretOf(who.id)).toBe(sealed);

    clock = new Date(clock.getTime() + 30_000);
    const after = new TestBrowser(t.app);
    await after.signIn(who.email, who.password);
    await after.get("/admin/en/sign-in/second-factor");
    expect((await after.post("/admin/en/sign-in/second-factor", { code: appCode(clear) })).location).toBe("/admin/en/");
  });
});
