/**
 * axe-core (WCAG 2.2 AA rule set) on every page template in both languages, at a phone's and a
 * desktop's width, expecting no violation; full-page screenshots of each saved under screenshots/
 * (git-ignored) for a person to look at. The site also offers a visit booked online, so the booking
 * path (a visit's times, the form with its errors, the ticket, cancelling) is checked too.
 */
import type { BrowserContext, Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "../src/lib/locales.ts";
import { ensureScreenshotFolder, screenshotAndAxe, WIDTHS } from "./axe.ts";
import { submit } from "./back-office-harness.ts";
import { bookThroughApi, firstOpenSlot, ONLINE_VISIT, PLACE, seedWithOnlineVisit } from "./booking-site.ts";
import { launchChromium, newContext, startSite, type Site } from "./harness.ts";
import { hasChromium } from "./chromium.ts";
import { LANGS, TEMPLATES } from "./templates.ts";

let site: Site;
let browser: Browser;

beforeAll(async () => {
  ensureScreenshotFolder();
  [site, browser] = await Promise.all([startSite({ prepare: seedWithOnlineVisit }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** At each width: `show` brings the page up, then a screenshot and axe; resolves to the violations found, if any. */
async function checkAtEveryWidth(page: Page, shot: string, label: string, show: () => Promise<void>): Promise<string> {
  const reports: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await show();
    reports.push(await screenshotAndAxe(page, width, shot, label));
  }
  return reports.filter(Boolean).join("\n");
}

async function inContext(lang: Locale, check: (page: Page) => Promise<string>) {
  const context: BrowserContext = await newContext(browser, site, { locale: lang === "fr" ? "fr-FR" : "en-GB" });
  try {
    const found = await check(await context.newPage());
    expect(found, `axe violations:\n${found}`).toBe("");
  } finally {
    await context.close();
  }
}

const opens = (page: Page, path: string, status: number) => async () => {
  const response = await page.goto(path, { waitUntil: "load" });
  expect(response?.status(), `${path} status`).toBe(status);
};

describe.skipIf(!hasChromium)("accessibility (axe, WCAG 2.2 AA) and screenshots", () => {
  for (const template of TEMPLATES) {
    for (const lang of LANGS) {
      it(`${template.name} (${lang}) has no violation at ${WIDTHS.join(" and ")} px`, () =>
        inContext(lang, (page) => checkAtEveryWidth(page, `${template.name}-${lang}`, template.path(lang), opens(page, template.path(lang), template.status))));
    }
  }
});

describe.skipIf(!hasChromium)("accessibility of the booking path", () => {
  let slotId = 0;
  let booking = { ticket: "", cancel: "" };
  beforeAll(async () => {
    slotId = (await firstOpenSlot(site)).id;
    booking = await bookThroughApi(site, slotId);
  });

  const pages: { name: string; path: (lang: Locale) => string }[] = [
    { name: "visit-online", path: (l) => `/${l}/places/${PLACE}/visits/${ONLINE_VISIT}` },
    { name: "booking-form", path: (l) => `/${l}/bookings/new?slot=${slotId}&party=2` },
    { name: "ticket", path: (l) => `/${l}${booking.ticket}` },
    { name: "cancel", path: (l) => `/${l}${booking.cancel}` },
  ];
  for (const template of pages) {
    for (const lang of LANGS) {
      it(`${template.name} (${lang}) has no violation`, () =>
        inContext(lang, (page) => checkAtEveryWidth(page, `${template.name}-${lang}`, template.path(lang), opens(page, template.path(lang), 200))));
    }
  }

  for (const lang of LANGS) {
    it(`the booking form with its errors (${lang}) has no violation`, () =>
      inContext(lang, (page) => checkAtEveryWidth(page, `booking-form-errors-${lang}`, `booking form errors (${lang})`, async () => {
        await opens(page, pages[1]!.path(lang), 200)();
        await page.locator("main input[type=email]").fill("not-an-address");
        expect(await submit(page, page.locator("main .booking-form button[type=submit]"))).toBe(400);
        expect(await page.locator(".error-summary li").count()).toBe(3);
      })));
  }
});
