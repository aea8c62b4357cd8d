/** Throw-away storage for one bench run: temp data folders and scratch PostgreSQL databases. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";

export const DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `rm-bench-${label}-`));
}

export function removeTempDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

function admin(adminUrl: string) {
  return postgres(adminUrl, { max: 1, connect_timeout: 3, idle_timeout: 1, onnotice: () => {} });
}

/** Undefined when PostgreSQL answers at `adminUrl`, otherwise why it does not. */
export async function postgresUnreachable(adminUrl: string): Promise<string | undefined> {
  const sql = admin(adminUrl);
  try {
    await sql`select 1`;
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

function checkName(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  return name;
}

/** Creates an empty database and returns its URL (the admin URL with another database name). */
export async function createScratchDb(adminUrl: string, name: string): Promise<string> {
  const sql = admin(adminUrl);
  try {
    await sql.unsafe(`create database "${checkName(name)}"`);
  } finally {
    await sql.end({ timeout: 1 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops the database, disconnecting whoever is still connected. */
export async function dropScratchDb(adminUrl: string, name: string): Promise<void> {
  const sql = admin(adminUrl);
  try {
    await sql.unsafe(`drop database if exists "${checkName(name)}" with (force)`);
  } finally {
    await sql.end({ timeout: 1 });
  }
}
