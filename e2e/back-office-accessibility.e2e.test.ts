/**
 * axe-core (WCAG 2.2 AA) on every back office template in both languages, at a phone's and a
 * desktop's width, expecting no violation, with screenshots saved as screenshots/admin-*.png. Pages
 * reached by a form (errors, a conflict, the second factor) are opened once, then looked at in
 * both widths. Staff accounts are made with the CLI; each signs in once, in its own context.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "../src/lib/locales.ts";
import { ensureScreenshotFolder, screenshotAndAxe, WIDTHS } from "./axe.ts";
import {
  createStaffWithCli, createStaffWithLink, fillSignIn, freshTotpStep, seedWithCli, signIn, staffContext, submit, totpCode, type StaffAccount,
} from "./back-office-harness.ts";
import { launchChromium, startSite, type Site } from "./harness.ts";
import { hasChromium } from "./chromium.ts";
import { LANGS } from "./templates.ts";

const ADMIN: StaffAccount = { email: "ada@example.org", name: "Ada Admin" };
const EDITOR: StaffAccount = { email: "eddie@example.org", name: "Eddie Editor" };
const INVITED: StaffAccount = { email: "iris@example.org", name: "Iris Invited" };
const TWO_FACTOR: StaffAccount = { email: "tom@example.org", name: "Tom Twofactor" };

type Who = "visitor" | "admin" | "editor" | "twoFactor";

interface AdminTemplate {
  name: string;
  who: Who;
  status: number;
  /** Brings `page` to the template in `lang`; resolves to the status the page answered with. */
  open: (page: Page, lang: Locale) => Promise<number>;
}

let site: Site;
let browser: Browser;
let setPasswordPath: string;
/** A booking made at the museum's desk before the templates run, and the day of its visit. */
let deskCode: string;
let deskDate: string;
const DESK = "/desk/musee-liberation-paris";
/** The signed-in context of each member of staff (a visitor gets a new one per test). */
const contexts = new Map<Who, BrowserContext>();

/** A plain GET of the back office page at `path` (after /admin/{lang}). */
const at = (path: string) => async (page: Page, lang: Locale) => (await page.goto(`/admin/${lang}${path}`))!.status();

/** Opens `path`, empties the listed inputs and saves: the form comes back with its errors. */
const savedEmpty = (path: string, labels: (lang: Locale) => string[], save: Record<Locale, string>) => async (page: Page, lang: Locale) => {
  await at(path)(page, lang);
  for (const label of labels(lang)) await page.getByLabel(label).fill("");
  return submit(page, page.getByRole("button", { name: save[lang] }).first());
};

const SAVE = { en: "Save", fr: "Enregistrer" };

const CONTENT: [kind: string, slug: string][] = [
  ["place", "musee-liberation-paris"],
  ["exhibition", "musee-liberation-paris-permanent"],
  ["room", "underground-shelter-of-the-resistance"],
  ["object", "jean-moulin-collection"],
  ["person", "henri-rol-tanguy"],
  ["event", "liberation-of-paris"],
  ["theme", "resistance"],
];

const TEMPLATES: AdminTemplate[] = [
  { name: "sign-in", who: "visitor", status: 200, open: at("/sign-in") },
  {
    name: "sign-in-error", who: "visitor", status: 400,
    open: async (page, lang) => {
      await at("/sign-in")(page, lang);
      return fillSignIn(page, ADMIN.email, lang, "not the right password");
    },
  },
  {
    name: "second-factor", who: "visitor", status: 200,
    open: async (page, lang) => {
      await at("/sign-in")(page, lang);
      const status = await fillSignIn(page, TWO_FACTOR.email, lang);
      expect(new URL(page.url()).pathname).toBe(`/admin/${lang}/sign-in/second-factor`);
      return status;
    },
  },
  { name: "set-password", who: "visitor", status: 200, open: async (page, lang) => (await page.goto(setPasswordPath.replace(/^\/admin\/(en|fr)\//, `/admin/${lang}/`)))!.status() },
  { name: "dashboard", who: "admin", status: 200, open: at("/") },
  ...CONTENT.map(([kind]): AdminTemplate => ({ name: `list-${kind}`, who: "admin", status: 200, open: at(`/content/${kind}`) })),
  ...CONTENT.map(([kind, slug]): AdminTemplate => ({ name: `edit-${kind}`, who: "admin", status: 200, open: at(`/content/${kind}/${slug}`) })),
  {
    name: "edit-errors", who: "admin", status: 400,
    open: savedEmpty("/content/exhibition/musee-liberation-paris-permanent", (l) => (l === "fr" ? ["Titre (anglais)", "Titre (français)"] : ["Title (English)", "Title (French)"]), SAVE),
  },
  {
    name: "version-conflict", who: "admin", status: 409,
    open: async (page, lang) => {
      // Someone else saves the theme after this page was opened; then this page saves. (One theme per
      // language: the tests run at the same time.)
      const theme = `/content/theme/${lang === "fr" ? "liberation" : "occupation"}`;
      const other = await page.context().newPage();
      try {
        await at(theme)(page, lang);
        await at(theme)(other, lang);
        expect(await submit(other, other.getByRole("button", { name: SAVE[lang] }).first())).toBe(200);
      } finally {
        await other.close();
      }
      return submit(page, page.getByRole("button", { name: SAVE[lang] }).first());
    },
  },
  { name: "delete", who: "admin", status: 200, open: at("/content/place/musee-liberation-paris/delete") },
  { name: "account-totp-setup", who: "admin", status: 200, open: at("/account") },
  {
    name: "account-recovery-codes", who: "twoFactor", status: 200,
    open: async (page, lang) => {
      await at("/account")(page, lang);
      const button = lang === "fr" ? "Créer de nouveaux codes de secours" : "Make new recovery codes";
      return submit(page, page.getByRole("button", { name: button }));
    },
  },
  { name: "accounts", who: "admin", status: 200, open: at("/accounts") },
  { name: "account-invite", who: "admin", status: 200, open: at("/accounts/new") },
  {
    name: "account-edit", who: "admin", status: 200,
    open: async (page, lang) => {
      await at("/accounts")(page, lang);
      return submit(page, page.locator("main table a", { hasText: EDITOR.name }));
    },
  },
  { name: "audit", who: "admin", status: 200, open: at("/audit") },
  { name: "data", who: "admin", status: 200, open: at("/data") },
  // The front desk: the day with its bookings, booking (a form with errors, the booked visit), finding, checking in.
  { name: "desk-day", who: "admin", status: 200, open: (page, lang) => at(`${DESK}?date=${deskDate}`)(page, lang) },
  {
    name: "desk-book-errors", who: "admin", status: 400,
    open: async (page, lang) => {
      await at(`${DESK}/book`)(page, lang);
      return submit(page, page.locator("#book-form button[type=submit]"));
    },
  },
  { name: "desk-booked", who: "admin", status: 200, open: (page, lang) => at(`${DESK}/bookings/${deskCode}?done=booked&code=${deskCode}`)(page, lang) },
  { name: "desk-find", who: "admin", status: 200, open: at(`${DESK}/find?q=Visitor`) },
  {
    // Checked in once before the templates: today it says "already admitted", another day "not today" (409 both).
    name: "desk-check-in-result", who: "admin", status: 409,
    open: async (page, lang) => {
      await at(`${DESK}/check-in`)(page, lang);
      await page.locator("#check-in-code").fill(deskCode);
      return submit(page, page.locator("form.desk-check-in button[type=submit]"));
    },
  },
  { name: "403", who: "editor", status: 403, open: at("/accounts") },
  { name: "404", who: "admin", status: 404, open: at("/no-such-page") },
];

beforeAll(async () => {
  ensureScreenshotFolder();
  [site, browser] = await Promise.all([
    startSite({
      prepare: async (env) => {
        await seedWithCli(env); // the editor's place must exist
        await createStaffWithCli(env, ADMIN, "admin");
        await createStaffWithCli(env, EDITOR, { editorOf: "musee-liberation-paris" });
        await createStaffWithCli(env, TWO_FACTOR, "admin");
        setPasswordPath = await createStaffWithLink(env, INVITED);
      },
    }),
    launchChromium(),
  ]);
  const signedIn = async (who: Exclude<Who, "visitor">, account: StaffAccount) => {
    const context = await staffContext(browser, site);
    contexts.set(who, context);
    return signIn(context, account.email);
  };
  const [admin, , twoFactor] = await Promise.all([signedIn("admin", ADMIN), signedIn("editor", EDITOR), signedIn("twoFactor", TWO_FACTOR)]);

  // The administrator's account page shows the second factor being set up (not yet confirmed)...
  await admin.goto("/admin/en/account");
  expect(await submit(admin, admin.getByRole("button", { name: "Set up a second factor" }))).toBe(200);
  await admin.close();
  // ...while the other administrator's is on: signing in as them asks for a code.
  await twoFactor.goto("/admin/en/account");
  expect(await submit(twoFactor, twoFactor.getByRole("button", { name: "Set up a second factor" }))).toBe(200);
  const secret = await twoFactor.locator('section[aria-labelledby="totp-heading"] code').innerText();
  await twoFactor.getByLabel("Code from the app").fill(totpCode(secret, await freshTotpStep(undefined)));
  expect(await submit(twoFactor, twoFactor.getByRole("button", { name: "Turn on the second factor" }))).toBe(200);
  await twoFactor.close();

  // A visit booked at the desk (the shelter is sold only there), checked in once.
  const desk = await contexts.get("admin")!.newPage();
  await desk.goto(`/admin/en${DESK}/book`);
  await desk.locator("#book-slot").selectOption({ index: 1 });
  await desk.locator("#book-party").fill("2");
  await desk.locator("#book-name").fill("Vera Visitor");
  expect(await submit(desk, desk.locator("#book-form button[type=submit]"))).toBe(200);
  deskCode = /\/bookings\/([A-Z0-9]{8})/.exec(desk.url())![1]!;
  deskDate = /date=(\d{4}-\d{2}-\d{2})/.exec(await desk.locator(`main a[href*="?date="]`).first().getAttribute("href") ?? "")![1]!;
  await desk.goto(`/admin/en${DESK}/check-in`);
  await desk.locator("#check-in-code").fill(deskCode);
  expect([200, 409]).toContain(await submit(desk, desk.locator("form.desk-check-in button[type=submit]")));
  await desk.close();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  expect(site?.errorLines() ?? []).toEqual([]);
});

// Concurrent: axe takes most of the time, and pages in Chromium run side by side. No template
// changes what another one shows.
describe.skipIf(!hasChromium).concurrent("back office accessibility (axe, WCAG 2.2 AA) and screenshots", () => {
  for (const template of TEMPLATES) {
    for (const lang of LANGS) {
      it(`${template.name} (${lang}) has no violation at ${WIDTHS.join(" and ")} px`, async ({ expect }) => {
        const own = template.who === "visitor" ? await staffContext(browser, site) : undefined;
        const page = await (own ?? contexts.get(template.who)!).newPage();
        try {
          await page.setViewportSize({ width: WIDTHS[0], height: 800 });
          expect(await template.open(page, lang), `${template.name} (${lang}) status`).toBe(template.status);
          expect(await page.locator("html").getAttribute("lang")).toBe(lang);
          const reports: string[] = [];
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 800 });
            reports.push(await screenshotAndAxe(page, width, `admin-${template.name}-${lang}`, `${template.name} (${lang}, ${page.url()})`));
          }
          const found = reports.filter(Boolean).join("\n");
          expect(found, `axe violations:\n${found}`).toBe("");
        } finally {
          await page.close();
          await own?.close();
        }
      });
    }
  }
});
