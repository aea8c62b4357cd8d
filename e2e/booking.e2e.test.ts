/**
 * A visitor books a timed visit in Chromium with JavaScript off: from the place page to the visit's
 * times, the form (refused once, then sent), the ticket, its .ics file, and cancelling it.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submit } from "./back-office-harness.ts";
import { ONLINE_VISIT_TITLE, PLACE, seedWithOnlineVisit } from "./booking-site.ts";
import { launchChromium, newContext, startSite, type Site } from "./harness.ts";
import { hasChromium } from "./chromium.ts";

let site: Site;
let browser: Browser;
beforeAll(async () => {
  [site, browser] = await Promise.all([startSite({ prepare: seedWithOnlineVisit }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe.skipIf(!hasChromium)("booking a visit without JavaScript", () => {
  it("books, sees the ticket, downloads the .ics and cancels", async () => {
    const context = await newContext(browser, site, { javaScriptEnabled: false, acceptDownloads: true });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const main = page.locator("main");

    await page.goto(`/en/places/${PLACE}`);
    await main.getByRole("link", { name: `Book online (${ONLINE_VISIT_TITLE.en})` }).click();
    await page.waitForURL(`**/en/places/${PLACE}/visits/command-post-tour`);
    expect(await main.innerText()).toContain("99 steps to go down and back up.");

    // Two people: the party is chosen on the page (a GET form), then the first time with room.
    await main.getByLabel("Number of people").selectOption("2");
    await submit(page, main.getByRole("button", { name: "Show the times" }));
    const firstTime = main.locator(".times a.button").first();
    const time = (await firstTime.locator(".visually-hidden").innerText()).trim();
    await firstTime.click();
    await page.waitForURL("**/en/bookings/new?slot=*&party=2");

    await main.getByLabel("Name").fill("Ada Lovelace");
    await main.getByLabel("E-mail address").fill("ada@example");
    expect(await submit(page, main.getByRole("button", { name: "Confirm the booking" }))).toBe(400);
    expect(await main.locator(".error-summary").innerText()).toContain("E-mail address: Enter an e-mail address");
    expect(await main.locator("#booking-acknowledge-error").innerText()).toContain("Tick the box");
    expect(await main.getByLabel("Name").inputValue()).toBe("Ada Lovelace");

    await main.getByLabel("E-mail address").fill("ada@example.org");
    await main.getByLabel(/I have read what this visit requires/).check();
    expect(await submit(page, main.getByRole("button", { name: "Confirm the booking" }))).toBe(200);
    await page.waitForURL(/\/en\/bookings\/[A-Z0-9]{8}\?secret=/);
    const ticket = await main.innerText();
    expect(ticket).toMatch(/Booking code\s+[A-Z0-9]{4}-[A-Z0-9]{4}/);
    expect(ticket).toContain(`at ${time}`);
    expect(ticket).toContain("2 people");
    expect(await main.getByRole("img", { name: /^QR code of booking / }).isVisible()).toBe(true);

    const calendar = main.getByRole("link", { name: "Add to calendar (.ics)" });
    const [download] = await Promise.all([page.waitForEvent("download"), calendar.click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = await page.request.get((await calendar.getAttribute("href"))!);
    expect(ics.headers()["content-type"]).toMatch(/^text\/calendar/);
    expect(await ics.text()).toContain("BEGIN:VCALENDAR");

    await main.getByRole("link", { name: "Cancel this booking" }).click();
    await page.waitForURL(/\/cancel\?secret=/);
    expect(await submit(page, main.getByRole("button", { name: "Yes, cancel the booking" }))).toBe(200);
    expect(await main.innerText()).toContain("Your booking is cancelled; the places are free again.");
    await main.getByRole("link", { name: "Your booking" }).click();
    expect(await main.innerText()).toContain("Status: Cancelled");
    expect(site.errorLines()).toEqual([]);
    await context.close();
  });
});
