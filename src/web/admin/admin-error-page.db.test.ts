import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { getAs, signedInStaff, type SignedIn } from "../../../test/staff.ts";
import { ADMIN_MAX_BODY_MB } from "./admin-error-page.tsx";

let t: TestApp;
let editor: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  editor = await signedInStaff(t.handle.db, {});
});
afterAll(() => t.handle.close());

describe("back office error pages", () => {
  it("answer a refusal with an HTML page in the shell and language of the page", async () => {
    const response = await getAs(t.app, editor, "/admin/fr/audit");
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Action non autorisée");
  });

  it("answer an unknown back office address with a 404 page of the back office", async () => {
    const response = await getAs(t.app, editor, "/admin/en/no-such-page");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("There is no back office page at this address");
  });

  it("refuse a body over the limit before reading it, with 413 and nothing changed", async () => {
    const big = new Uint8Array((ADMIN_MAX_BODY_MB + 1) * 1024 * 1024);
    const response = await t.app.request("/admin/en/content/theme/new", {
      method: "POST", body: big,
      headers: { cookie: editor.cookie, "content-type": "application/x-www-form-urlencoded", "content-length": String(big.length) },
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain(`at most ${ADMIN_MAX_BODY_MB} MB`);
  });
});
