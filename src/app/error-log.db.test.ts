/** What the log line of a failed query holds, with the real driver of each engine. */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/database.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { createLogger } from "../lib/logger.ts";

let handle: DatabaseHandle;
beforeAll(async () => { handle = await createTestDatabase(); });
afterAll(() => handle.close());

describe("a failed query in the log", () => {
  it("names the error and its SQLSTATE, never the SQL or a parameter's value", async () => {
    const error = await handle.db.execute(sql`select ${"ada.lovelace@example.org"}::int as n where ${"Ada Lovelace"} <> ''`).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const lines: string[] = [];
    createLogger("info", (line) => void lines.push(line)).error("unhandled error", { error });
    expect(lines[0]).not.toMatch(/ada\.lovelace|Ada Lovelace|select/i);
    const entry = JSON.parse(lines[0]!);
    expect(entry.error.name).toBe("DrizzleQueryError");
    expect(entry.error.cause.code).toBe("22P02");
    expect(entry.error.cause.message).toMatch(/invalid input syntax for type integer/);
  });
});
