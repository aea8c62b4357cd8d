/**
 * Lockouts that protect without excluding (issue 13, finding 3): failures lock one e-mail from one
 * address, and an address; failures from many addresses never keep the right password out from an
 * address that has not failed. The holder is mailed when their account sees a lock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { openedOutboxMessages } from "../../../test/outbox.ts";
import { accountWithPassword, TestBrowser, textOf, type TestAccount } from "../../../test/staff-browser.ts";

let clock = new Date("2026-03-02T09:00:00Z");
const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
let t: TestApp;
let cleo: TestAccount;

// Behind a trusted proxy, each test "browser" comes from the address it names.
const from = (address: string) => new TestBrowser(t.app, { "x-forwarded-for": address });
const REFUSED = "E-mail or password is not right";
const LOCKED = "Too many attempts; try again in 10 minutes";

beforeAll(async () => {
  t = await createTestApp(() => clock, { security: { requireAdminTotp: false, trustProxy: true } });
  cleo = await accountWithPassword(t.handle.db, { email: "cleo@example.org" });
});
afterAll(() => t.handle.close());

describe("sign-in lockouts", () => {
  it("lets the right password in from a fresh address after five wrong ones from five addresses", async () => {
    for (let i = 1; i <= 5; i++) expect(textOf((await from(`198.51.100.${i}`).signIn(cleo.email, "wrong password here")).html)).toContain(REFUSED);
    const fresh = await from("203.0.113.7").signIn(cleo.email, cleo.password);
    expect(fresh.status).toBe(303);
  });

  it("locks one address after five failures on the account, mails its holder once, and leaves other addresses free", async () => {
    const before = (await openedOutboxMessages(t.handle.db)).filter((m) => m.kind === "staff_sign_in_locked").length;
    for (let i = 0; i < 5; i++) await from("192.0.2.10").signIn(cleo.email, "wrong password here");
    const locked = await from("192.0.2.10").signIn(cleo.email, cleo.password);
    expect(locked.status).toBe(429);
    expect(textOf(locked.html)).toContain(LOCKED);
    expect((await from("192.0.2.11").signIn(cleo.email, cleo.password)).status).toBe(303);
    const mails = (await openedOutboxMessages(t.handle.db)).filter((m) => m.kind === "staff_sign_in_locked");
    expect(mails.length - before).toBe(1);
    expect(mails.at(-1)).toMatchObject({ toAddress: cleo.email });
    expect(mails.at(-1)!.textBody).toContain("192.0.2.10");
    expect(mails.at(-1)!.textBody).toContain("10 minutes");
    advance(10);
    expect((await from("192.0.2.10").signIn(cleo.email, cleo.password)).status).toBe(303);
  });

  it("locks an address that tries many accounts, and says the same for an account that does not exist, mailing no one", async () => {
    const before = (await openedOutboxMessages(t.handle.db)).length;
    for (let i = 0; i < 5; i++) expect(textOf((await from("192.0.2.20").signIn(`nobody${i}@example.org`, "wrong password here")).html)).toContain(REFUSED);
    const sprayer = await from("192.0.2.20").signIn(cleo.email, cleo.password);
    expect(sprayer.status).toBe(429);
    for (let i = 0; i < 5; i++) await from("192.0.2.21").signIn("ghost@example.org", "wrong password here");
    expect(textOf((await from("192.0.2.21").signIn("ghost@example.org", "wrong password here")).html)).toContain(LOCKED);
    expect((await openedOutboxMessages(t.handle.db)).length).toBe(before);
  });
});
