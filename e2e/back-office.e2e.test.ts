/**
 * A member of staff in the back office, in Chromium against the real server: signing in (with
 * JavaScript and without), editing a place in both languages and seeing it on the public site,
 * creating, previewing and publishing an exhibition, the second factor with its replay protection
 * and recovery codes, and validation errors in French. The editing flows run without JavaScript.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, startSite, type Site } from "./harness.ts";
import { hasChromium } from "./chromium.ts";
import {
  createStaffWithCli, fillSignIn, freshTotpStep, signIn, staffContext, submit, totpCode, type StaffAccount,
} from "./back-office-harness.ts";

const ADMIN: StaffAccount = { email: "ada@example.org", name: "Ada Admin" };
const TOTP_ADMIN: StaffAccount = { email: "tom@example.org", name: "Tom Twofactor" };

let site: Site;
let browser: Browser;
/** Signed in once as ADMIN, JavaScript off: the editing tests share its page. */
let page: Page;

beforeAll(async () => {
  [site, browser] = await Promise.all([
    startSite({
      prepare: async (env) => {
        await createStaffWithCli(env, ADMIN, "admin");
        await createStaffWithCli(env, TOTP_ADMIN, "admin");
      },
    }),
    launchChromium(),
  ]);
  page = await signIn(await staffContext(browser, site, { javaScriptEnabled: false }), ADMIN.email);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  // The server must not have logged an error while staff used it.
  expect(site?.errorLines() ?? []).toEqual([]);
});

const h1 = (p: Page) => p.locator("h1").first().innerText();
const flash = (p: Page) => p.locator("main p.flash").innerText();
const pathOf = (p: Page) => new URL(p.url()).pathname;

/** The error message shown beside an input marked invalid (the last element describing it). */
async function errorBeside(input: Locator): Promise<string> {
  expect(await input.getAttribute("aria-invalid")).toBe("true");
  const ids = (await input.getAttribute("aria-describedby"))?.split(" ") ?? [];
  const error = input.page().locator(`#${ids.at(-1)}`);
  expect(await error.getAttribute("class")).toBe("error");
  return error.innerText();
}

describe.skipIf(!hasChromium)("signing in without a second factor", () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`sends a signed-out visitor to the sign-in page, then to the dashboard (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const context = await staffContext(browser, site, { javaScriptEnabled });
      try {
        const p = await context.newPage();
        await p.goto("/admin/en/");
        expect(pathOf(p)).toBe("/admin/en/sign-in");
        expect(new URL(p.url()).searchParams.get("next")).toBe("/admin/en/");
        expect(await h1(p)).toBe("Sign in");
        expect(await p.getByRole("button", { name: "Sign out", exact: true }).count()).toBe(0);

        // A wrong password: told beside the field, without saying whether the account exists.
        expect(await fillSignIn(p, ADMIN.email, "en", "not the right password")).toBe(400);
        expect(await p.locator("#email-error").innerText()).toBe("E-mail or password is not right");
        expect(await p.getByLabel("E-mail address").inputValue()).toBe(ADMIN.email);

        expect(await fillSignIn(p, ADMIN.email)).toBe(200);
        expect(pathOf(p)).toBe("/admin/en/");
        expect(await h1(p)).toBe("Dashboard");
        expect(await p.locator("header").innerText()).toContain(`Signed in as ${ADMIN.name}`);
        expect(await p.locator("main table").innerText()).toContain("Museum of the Liberation of Paris");
      } finally {
        await context.close();
      }
    });
  }
});

describe.skipIf(!hasChromium)("editing (JavaScript off)", () => {
  it("saves a place's tagline in English and French, and the public pages show both on the next request", async () => {
    const en = "Where Paris rose up in August 1944: edited in the back office";
    const fr = "Là où Paris s'est soulevé en août 1944 : modifié dans l'administration";
    await page.goto("/admin/en/content/place/musee-liberation-paris");
    expect(await h1(page)).toMatch(/^Edit the place “Museum of the Liberation of Paris/);
    const taglineEn = page.getByLabel("Tagline (English)");
    const taglineFr = page.getByLabel("Tagline (French)");
    expect(await taglineEn.inputValue()).toBe("A museum that traces the occupation and liberation of Paris");
    await taglineEn.fill(en);
    await taglineFr.fill(fr);
    expect(await submit(page, page.getByRole("button", { name: "Save" }).first())).toBe(200);
    expect(await flash(page)).toBe("Saved.");
    expect(await taglineEn.inputValue()).toBe(en);
    expect(await taglineFr.inputValue()).toBe(fr);

    await page.goto("/en/places/musee-liberation-paris");
    expect(await page.locator("main .lead").innerText()).toBe(en);
    await page.goto("/fr/places/musee-liberation-paris");
    expect(await page.locator("main .lead").innerText()).toBe(fr);
  });

  it("creates an exhibition as a draft that the public cannot see, previews it, publishes it, and then the public sees it", async () => {
    const slug = "posters-of-the-liberation";
    await page.goto("/admin/en/content/exhibition/new");
    await page.getByLabel("Identifier (slug)").fill(slug);
    await page.getByLabel("Place").selectOption("musee-liberation-paris");
    await page.getByLabel("Kind").selectOption("temporary");
    await page.getByLabel("Title (English)").fill("Posters of the Liberation");
    await page.getByLabel("Title (French)").fill("Les affiches de la Libération");
    await page.getByLabel("Summary (English)").fill("Posters pasted on the walls of Paris in August 1944.");
    await page.getByLabel("Summary (French)").fill("Les affiches collées sur les murs de Paris en août 1944.");
    expect(await submit(page, page.getByRole("button", { name: "Create as a draft" }).first())).toBe(200);
    expect(pathOf(page)).toBe(`/admin/en/content/exhibition/${slug}`);
    expect(await flash(page)).toBe("Created as a draft.");
    expect(await page.locator("main .badge").first().innerText()).toBe("Draft");

    // Even a signed-in editor's browser gets the public 404 for a draft.
    expect((await page.goto(`/en/exhibitions/${slug}`))?.status()).toBe(404);

    await page.goto(`/admin/en/content/exhibition/${slug}`);
    expect(await submit(page, page.getByRole("link", { name: "Preview" }))).toBe(200);
    expect(pathOf(page)).toBe(`/admin/en/content/exhibition/${slug}/preview`);
    expect(await page.locator(".preview-banner").innerText()).toBe("Preview — not published");
    expect(await h1(page)).toContain("Posters of the Liberation");

    await submit(page, page.locator(".preview-banner a"));
    expect(pathOf(page)).toBe(`/admin/en/content/exhibition/${slug}`);
    expect(await submit(page, page.getByRole("button", { name: "Publish" }))).toBe(200);
    expect(await flash(page)).toBe("Published: the public site shows it now.");
    expect(await page.locator("main .badge").first().innerText()).toBe("Published");

    expect((await page.goto(`/en/exhibitions/${slug}`))?.status()).toBe(200);
    expect(await h1(page)).toContain("Posters of the Liberation");
    expect(await page.locator(".preview-banner").count()).toBe(0);
    expect((await page.goto(`/fr/exhibitions/${slug}`))?.status()).toBe(200);
    expect(await h1(page)).toContain("Les affiches de la Libération");
  });

  it("shows the errors of an invalid form beside the fields in French, links to them from a summary, and saves nothing", async () => {
    const path = "/admin/fr/content/exhibition/musee-liberation-paris-permanent";
    await page.goto(path);
    const summaryFr = page.getByLabel("Résumé (français)");
    const storedSummary = await summaryFr.inputValue();
    const storedTitle = await page.getByLabel("Titre (français)").inputValue();
    await summaryFr.fill("Ce résumé ne doit pas être enregistré.");
    await page.getByLabel("Titre (anglais)").fill("");
    await page.getByLabel("Titre (français)").fill("");
    const save = page.getByRole("button", { name: "Enregistrer" }).first();
    const errorSummary = page.locator("main .error-summary");
    const links = errorSummary.getByRole("link");

    // First a missing title: the summary links to the title's input, beside which the same message stands.
    expect(await submit(page, save)).toBe(400);
    expect(pathOf(page)).toBe(path);
    expect(await errorSummary.getByRole("heading").innerText()).toBe("Il y a un problème");
    const titleEn = page.getByLabel("Titre (anglais)");
    const besideTitle = await errorBeside(titleEn);
    expect(besideTitle).toBe("Ce champ est obligatoire.");
    expect(await links.allInnerTexts()).toEqual([`Titre\u00a0: ${besideTitle}`]);
    expect(await links.first().getAttribute("href")).toBe(`#${await titleEn.getAttribute("id")}`);
    // What was typed is kept for correcting.
    expect(await summaryFr.inputValue()).toBe("Ce résumé ne doit pas être enregistré.");

    // Then dates in the wrong order: the error sits beside the date, in French, and the summary's link puts the cursor there.
    await page.getByLabel("Titre (français)").fill(storedTitle);
    await page.getByLabel("Ouvre le").fill("1945-05-08");
    await page.getByLabel("Ferme le").fill("1944-08-25");
    expect(await submit(page, save)).toBe(400);
    const closes = page.getByLabel("Ferme le");
    const besideClosing = await errorBeside(closes);
    expect(besideClosing).toBe("La date de fermeture ne doit pas précéder la date d'ouverture.");
    expect(await links.allInnerTexts()).toEqual([`Ferme le\u00a0: ${besideClosing}`]);
    await links.first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await closes.getAttribute("id"));

    // Nothing of either attempt was saved.
    await page.goto(path);
    expect(await summaryFr.inputValue()).toBe(storedSummary);
    expect(await page.getByLabel("Ferme le").inputValue()).not.toBe("1944-08-25");
  });
});

describe.skipIf(!hasChromium)("signing in with a second factor (TOTP)", () => {
  it("sets up TOTP on the account page, then asks for a fresh code after the password, and takes each recovery code once", async () => {
    const context = await staffContext(browser, site);
    try {
      const p = await signIn(context, TOTP_ADMIN.email);
      await p.goto("/admin/en/account");
      const section = p.locator('section[aria-labelledby="totp-heading"]');
      expect(await section.innerText()).toContain("No second factor yet");
      expect(await submit(p, section.getByRole("button", { name: "Set up a second factor" }))).toBe(200);

      const secret = (await section.locator("code").innerText()).replace(/\s+/g, "");
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      const confirmedStep = await freshTotpStep(undefined);
      await section.getByLabel("Code from the app").fill(totpCode(secret, confirmedStep));
      expect(await submit(p, section.getByRole("button", { name: "Turn on the second factor" }))).toBe(200);
      expect(await flash(p)).toBe("The second factor is on.");
      const recoveryCodes = await p.locator(".recovery-codes code").allInnerTexts();
      expect(recoveryCodes).toHaveLength(10);

      const signOut = async () => {
        expect(await submit(p, p.getByRole("button", { name: "Sign out", exact: true }))).toBe(200);
        expect(await flash(p)).toBe("You are signed out.");
      };
      const password = async () => {
        expect(await fillSignIn(p, TOTP_ADMIN.email)).toBe(200);
        expect(pathOf(p)).toBe("/admin/en/sign-in/second-factor");
        expect(await h1(p)).toBe("Second factor");
      };
      const code = async (typed: string) => {
        await p.getByLabel("Code").fill(typed);
        return submit(p, p.getByRole("button", { name: "Continue" }));
      };
      const refused = async () => expect(await p.locator("#code-error").innerText()).toBe("This code is not right, or was already used");
      const onDashboard = async () => {
        expect(pathOf(p)).toBe("/admin/en/");
        expect(await h1(p)).toBe("Dashboard");
      };

      await signOut();
      await password();
      // The password alone does not open the back office.
      await p.goto("/admin/en/");
      expect(pathOf(p)).toBe("/admin/en/sign-in");
      await p.goto("/admin/en/sign-in/second-factor");
      expect(await h1(p)).toBe("Second factor");
      // The code that turned TOTP on was used already: replaying it is refused.
      expect(await code(totpCode(secret, confirmedStep))).toBe(400);
      await refused();
      expect(await code(totpCode(secret, await freshTotpStep(confirmedStep)))).toBe(200);
      await onDashboard();

      await signOut();
      await password();
      expect(await code(recoveryCodes[0]!)).toBe(200);
      await onDashboard();

      await signOut();
      await password();
      expect(await code(recoveryCodes[0]!)).toBe(400);
      await refused();
      expect(await code(recoveryCodes[1]!.toUpperCase())).toBe(200);
      await onDashboard();
      await p.goto("/admin/en/account");
      expect(await section.innerText()).toContain("8 unused recovery codes left.");
    } finally {
      await context.close();
    }
  });
});
