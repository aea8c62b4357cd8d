/**
 * A migrated template database, built once per test run: a PGlite data-folder dump (cached by the
 * migrations' hash) or, with TEST_DATABASE_URL, a PostgreSQL template database.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { openPostgres, pgliteHandle } from "../src/db/database.ts";
import { PGLITE_EXTENSIONS } from "../src/db/pglite-extensions.ts";
import { MIGRATIONS_FOLDER, runMigrations } from "../src/db/migrate.ts";

export function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (name.endsWith(".sql")) hash.update(name).update(readFileSync(join(MIGRATIONS_FOLDER, name)));
  }
  hash.update(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json")));
  return hash.digest("hex").slice(0, 12);
}

/** Path of a gzipped PGlite data folder with every migration applied. */
export async function buildPgliteTemplate(): Promise<string> {
  const dir = resolve(".tmp");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pglite-template-${migrationsHash()}.tar.gz`);
  if (existsSync(file)) return file;
  const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  const handle = pgliteHandle(client, "memory");
  await runMigrations(handle);
  const dump = await client.dumpDataDir("gzip");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  return file;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs statements on the server at `url` through a connection of their own (database DDL cannot run in a pool's transaction). */
async function onServer(url: string, statements: string[]): Promise<void> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    for (const statement of statements) await admin.unsafe(statement);
  } finally {
    await admin.end();
  }
}

/** Creates database `name` on the server at `url`, empty (dropped first if a failed run left it). */
export const createEmptyDatabase = (url: string, name: string) => onServer(url, [`drop database if exists ${name}`, `create database ${name}`]);

/** Drops database `name` on the server at `url`, ending its connections. */
export const dropDatabase = (url: string, name: string) => onServer(url, [`drop database if exists "${name}" with (force)`]);

/** Creates (again) the PostgreSQL template database for this run and returns its name. */
export async function buildPostgresTemplate(url: string, runId: string): Promise<string> {
  const name = `rm_tpl_${runId}`;
  await createEmptyDatabase(url, name);
  const handle = openPostgres(withDatabase(url, name), 2);
  try {
    await runMigrations(handle);
  } finally {
    await handle.close();
  }
  return name;
}

/** Drops every database this run created (their names contain the run id). */
export async function dropRunDatabases(url: string, runId: string): Promise<void> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`rm\_%${runId}%`}`;
    for (const { datname } of rows) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
  } finally {
    await admin.end();
  }
}
