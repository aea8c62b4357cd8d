/**
 * The header on a phone (375 px): the search box has a label a visitor can read, and the navigation
 * stays on one line in both languages, so the header does not fill the screen.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openRecordingPage, startSite, type Site } from "./harness.ts";
import { hasChromium } from "./chromium.ts";

let site: Site;
let browser: Browser;
beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

const PHONE = { width: 375, height: 667 };

describe.skipIf(!hasChromium)("the header at 375 px", () => {
  for (const locale of ["en", "fr"] as const) {
    it(`${locale}: shows the search box's label and keeps the navigation on one line`, async () => {
      const { page, problems, close } = await openRecordingPage(browser, site, { viewport: PHONE });
      await page.goto(`/${locale}/places/musee-liberation-paris`);
      const tops = await page.locator(".site-header .nav-list li").evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
      const header = await page.locator(".site-header").boundingBox();
      const share = header!.height / PHONE.height;
      console.log(`header at 375 px (${locale}): ${Math.round(header!.height)} px, ${(share * 100).toFixed(1)}% of ${PHONE.height} px; nav lines ${new Set(tops).size}`);
      const label = page.locator('.site-header label[for="site-search-q"]');
      expect(await label.isVisible()).toBe(true);
      const box = await label.boundingBox();
      expect(box!.width).toBeGreaterThan(20);
      expect(box!.height).toBeGreaterThan(8);
      expect((await label.innerText()).trim()).not.toBe("");
      // The input is named by that visible label.
      expect(await page.locator("#site-search-q").evaluate((input: HTMLInputElement) => [...(input.labels ?? [])].map((l) => l.className)))
        .toEqual(["header-search-label"]);
      const rights = await page.locator(".site-header .nav-list li").evaluateAll((items) => items.map((li) => li.getBoundingClientRect().right));
      expect(Math.max(...rights)).toBeLessThanOrEqual(PHONE.width);

      expect(new Set(tops).size, `nav item tops: ${tops.join(", ")}`).toBe(1);
      expect(share).toBeLessThanOrEqual(0.25);
      expect(problems).toEqual([]);
      await close();
    });
  }
});
