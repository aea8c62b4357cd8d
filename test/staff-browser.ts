/**
 * For the staff db tests: accounts with a real password (and second factor), and a small browser
 * that keeps its cookies and sends the CSRF token of the last form it was shown.
 */
import { eq } from "drizzle-orm";
import type { Database } from "../src/db/database.ts";
import { accounts, recoveryCodes } from "../src/db/schema/accounts.ts";
import { auditLog } from "../src/db/schema/audit.ts";
import { hashPassword } from "../src/features/staff/passwords.ts";
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret } from "../src/features/staff/totp.ts";
import { testSecrets } from "./secrets.ts";

export const PASSWORD = "a long enough passphrase";

export interface TestAccount {
  id: number;
  email: string;
  password: string;
  totpSecret?: string;
  recoveryCodes?: string[];
}

let counter = 0;

export async function accountWithPassword(db: Database, o: { email?: string; isAdministrator?: boolean; totp?: boolean; locale?: "en" | "fr" } = {}): Promise<TestAccount> {
  const email = o.email ?? `person-${++counter}@example.org`;
  const totpSecret = o.totp ? newTotpSecret() : undefined;
  const [row] = await db.insert(accounts).values({
    email, name: `Person ${counter}`, isAdministrator: o.isAdministrator ?? false, locale: o.locale ?? "en",
    passwordHash: await hashPassword(PASSWORD), totpSecret: totpSecret && testSecrets.seal(totpSecret), totpEnabledAt: totpSecret ? new Date(0) : null,
  }).returning({ id: accounts.id });
  const codes = o.totp ? newRecoveryCodes() : undefined;
  if (codes) await db.insert(recoveryCodes).values(codes.map((c) => ({ accountId: row!.id, codeHash: hashRecoveryCode(c) })));
  return { id: row!.id, email, password: PASSWORD, totpSecret, recoveryCodes: codes };
}

/** Audit entries of an action, oldest first. */
export const auditEntries = (db: Database, action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(auditLog.id);

interface RequestApp {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

export interface Page {
  status: number;
  headers: Headers;
  html: string;
  location: string | null;
}

/** A browser without JavaScript: cookies in, cookies out, forms posted with the token they carry. */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  lastHtml = "";

  constructor(private readonly app: RequestApp, private readonly extraHeaders: Record<string, string> = {}) {}

  private async send(path: string, init: RequestInit = {}): Promise<Page> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await this.app.request(path, { ...init, headers: { ...this.extraHeaders, ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const html = await res.text();
    if (res.headers.get("content-type")?.includes("text/html")) this.lastHtml = html;
    return { status: res.status, headers: res.headers, html, location: res.headers.get("location") };
  }

  get(path: string): Promise<Page> {
    return this.send(path);
  }

  /** The `_csrf` value of the last page's first form. */
  csrfToken(): string | undefined {
    return /name="_csrf" value="([^"]*)"/.exec(this.lastHtml)?.[1];
  }

  /** Posts a form; `_csrf` is the last page's unless given (null: none at all). */
  post(path: string, fields: Record<string, string> = {}, o: { csrf?: string | null; headers?: Record<string, string> } = {}): Promise<Page> {
    const body = new URLSearchParams();
    const token = o.csrf === undefined ? this.csrfToken() : o.csrf;
    if (token !== null && token !== undefined) body.append("_csrf", token);
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    return this.send(path, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...o.headers }, body: body.toString() });
  }

  /** Shows the sign-in page, then signs in. */
  async signIn(email: string, password: string, locale: "en" | "fr" = "en", next?: string): Promise<Page> {
    const query = next ? `?next=${encodeURIComponent(next)}` : "";
    await this.get(`/admin/${locale}/sign-in${query}`);
    return this.post(`/admin/${locale}/sign-in${query}`, { email, password });
  }
}

/** Text of an HTML page without tags, whitespace collapsed. */
export const textOf = (html: string) => html.replace(/<[^>]*>/g, " ").replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
