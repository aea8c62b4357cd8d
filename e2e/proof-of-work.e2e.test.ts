/**
 * The proof-of-work field in Chromium: the self-hosted widget loads under the site's CSP without a
 * violation and without asking any other server, ticking its box (labelled in the page's language)
 * solves a challenge, and the form then posts an `altcha` field the server judges valid, once.
 * Without JavaScript the page says why the form cannot be sent.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proofOfWorkText } from "../src/features/limits/proof-of-work.page-text.ts";
import { hasChromium } from "./chromium.ts";
import { launchChromium } from "./harness.ts";
import { startProofSite, type ProofSite } from "./proof-of-work-site.tsx";

let site: ProofSite;
let browser: Browser;
beforeAll(async () => {
  [site, browser] = await Promise.all([startProofSite(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** A page that records console errors, page errors, CSP violations and every address it asks for. */
async function recordingPage(options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ baseURL: site.url, ...options });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const problems: string[] = [];
  const requested: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => requested.push(r.url()));
  await page.exposeFunction("reportViolation", (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { page, problems, requested, close: () => context.close() };
}

const payloadField = (page: Page) => page.locator(`form input[type="hidden"][name="altcha"]`);

describe.skipIf(!hasChromium)("the proof-of-work field", () => {
  it("solves the challenge when ticked and posts a proof the server accepts once", async () => {
    const { page, problems, requested, close } = await recordingPage();
    await page.goto("/en/proof");
    const checkbox = page.getByRole("checkbox", { name: proofOfWorkText("en").widget.label });
    // Where a visitor clicks: the middle of the box (its check mark, drawn over it, takes the click along).
    const box = (await checkbox.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => payloadField(page).inputValue(), { timeout: 60_000 }).not.toBe("");
    expect(await page.locator("altcha-widget").innerText()).toContain(proofOfWorkText("en").widget.verified);

    await Promise.all([page.waitForURL("**/en/proof"), page.getByRole("button", { name: "Send" }).click()]);
    expect(await page.locator("#verdict").innerText()).toBe("valid");
    const sent = site.posted.at(-1)!;
    const solution = JSON.parse(Buffer.from(sent.payload!, "base64").toString()).solution;
    console.log(`The widget solved its challenge in ${solution.time} ms (counter ${solution.counter}, ${await page.evaluate(() => navigator.hardwareConcurrency)} cores).`);

    // The same proof again (a form sent twice, or copied by a script) is not accepted.
    const again = await page.request.post("/en/proof", { form: { altcha: sent.payload! } });
    expect(await again.text()).toContain("replayed");

    expect(problems).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(site.url))).toEqual([]);
    expect(requested.some((url) => /\/assets\/altcha\/[^/]+\/pbkdf2\.js$/.test(url))).toBe(true);
    await close();
  });

  it("is labelled in French on a French page", async () => {
    const { page, problems, close } = await recordingPage();
    const postedBefore = site.posted.length;
    await page.goto("/fr/proof");
    const fr = proofOfWorkText("fr").widget;
    const checkbox = page.getByRole("checkbox", { name: fr.label });
    await expect.poll(() => checkbox.count()).toBe(1);
    // Sent before ticking: the form stays, and the browser says why in French.
    await page.getByRole("button", { name: "Send" }).click();
    expect(await checkbox.evaluate((input) => (input as HTMLInputElement).validationMessage)).toBe(proofOfWorkText("fr").mustTick);
    expect(site.posted.length).toBe(postedBefore);
    expect(await page.locator("altcha-widget").innerText()).not.toContain(proofOfWorkText("en").widget.label);
    expect(problems).toEqual([]);
    await close();
  });

  it("says why the form cannot be sent without JavaScript, in the page's language", async () => {
    const { page, close } = await recordingPage({ javaScriptEnabled: false });
    await page.goto("/fr/proof");
    expect(await page.locator("main").innerText()).toContain(proofOfWorkText("fr").noScript);
    await close();
  });
});
