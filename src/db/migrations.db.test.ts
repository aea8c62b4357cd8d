/**
 * Every database ever migrated reaches the same schema: from each release point (after each migration of
 * the journal, and after 0008 as it stood when edited after its release), the remaining migrations are
 * applied one at a time, and the catalog is compared with a fresh fully migrated database's.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/database.ts";
import { aPerson, aPlace, anObject, storeRecords } from "../../test/factories.ts";
import { createEmptyDatabase, dropDatabase, withDatabase } from "../../test/template.ts";
import { searchQuery } from "../features/search/search.schemas.ts";
import { searchSite, suggest } from "../features/search/search.service.ts";
import { openPostgres, pgliteHandle, rowsOf, type Database, type DatabaseHandle } from "./database.ts";
import { MIGRATIONS_FOLDER } from "./migrate.ts";
import { PGLITE_EXTENSIONS } from "./pglite-extensions.ts";

interface JournalEntry { idx: number; version: string; when: number; tag: string; breakpoints: boolean }
const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: JournalEntry[] };
const entries = journal.entries;
const last = entries.length - 1;
const currentSql = (tag: string) => readFileSync(join(MIGRATIONS_FOLDER, `${tag}.sql`), "utf8");
const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/migrations-history/${name}`, import.meta.url), "utf8");

/** A database at a release point: migrations 0…upTo, with 0008's text and date as one edit left them. */
interface ReleasePoint { label: string; upTo: number; edited0008?: { sql: string; when: number } }
const POINTS: ReleasePoint[] = [
  ...entries.slice(0, last).map((e) => ({ label: `after ${e.tag}`, upTo: e.idx })),
  // ffaa3c9 changed only the text; 54ce9fd changed the text and the journal's date.
  { label: "after 0008_search as edited in ffaa3c9", upTo: 8, edited0008: { sql: fixture("0008_search.ffaa3c9.sql"), when: 1795264050107 } },
  { label: "after 0008_search as edited in 54ce9fd", upTo: 8, edited0008: { sql: fixture("0008_search.54ce9fd.sql"), when: 1795266865394 } },
];
/** From 0007 on, the content tables are as the record writer knows them: records are stored before upgrading too. */
const FIRST_WITH_CONTENT = 7;

const scratch = mkdtempSync(join(tmpdir(), "rm-migrations-"));
let folders = 0;

/** A migrations folder holding entries 0…upTo (the current files unless 0008 is an edited one). */
function migrationsFolder(upTo: number, edited0008?: ReleasePoint["edited0008"]): string {
  const dir = join(scratch, String(++folders));
  mkdirSync(join(dir, "meta"), { recursive: true });
  const chosen = entries.slice(0, upTo + 1).map((e) => (e.idx === 8 && edited0008 ? { ...e, when: edited0008.when } : e));
  for (const e of chosen) writeFileSync(join(dir, `${e.tag}.sql`), e.idx === 8 && edited0008 ? edited0008.sql : currentSql(e.tag));
  writeFileSync(join(dir, "meta", "_journal.json"), JSON.stringify({ ...journal, entries: chosen }));
  return dir;
}

async function migrateFrom(handle: DatabaseHandle, migrationsFolder: string): Promise<void> {
  if (handle.engine === "pglite") await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  else await migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder });
}

/** An empty database, not even migrated: in memory on PGlite, a scratch database on PostgreSQL. */
async function emptyDatabase(label: string): Promise<DatabaseHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return pgliteHandle(await PGlite.create({ extensions: PGLITE_EXTENSIONS }), "memory");
  const name = `rm_mig${label}_${process.env.REMEMBRANCE_TEST_RUN}`;
  await createEmptyDatabase(adminUrl, name);
  const handle = openPostgres(withDatabase(adminUrl, name), 1);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** Objects that belong to an extension are compared as the extension's name and version. */
const notExtensionMember = (oid: string) => `not exists (select 1 from pg_depend x where x.objid = ${oid} and x.deptype = 'e')`;
const CATALOG: Record<string, string> = {
  extensions: `select extname, extversion, extnamespace::regnamespace::text as schema from pg_extension`,
  tables: `select table_schema, table_name, table_type from information_schema.tables where table_schema in ('public', 'drizzle')`,
  columns: `select table_schema, table_name, column_name, ordinal_position, data_type, udt_name, column_default, is_nullable,
      character_maximum_length, numeric_precision, is_identity, identity_generation, is_generated, generation_expression
    from information_schema.columns where table_schema in ('public', 'drizzle')`,
  indexes: `select schemaname, tablename, indexname, indexdef from pg_indexes where schemaname in ('public', 'drizzle')`,
  constraints: `select conrelid::regclass::text as table_name, conname, contype, pg_get_constraintdef(oid) as def, condeferrable, condeferred
    from pg_constraint where connamespace in ('public'::regnamespace, 'drizzle'::regnamespace)`,
  triggers: `select tgrelid::regclass::text as table_name, tgname, pg_get_triggerdef(oid) as def, tgenabled from pg_trigger where not tgisinternal`,
  functions: `select proname, pg_get_function_identity_arguments(oid) as args, pg_get_function_result(oid) as result, prosrc, provolatile,
      (select lanname from pg_language l where l.oid = prolang) as lang
    from pg_proc where pronamespace = 'public'::regnamespace and ${notExtensionMember("pg_proc.oid")}`,
  types: `select t.typname, t.typtype, array_to_string(array(select e.enumlabel::text from pg_enum e where e.enumtypid = t.oid order by e.enumsortorder), ',') as labels
    from pg_type t where t.typnamespace = 'public'::regnamespace and t.typtype in ('e', 'd', 'c') and ${notExtensionMember("t.oid")}
      and not exists (select 1 from pg_class c where c.oid = t.typrelid and c.relkind <> 'c')`,
  sequences: `select sequence_schema, sequence_name, data_type, start_value, increment from information_schema.sequences where sequence_schema in ('public', 'drizzle')`,
  views: `select schemaname, viewname, definition from pg_views where schemaname = 'public'`,
  textSearchConfigurations: `select c.cfgname, p.prsname, m.maptokentype, m.mapseqno, d.dictname
    from pg_ts_config c join pg_ts_parser p on p.oid = c.cfgparser
      left join pg_ts_config_map m on m.mapcfg = c.oid left join pg_ts_dict d on d.oid = m.mapdict
    where c.cfgnamespace = 'public'::regnamespace`,
  textSearchDictionaries: `select d.dictname, t.tmplname, d.dictinitoption from pg_ts_dict d join pg_ts_template t on t.oid = d.dicttemplate
    where d.dictnamespace = 'public'::regnamespace and ${notExtensionMember("d.oid")}`,
};

/** The schema as sorted lists of rows, one list per kind of object. */
async function schemaOf(db: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [kind, query] of Object.entries(CATALOG)) {
    const rows = rowsOf<Record<string, unknown>>(await db.execute(sql.raw(query)));
    out[kind] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** What the search index holds, by slug (ids are the database's own). */
async function searchIndexOf(db: Database): Promise<{ names: string[]; words: string[] }> {
  const names = rowsOf<Record<string, unknown>>(await db.execute(sql`
    select d.kind, d.slug, n.boost, n.tsv_names::text as names, n.tsv_prefix::text as prefix, cardinality(n.theme_ids) as themes,
      (select p.slug from places p where p.id = n.place_id) as place
    from search_names n join search_documents d on d.kind = n.kind and d.record_id = n.record_id`));
  const words = rowsOf<{ word: string }>(await db.execute(sql`select word from search_words`));
  return { names: names.map((r) => JSON.stringify(r)).sort(), words: words.map((r) => r.word).sort() };
}

// Stored before the upgrade (where the schema allows it), and after it: numbers in names, and a name to suggest.
const storeBefore = (db: Database) => storeRecords(db, {
  places: [aPlace({ slug: "mh-bunker", name: { en: "Bunker 1944 of the coast", fr: "Bunker 1944 de la côte" } })],
  objects: [anObject("mh-bunker", { slug: "mh-periscope", title: { en: "Periscope", fr: "Périscope" }, inventoryNumber: "INV-44-7" })],
});
const storeAfter = (db: Database) => storeRecords(db, {
  places: [aPlace({ slug: "mh-hangar" })],
  people: [aPerson({ slug: "mh-aviator", name: "Hélène Boucher" })],
  objects: [anObject("mh-hangar", { slug: "mh-propeller", title: { en: "Propeller number 3", fr: "Hélice numéro 3" } })],
});

let reference: DatabaseHandle;
let referenceSchema: Record<string, string[]>;
let referenceIndex: { names: string[]; words: string[] };

beforeAll(async () => {
  reference = await createTestDatabase();
  await storeBefore(reference.db);
  await storeAfter(reference.db);
  referenceSchema = await schemaOf(reference.db);
  referenceIndex = await searchIndexOf(reference.db);
});
afterAll(async () => {
  await reference?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("the fresh fully migrated database", () => {
  it("has what search needs, so the comparisons below compare something", () => {
    expect(referenceSchema.tables!.some((r) => r.includes('"search_names"'))).toBe(true);
    expect(referenceSchema.functions!.find((r) => r.includes('"search_flush"'))).toContain("INSERT INTO search_names");
    expect(referenceSchema.textSearchConfigurations!.some((r) => r.includes("remembrance_fr"))).toBe(true);
    expect(referenceSchema.extensions!.some((r) => r.includes("pg_trgm"))).toBe(true);
    expect(referenceIndex.words).toContain("periscop");
    expect(referenceIndex.words.filter((w) => /[0-9]/.test(w))).toEqual([]);
  });

  it("is unchanged by running the last migration's text again (it changes nothing already there)", async () => {
    const db = await emptyDatabase("again");
    try {
      await migrateFrom(db, migrationsFolder(last));
      await storeBefore(db.db);
      await storeAfter(db.db);
      const statements = currentSql(entries[last]!.tag).split("--> statement-breakpoint");
      await db.db.transaction(async (tx) => {
        for (const statement of statements) await tx.execute(sql.raw(statement));
      });
      expect(await schemaOf(db.db)).toEqual(referenceSchema);
      expect(await searchIndexOf(db.db)).toEqual(referenceIndex);
    } finally {
      await db.close();
    }
  });
});

describe("a database migrated at each release point, then brought up to date one migration at a time", () => {
  for (const [n, point] of POINTS.entries()) {
    it(`${point.label}: same schema as a fresh one, every migration recorded once, and a live search index`, async () => {
      const db = await emptyDatabase(String(n));
      try {
        await migrateFrom(db, migrationsFolder(point.upTo, point.edited0008));
        if (point.upTo >= FIRST_WITH_CONTENT) await storeBefore(db.db);
        for (let next = point.upTo + 1; next <= last; next++) await migrateFrom(db, migrationsFolder(next));

        expect(await schemaOf(db.db)).toEqual(referenceSchema);
        const applied = rowsOf<{ count: number | string; latest: number | string }>(await db.db.execute(
          sql`select count(*) as count, max(created_at) as latest from drizzle.__drizzle_migrations`));
        expect(Number(applied[0]!.count)).toBe(entries.length);
        expect(Number(applied[0]!.latest)).toBe(entries[last]!.when);

        if (point.upTo < FIRST_WITH_CONTENT) await storeBefore(db.db);
        await storeAfter(db.db);
        const found = await searchSite(db.db, searchQuery.parse({ q: "propeller" }), "en");
        expect(found.results.map((r) => r.slug)).toEqual(["mh-propeller"]);
        expect((await suggest(db.db, { q: "hélè", limit: 5 }, "fr")).map((s) => s.slug)).toEqual(["mh-aviator"]);
        expect((await suggest(db.db, { q: "bunk", limit: 5 }, "en")).map((s) => s.slug)).toEqual(["mh-bunker"]);
        expect(await searchIndexOf(db.db)).toEqual(referenceIndex);
      } finally {
        await db.close();
      }
    });
  }
});
