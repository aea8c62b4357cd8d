import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { getAs, postFormAs, signedInStaff, type SignedIn } from "../../test/staff.ts";
import { storeRecords } from "../../test/factories.ts";
import { aPlace } from "../../test/factories.ts";
import { CONTENT_SECURITY_POLICY } from "./security-headers.ts";

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, { places: [aPlace({ slug: "memorial-test" })] });
  admin = await signedInStaff(t.handle.db, { isAdministrator: true });
});
afterAll(() => t.handle.close());

function expectSecurityHeaders(headers: Headers) {
  expect(headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(headers.get("x-frame-options")).toBe("DENY");
  expect(headers.get("cross-origin-opener-policy")).toBe("same-origin");
}

describe("security headers", () => {
  it("forbid inline scripts and styles, plugins, base changes and framing", () => {
    expect(CONTENT_SECURITY_POLICY).toBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
  });

  it.each([
    ["a public page", "/en/places/memorial-test", 200],
    ["an API answer", "/api/places", 200],
    ["an API error", "/api/places/nowhere", 404],
    ["an asset", "/assets/site.css", 200],
    ["a missing page", "/en/nowhere", 404],
    ["a redirect", "/", 302],
    ["the sign-in page", "/admin/en/sign-in", 200],
  ])("are on %s", async (_what, path, status) => {
    const res = await t.app.request(path);
    expect(res.status).toBe(status);
    expectSecurityHeaders(res.headers);
  });

  it("are on a signed-in admin page and on a refused form", async () => {
    const page = await getAs(t.app, admin, "/admin/en/account");
    expect(page.status).toBe(200);
    expectSecurityHeaders(page.headers);
    const refused = await postFormAs(t.app, admin, "/admin/en/sign-out", {}, "wrong");
    expect(refused.status).toBe(403);
    expectSecurityHeaders(refused.headers);
  });

  it("the pages have no inline script or style the policy would block", async () => {
    for (const path of ["/en/", "/en/places/memorial-test", "/admin/en/sign-in"]) {
      const html = await (await t.app.request(path)).text();
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/<style/);
      expect(html).not.toMatch(/\son[a-z]+=/);
      for (const script of html.match(/<script[^>]*>/g) ?? []) expect(script).toMatch(/src="\/assets\/|type="application\/ld\+json"/);
    }
  });
});
