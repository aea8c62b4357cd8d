/**
 * axe-core (WCAG 2.2 AA rule set) on every page template in both languages, at a phone's and a
 * desktop's width, expecting no violation; full-page screenshots of each saved under screenshots/
 * (git-ignored) for a person to look at.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureScreenshotFolder, screenshotAndAxe, WIDTHS } from "./axe.ts";
import { launchChromium, newContext, startSite, type Site } from "./harness.ts";
import { LANGS, TEMPLATES } from "./templates.ts";

let site: Site;
let browser: Browser;

beforeAll(async () => {
  ensureScreenshotFolder();
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function checkAt(page: Page, width: number, path: string, status: number, shot: string): Promise<string> {
  await page.setViewportSize({ width, height: 800 });
  const response = await page.goto(path, { waitUntil: "load" });
  expect(response?.status(), `${path} status`).toBe(status);
  return screenshotAndAxe(page, width, shot, path);
}

describe("accessibility (axe, WCAG 2.2 AA) and screenshots", () => {
  for (const template of TEMPLATES) {
    for (const lang of LANGS) {
      it(`${template.name} (${lang}) has no violation at ${WIDTHS.join(" and ")} px`, async () => {
        const context = await newContext(browser, site, { locale: lang === "fr" ? "fr-FR" : "en-GB" });
        try {
          const page = await context.newPage();
          const reports: string[] = [];
          for (const width of WIDTHS) reports.push(await checkAt(page, width, template.path(lang), template.status, `${template.name}-${lang}`));
          const found = reports.filter(Boolean).join("\n");
          expect(found, `axe violations:\n${found}`).toBe("");
        } finally {
          await context.close();
        }
      });
    }
  }
});
