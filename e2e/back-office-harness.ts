/**
 * What the back office browser tests share: staff accounts made with the real CLI before the server
 * starts, signing in through the sign-in page, submitting a form and reading the status the browser
 * ends on, and the authenticator app's code for a TOTP secret.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { Secret, TOTP } from "otpauth";
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { runCli } from "../test/server-process.ts";
import type { Locale } from "../src/lib/locales.ts";
import { newContext, type Site } from "./harness.ts";

/** The password of every account the tests make (12+ characters, not a common one). */
export const STAFF_PASSWORD = "lantern orchard gravel 1944";

export interface StaffAccount {
  email: string;
  name: string;
}

async function cli(env: Record<string, string>, args: string[], stdin = ""): Promise<string> {
  const run = await runCli(args, env, stdin);
  if (run.code !== 0) throw new Error(`remembrance ${args.join(" ")} exited with ${run.code}:\n${run.stderr}${run.stdout}`);
  return run.stdout;
}

/** Loads the default dataset with the CLI, so accounts can be given places before the server starts. */
export const seedWithCli = (env: Record<string, string>) => cli(env, ["seed"]);

/** `user create` with the password on standard input. */
export async function createStaffWithCli(env: Record<string, string>, account: StaffAccount, role: "admin" | { editorOf: string }): Promise<void> {
  const roleArgs = role === "admin" ? ["--role", "admin"] : ["--role", "editor", "--place", role.editorOf];
  await cli(env, ["user", "create", "--email", account.email, "--name", account.name, ...roleArgs], `${STAFF_PASSWORD}\n`);
}

/** `user create --link`: resolves to the path of the one-time set-password link it printed (`/admin/en/set-password?token=...`). */
export async function createStaffWithLink(env: Record<string, string>, account: StaffAccount): Promise<string> {
  const out = await cli(env, ["user", "create", "--email", account.email, "--name", account.name, "--role", "admin", "--link"]);
  const path = /\/admin\/(?:en|fr)\/set-password\?token=\S+/.exec(out)?.[0];
  if (!path) throw new Error(`no one-time link in the output of user create --link:\n${out}`);
  return path;
}

/**
 * Clicks `button` (which submits a form or follows a link) and resolves to the status of the page the
 * browser ends on, after any redirect: 200, or 400 for a form shown again with its errors.
 */
export async function submit(page: Page, button: Locator): Promise<number> {
  const landed = page.waitForResponse((r) =>
    r.request().isNavigationRequest() && r.frame() === page.mainFrame() && (r.status() < 300 || r.status() >= 400));
  await button.click();
  const response = await landed;
  await page.waitForLoadState("load");
  return response.status();
}

/** A new context on the site whose waits give up after 15 s (a missing element fails fast, naming itself). */
export async function staffContext(browser: Browser, site: Site, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await newContext(browser, site, options);
  context.setDefaultTimeout(15_000);
  return context;
}

/** Fills the sign-in form already shown on `page` and sends it; resolves to the status of the page it leads to. */
export async function fillSignIn(page: Page, email: string, lang: Locale = "en", password = STAFF_PASSWORD): Promise<number> {
  const words = lang === "fr" ? { email: "Adresse e-mail", password: "Mot de passe", button: "Se connecter" } : { email: "E-mail address", password: "Password", button: "Sign in" };
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.password, { exact: true }).fill(password);
  return submit(page, page.locator("main").getByRole("button", { name: words.button }));
}

/** Signs `context` in through the sign-in page (once per context) and leaves the page on the dashboard. */
export async function signIn(context: BrowserContext, email: string, lang: Locale = "en"): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/admin/${lang}/sign-in`);
  const status = await fillSignIn(page, email, lang);
  if (status !== 200 || new URL(page.url()).pathname !== `/admin/${lang}/`) {
    throw new Error(`signing in as ${email} ended on ${page.url()} (${status}): ${await page.locator("main").innerText()}`);
  }
  return page;
}

const PERIOD_S = 30;

/** The time step an authenticator app is in at `ms` (RFC 6238, 30 seconds). */
export const totpStepAt = (ms: number) => TOTP.counter({ period: PERIOD_S, timestamp: ms });

/** The 6-digit code an authenticator app shows for `secret` (base32, spaces allowed) during time step `step`. */
export function totpCode(secret: string, step: number): string {
  const totp = new TOTP({ algorithm: "SHA1", digits: 6, period: PERIOD_S, secret: Secret.fromBase32(secret.replace(/\s+/g, "")) });
  return totp.generate({ timestamp: step * PERIOD_S * 1000 });
}

/**
 * The step whose code to type now, given the last step the server accepted: the current one, else
 * the next (the server refuses a step twice but accepts the next one early). When even the next is
 * used, waits for the clock to reach a new step, by its number.
 */
export async function freshTotpStep(lastUsed: number | undefined): Promise<number> {
  for (;;) {
    const now = totpStepAt(Date.now());
    if (lastUsed === undefined || lastUsed < now) return now;
    if (lastUsed === now) return now + 1;
    await sleep((now + 1) * PERIOD_S * 1000 - Date.now() + 50);
  }
}
