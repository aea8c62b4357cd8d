/**
 * Sign-in attempts per client address go through the limiter every public write shares (issue 13,
 * finding 1): past the limit an address is answered 429 with Retry-After, however its attempts went
 * (the lockouts count only failures);
 * other addresses, and the account itself, are not affected.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { accountWithPassword, TestBrowser, textOf, type TestAccount } from "../../../test/staff-browser.ts";

let clock = new Date("2026-03-02T09:00:00Z");
let t: TestApp;
let ines: TestAccount;
const from = (address: string) => new TestBrowser(t.app, { "x-forwarded-for": address });
const NONE = { bookingsPerAddress: null, bookingsPerEmail: null, bookingsPerVisitDay: null, cancelsPerAddress: null };

beforeAll(async () => {
  t = await createTestApp(() => clock, {
    security: { requireAdminTotp: false, trustProxy: true },
    limits: { settings: { ...NONE, signInsPerAddress: { limit: 8, windowMs: 10 * 60_000 } }, proofIsValid: async () => false },
  });
  ines = await accountWithPassword(t.handle.db, { email: "ines@example.org" });
});
afterAll(() => t.handle.close());

describe("sign-in attempts per address", () => {
  it("refuse an address past the limit, in the page's language and with Retry-After, and leave the others free", async () => {
    // Eight sign-ins that succeed: no lockout counts them (it counts failures), the limiter does.
    for (let i = 1; i <= 8; i++) expect((await from("198.51.100.20").signIn(ines.email, ines.password)).status).toBe(303);
    const stopped = await from("198.51.100.20").signIn(ines.email, ines.password);
    expect(stopped.status).toBe(429);
    expect(stopped.headers.get("retry-after")).toBe("600");
    expect(textOf(stopped.html)).toContain("Too many attempts; try again in 10 minutes");
    expect((await from("198.51.100.21").signIn(ines.email, ines.password)).status).toBe(303);
    clock = new Date(clock.getTime() + 10 * 60_000);
    expect((await from("198.51.100.20").signIn(ines.email, ines.password)).status).toBe(303);
  });
});
