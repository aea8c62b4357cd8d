/** `remembrance user create` through the real executable, on an embedded database in a temp folder. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/server-process.ts";
import { openPglite } from "../db/database.ts";
import { auditLog } from "../db/schema/audit.ts";
import { TestBrowser } from "../../test/staff-browser.ts";
import { testSecrets } from "../../test/secrets.ts";
import { silentLogger } from "../lib/logger.ts";
import { createApp } from "../app/create-app.ts";
import { PageCache } from "../web/page-cache.ts";

const folder = mkdtempSync(join(tmpdir(), "rm-user-"));
const env = { DATA_DIR: join(folder, "data"), DATABASE_URL: "", PUBLIC_URL: "https://museum.example", LOG_LEVEL: "warn" };
const user = (args: string[], stdin = "") => runCli(["user", ...args], env, stdin);

let created: Awaited<ReturnType<typeof user>>;
let duplicate: Awaited<ReturnType<typeof user>>;
let linked: Awaited<ReturnType<typeof user>>;

beforeAll(async () => {
  created = await user(["create", "--email", "Root@Example.org", "--role", "admin", "--name", "Root"], "a long enough passphrase\n");
  duplicate = await user(["create", "--email", "root@example.org", "--role", "admin"], "another long passphrase\n");
  linked = await user(["create", "--email", "invited@example.org", "--role", "admin", "--locale", "fr"]);
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("remembrance user create", () => {
  it("creates an account with the password from standard input and says so", () => {
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("Created the account root@example.org (administrator).");
  });

  it("refuses an e-mail that already has an account, with exit code 1", () => {
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain("an account with the e-mail root@example.org already exists; nothing was changed.");
  });

  it("prints a one-time link when no password is given", () => {
    expect(linked.code).toBe(0);
    expect(linked.stdout).toMatch(/https:\/\/museum\.example\/admin\/fr\/set-password\?token=[A-Za-z0-9_-]{43}\n/);
  });

  it("refuses a short or common password, and wrong options, saying why", async () => {
    const short = await user(["create", "--email", "short@example.org", "--role", "admin"], "short\n");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("the password is refused: Use at least 12 characters.");
    const noPlace = await user(["create", "--email", "ed@example.org", "--role", "editor"], "a long enough passphrase\n");
    expect(noPlace.code).toBe(2);
    expect(noPlace.stderr).toContain("--role editor needs at least one --place SLUG");
    const unknownPlace = await user(["create", "--email", "ed@example.org", "--role", "editor", "--place", "nowhere"], "a long enough passphrase\n");
    expect(unknownPlace.code).toBe(1);
    expect(unknownPlace.stderr).toContain('no place has the slug "nowhere"; nothing was changed.');
    const help = await user(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: remembrance user create --email E --role admin");
  }, 60_000);

  it("the created accounts can sign in, or choose their password through the link", async () => {
    const handle = await openPglite(env.DATA_DIR);
    try {
      const app = createApp({ db: handle.db, ping: handle.ping, logger: silentLogger, now: () => new Date(), publicUrl: env.PUBLIC_URL, contentRevision: handle.contentRevision, pageCache: new PageCache(), secrets: testSecrets });
      expect((await new TestBrowser(app).signIn("root@example.org", "a long enough passphrase")).location).toBe("/admin/en/");
      const link = new URL(/https:\S+/.exec(linked.stdout)![0]);
      const browser = new TestBrowser(app);
      await browser.get(link.pathname + link.search);
      const set = await browser.post(link.pathname + link.search, { newPassword: "a chosen passphrase", newPasswordAgain: "a chosen passphrase" });
      expect(set.location).toBe("/admin/fr/sign-in?done=password-set");
      expect((await browser.signIn("invited@example.org", "a chosen passphrase", "fr")).location).toBe("/admin/fr/");
      const entries = await handle.db.select().from(auditLog);
      expect(entries.filter((e) => e.action === "account.create").map((e) => [e.entityKey, e.address])).toEqual([
        ["root@example.org", "command line"], ["invited@example.org", "command line"],
      ]);
    } finally {
      await handle.close();
    }
  });
});
