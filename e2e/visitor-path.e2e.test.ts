/**
 * A visitor's path through the real site in Chromium: home → place → room → person → timeline by
 * clicking, the language switch, the share block with and without JavaScript, and the skip link.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, newContext, startSite, type Site, openRecordingPage } from "./harness.ts";
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

const openPage = (options: Parameters<typeof newContext>[2] = {}) => openRecordingPage(browser, site, options);

const h1 = (page: Page) => page.locator("h1").first().innerText();

describe.skipIf(!hasChromium)("a visitor's path", () => {
  it("goes from home to a place, a room, a person and the timeline by following links", async () => {
    const { page, problems, close } = await openPage();
    await page.goto("/en/");
    await page.getByRole("link", { name: /Museum of the Liberation of Paris/ }).first().click();
    await page.waitForURL("**/en/places/musee-liberation-paris");
    expect(await h1(page)).toContain("Museum of the Liberation of Paris");
    expect(await page.locator(".status").first().innerText()).toMatch(/^(Open now, closes at|Closed (today|now))/);

    await page.getByRole("link", { name: "The permanent exhibitions" }).first().click();
    await page.waitForURL("**/en/exhibitions/musee-liberation-paris-permanent");
    await page.getByRole("link", { name: /underground shelter/i }).first().click();
    await page.waitForURL("**/en/rooms/underground-shelter-of-the-resistance");
    expect(await page.locator("main").innerText()).toMatch(/99 steps/);

    // The room tells the liberation of Paris, whose event page names Colonel Rol.
    await page.locator('main a[href="/en/events/liberation-of-paris"]').first().click();
    await page.waitForURL("**/en/events/liberation-of-paris");
    await page.locator('main a[href="/en/people/henri-rol-tanguy"]').first().click();
    await page.waitForURL("**/en/people/henri-rol-tanguy");
    expect(await page.locator("main").innerText()).toContain("Colonel Rol");

    await page.locator(".site-header").getByRole("link", { name: "Timeline" }).click();
    await page.waitForURL("**/en/timeline");
    const main = await page.locator("main").innerText();
    expect(main.indexOf("6 November 1943")).toBeGreaterThan(-1);
    expect(main.indexOf("6 November 1943")).toBeLessThan(main.indexOf("9 May 1945"));
    expect(problems).toEqual([]);
    await close();
  });

  it("switches language and stays on the same page", async () => {
    const { page, close } = await openPage();
    await page.goto("/en/rooms/reconquest-and-liberation");
    await page.getByRole("link", { name: "Lire cette page en français" }).click();
    await page.waitForURL("**/fr/rooms/reconquest-and-liberation");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    expect((await h1(page)).replace(/\s/g, " ")).toBe("Salle 5 : Reconquête et Libération");
    await page.getByRole("link", { name: "Read this page in English" }).click();
    await page.waitForURL("**/en/rooms/reconquest-and-liberation");
    await close();
  });

  it("offers the share block with JavaScript (copy button) and without it (e-mail link and address)", async () => {
    const withJs = await openPage();
    await withJs.page.goto("/en/places/musee-liberation-paris");
    const share = withJs.page.locator("section.share");
    await expect.poll(() => share.getByRole("button", { name: "Copy link" }).isVisible()).toBe(true);
    expect(withJs.problems).toEqual([]);
    await withJs.close();

    const noJs = await openPage({ javaScriptEnabled: false });
    await noJs.page.goto("/fr/places/musee-liberation-paris");
    const block = noJs.page.locator("section.share");
    expect(await block.getByRole("link", { name: "Envoyer par e-mail" }).getAttribute("href")).toMatch(/^mailto:\?subject=/);
    expect(await block.locator("input").inputValue()).toMatch(/\/fr\/places\/musee-liberation-paris$/);
    expect(await block.getByRole("button", { name: "Copier le lien" }).isVisible()).toBe(false);
    expect(await noJs.page.locator("main").innerText()).toContain("Infos pratiques");
    await noJs.close();
  });

  it("lets a keyboard user skip to the content: Tab reaches the skip link first", async () => {
    const { page, close } = await openPage();
    await page.goto("/en/places/musee-liberation-paris");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    await close();
  });
});
