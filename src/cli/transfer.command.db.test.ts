/**
 * `remembrance export` and `import` through the real executable: a read-only command on a folder
 * or database without Remembrance creates nothing and says so in one line; `import --replace`
 * keeps the staff roles of places still in the file, as the back office's import does.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { aPlace } from "../../test/factories.ts";
import { runCli } from "../../test/server-process.ts";
import { createEmptyDatabase, dropDatabase, withDatabase } from "../../test/template.ts";
import { openPglite } from "../db/database.ts";
import { accounts, roleGrants } from "../db/schema/accounts.ts";
import { places } from "../db/schema/places.ts";

const folder = mkdtempSync(join(tmpdir(), "rm-transfer-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const embedded = (dataDir: string) => ({ DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" });

describe("export where there is no Remembrance database", () => {
  it("refuses a missing folder in one line, exit code 1, and does not create it", async () => {
    const dir = join(folder, "missing", "data");
    const run = await runCli(["export"], embedded(dir));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`no Remembrance database in ${dir}: nothing to export\n`);
    expect(run.stdout).toBe("");
    expect(existsSync(join(folder, "missing"))).toBe(false);
  }, 60_000);

  it("refuses an existing empty folder and leaves it empty", async () => {
    const dir = join(folder, "empty");
    mkdirSync(dir);
    const run = await runCli(["export", join(folder, "out.json")], embedded(dir));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`no Remembrance database in ${dir}: nothing to export\n`);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(folder, "out.json"))).toBe(false);
  }, 60_000);

  it.runIf(process.env.TEST_DATABASE_URL)("refuses a PostgreSQL database without Remembrance's schema, naming it, and creates no table", async () => {
    const server = process.env.TEST_DATABASE_URL!;
    const name = `rm_export_empty_${process.pid}`;
    await createEmptyDatabase(server, name);
    try {
      const url = withDatabase(server, name);
      const run = await runCli(["export"], { DATABASE_URL: url, LOG_LEVEL: "warn" });
      const shown = new URL(url);
      shown.password = "";
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`no Remembrance database in ${shown.toString()}: nothing to export\n`);
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        expect(await sql`select table_schema, table_name from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`).toEqual([]);
      } finally {
        await sql.end();
      }
    } finally {
      await dropDatabase(server, name);
    }
  }, 60_000);
});

describe("import into a new folder, then import --replace", () => {
  const dir = join(folder, "new", "data");
  const both = join(folder, "both.json");
  const onlyA = join(folder, "only-a.json");
  writeFileSync(both, JSON.stringify({ places: [aPlace({ slug: "musee-a" }), aPlace({ slug: "musee-b" })] }));
  writeFileSync(onlyA, JSON.stringify({ places: [aPlace({ slug: "musee-a" })] }));

  it("creates and migrates the folder, and export then reads it", async () => {
    const run = await runCli(["import", both], embedded(dir));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported ${both}: `);
    const out = await runCli(["export"], embedded(dir));
    expect(out.code).toBe(0);
    expect((JSON.parse(out.stdout) as { places: { slug: string }[] }).places.map((p) => p.slug).sort()).toEqual(["musee-a", "musee-b"]);
  }, 120_000);

  it("keeps the grant of a place still in the file, drops the one of a place gone, and says how many", async () => {
    for (const [email, place] of [["ana@example.org", "musee-a"], ["bo@example.org", "musee-b"]] as const) {
      const made = await runCli(["user", "create", "--email", email, "--role", "editor", "--place", place, "--link"], embedded(dir));
      expect(made.code, made.stderr).toBe(0);
    }
    const run = await runCli(["import", onlyA, "--replace"], embedded(dir));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Staff roles: 1 kept, 1 dropped (places no longer present: editor of musee-b).");
    const handle = await openPglite(dir);
    try {
      const grants = await handle.db.select({ email: accounts.email, place: places.slug, role: roleGrants.role }).from(roleGrants)
        .innerJoin(accounts, eq(accounts.id, roleGrants.accountId)).innerJoin(places, eq(places.id, roleGrants.placeId));
      expect(grants).toEqual([{ email: "ana@example.org", place: "musee-a", role: "editor" }]);
    } finally {
      await handle.close();
    }
  }, 180_000);
});
