import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { TestBrowser } from "../../../test/staff-browser.ts";

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(() => t.handle.close());

describe("sign-in with a control character", () => {
  it("answers the sign-in page with 400, not a 500", async () => {
    const browser = new TestBrowser(t.app);
    await browser.get("/admin/en/sign-in");
    const res = await browser.post("/admin/en/sign-in", { email: "ana\u0000@example.org", password: "whatever it is" }, { csrf: browser.csrfToken() });
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/<input[^>]*id="email"[^>]*aria-invalid="true"/);
  });
});
