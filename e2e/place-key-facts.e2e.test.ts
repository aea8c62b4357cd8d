/**
 * What a visitor meets first on a place page, in Chromium: the key facts within the first screen of a
 * phone (375×667), printed on page 1 without the site's navigation, one "Copy link" in the share block,
 * and a keyboard focus that goes down the page, never back up to the sidebar.
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

const PHONE = { viewport: { width: 375, height: 667 } };
/** An A4 page's height at 96 dpi, in CSS pixels. */
const A4_PX = 1123;
const bottomOf = (page: import("playwright-core").Page, selector: string) =>
  page.locator(selector).evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);

describe.skipIf(!hasChromium)("a place page's key facts", () => {
  it("fit in the first screen of a phone, after the header, in English and French", async () => {
    const { page, problems, close } = await openRecordingPage(browser, site, PHONE);
    for (const [lang, week] of [["en", "Tue–Sun 10:00–18:00 · closed Mondays"], ["fr", "mar.–dim. 10:00–18:00 · fermé le lundi"]]) {
      await page.goto(`/${lang}/places/musee-liberation-paris`);
      const facts = page.locator(".key-facts");
      expect(await facts.innerText()).toContain(week);
      expect(await facts.innerText()).toMatch(/99/);
      const bottom = await bottomOf(page, ".key-facts");
      expect([lang, bottom, bottom <= 667]).toEqual([lang, bottom, true]);
      expect(await bottomOf(page, ".site-header")).toBeLessThan(await facts.evaluate((e) => e.getBoundingClientRect().top + window.scrollY));
    }
    expect(problems).toEqual([]);
    await close();
  });

  it("print on page 1 without the navigation, and on few A4 pages", async () => {
    const { page, close } = await openRecordingPage(browser, site);
    await page.goto("/en/places/musee-liberation-paris");
    await page.emulateMedia({ media: "print" });
    expect(await bottomOf(page, ".key-facts")).toBeLessThanOrEqual(A4_PX);
    for (const chrome of [".site-header nav", ".header-search", ".language-switch", ".share", ".site-footer", ".breadcrumb"]) {
      expect([chrome, await page.locator(chrome).first().isVisible()]).toEqual([chrome, false]);
    }
    expect(await page.locator(".site-header").evaluate((e) => getComputedStyle(e).backgroundColor)).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(3);
    await close();
  });

  it("offer one “Copy link” with JavaScript (the button, the address field put away)", async () => {
    const { page, close } = await openRecordingPage(browser, site);
    await page.goto("/en/places/musee-liberation-paris");
    const share = page.locator("section.share");
    await expect.poll(() => share.getByRole("button", { name: "Copy link" }).isVisible()).toBe(true);
    expect(await share.getByText("Copy link").evaluateAll((all) => all.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(1);
    expect(await share.locator("input").isVisible()).toBe(false);
    await close();
  });

  it("move the keyboard focus down the page on a desktop, never back up to the sidebar", async () => {
    const { page, close } = await openRecordingPage(browser, site, { viewport: { width: 1280, height: 800 } });
    await page.goto("/en/places/musee-liberation-paris");
    await page.locator("main").focus();
    const tops: number[] = [];
    const hrefs: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const at = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || !e.closest("main") || e.closest(".share")) return null;
        return { top: e.getBoundingClientRect().top + window.scrollY, href: e.getAttribute("href") ?? "" };
      });
      if (!at) break;
      tops.push(at.top);
      hrefs.push(at.href);
    }
    expect(tops.length).toBeGreaterThan(10);
    for (let i = 1; i < tops.length; i++) expect([hrefs[i], tops[i]! >= tops[i - 1]! - 1]).toEqual([hrefs[i], true]);
    // No two stops in a row lead to the same place.
    for (let i = 1; i < hrefs.length; i++) if (hrefs[i]!.includes("/places/")) expect(hrefs[i]).not.toBe(hrefs[i - 1]);
    await close();
  });
});
