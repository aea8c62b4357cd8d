/**
 * Searching in Chromium: without JavaScript, the header's form, the results, a filter and the next
 * page; with it, suggestions as one types (a combobox read by screen readers), chosen with the
 * keyboard; and axe on the open list of suggestions.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureScreenshotFolder, screenshotAndAxe } from "./axe.ts";
import { launchChromium, newContext, startSite, type Site, openRecordingPage } from "./harness.ts";
import { hasChromium } from "./chromium.ts";

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

const openPage = (options: Parameters<typeof newContext>[2] = {}) => openRecordingPage(browser, site, options);

// textContent: the kind is written in capitals by the stylesheet only.
const kinds = (page: Page) => page.locator("main .result-kind").allTextContents();
const resultTitles = (page: Page) => page.locator("main .result h3").allInnerTexts();

describe.skipIf(!hasChromium)("the search page without JavaScript", () => {
  it("searches from the header, lists results, goes to the next page and applies a filter", async () => {
    const { page, close } = await openPage({ javaScriptEnabled: false });
    await page.goto("/en/");
    const header = page.getByRole("search", { name: "Search the site" });
    await header.getByRole("searchbox", { name: "Search the site" }).fill("liberation");
    await header.getByRole("button", { name: "Search" }).click();
    await page.waitForURL("**/en/search?q=liberation");
    expect(await page.locator("h1").innerText()).toBe("Search: “liberation”");
    expect(await page.locator("#results-title").innerText()).toMatch(/^\d+ results for “liberation”, page 1 of \d+$/);
    const firstPage = await resultTitles(page);
    expect(firstPage).toHaveLength(20);
    expect(firstPage).toContain("Liberation of Paris");
    expect(await page.locator("#search-q").getAttribute("role")).toBeNull();

    await page.getByRole("navigation", { name: "Pages of results" }).getByRole("link", { name: "Next" }).click();
    await page.waitForURL("**/en/search?q=liberation&page=2");
    const secondPage = await resultTitles(page);
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);

    // The filters are folded away while no filter is set: unfold them first.
    expect(await page.getByLabel("Kind of result").isVisible()).toBe(false);
    await page.locator("main summary", { hasText: "Filters" }).click();
    await page.getByLabel("Kind of result").selectOption("event");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL((url) => url.searchParams.get("kind") === "event" && url.searchParams.get("q") === "liberation");
    expect(new Set(await kinds(page))).toEqual(new Set(["Event"]));
    expect(await resultTitles(page)).toContain("Liberation of Paris");
    await close();
  });
});

describe.skipIf(!hasChromium)("suggestions as you type", () => {
  it("lists suggestions for “rol”, announces them, and goes to one with ArrowDown and Enter", async () => {
    const { page, problems, close } = await openPage();
    await page.goto("/en/search");
    const input = page.locator("#search-q");
    await expect.poll(() => input.getAttribute("role")).toBe("combobox");
    const status = page.locator("main .suggest-status");
    expect(await status.innerText()).toBe("");
    await input.pressSequentially("rol", { delay: 60 });
    const listbox = page.locator(`#${await input.getAttribute("aria-controls")}`);
    await expect.poll(() => listbox.isVisible()).toBe(true);
    expect(await listbox.getAttribute("role")).toBe("listbox");
    expect(await input.getAttribute("aria-expanded")).toBe("true");
    const options = await listbox.getByRole("option").allInnerTexts();
    expect(options.some((o) => o.startsWith("Henri Rol-Tanguy"))).toBe(true);
    await expect.poll(() => status.innerText()).toMatch(/^(1 suggestion|\d+ suggestions)$/);

    await input.press("ArrowDown");
    const first = listbox.getByRole("option").first();
    expect(await first.getAttribute("aria-selected")).toBe("true");
    expect(await input.getAttribute("aria-activedescendant")).toBe(await first.getAttribute("id"));
    await input.press("Escape");
    expect(await listbox.isVisible()).toBe(false);
    expect(await input.getAttribute("aria-expanded")).toBe("false");
    await input.press("ArrowDown");
    await input.press("ArrowDown");
    const chosen = await listbox.locator('[aria-selected="true"]').innerText();
    await input.press("Enter");
    await page.waitForURL((url) => url.pathname !== "/en/search");
    expect(await page.locator("h1").innerText()).toBe(chosen.replace(/\s+\S+$/, ""));
    expect(problems).toEqual([]);
    await close();
  });

  it("says when nothing matches, and submits the form on Enter when no suggestion is chosen", async () => {
    const { page, close } = await openPage({ locale: "fr-FR" });
    await page.goto("/fr/places");
    const input = page.locator("#site-search-q");
    await expect.poll(() => input.getAttribute("role")).toBe("combobox");
    await input.pressSequentially("zzyzxq", { delay: 40 });
    await expect.poll(() => page.locator("header .suggest-status").innerText()).toBe("Aucune suggestion");
    expect(await input.getAttribute("aria-expanded")).toBe("false");
    await input.fill("résistance");
    await input.press("Enter");
    await page.waitForURL("**/fr/search?q=r%C3%A9sistance");
    expect(await page.locator("#results-title").innerText()).toMatch(/^\d+ résultats pour «\s?résistance\s?»/);
    await close();
  });

  it("passes axe with the list of suggestions open", async () => {
    const { page, close } = await openPage();
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/en/search?q=liberation");
      const input = page.locator("#site-search-q");
      await expect.poll(() => input.getAttribute("role")).toBe("combobox");
      await input.pressSequentially("lib", { delay: 60 });
      await expect.poll(() => input.getAttribute("aria-expanded")).toBe("true");
      await input.press("ArrowDown");
      const report = await screenshotAndAxe(page, width, "search-suggestions-en", "search suggestions open");
      expect(report, `axe violations:\n${report}`).toBe("");
    }
    await close();
  });
});
