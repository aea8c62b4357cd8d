import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "../../test/database.ts";
import { rowsOf, type DatabaseHandle } from "./database.ts";
import { readContentRevision } from "./content-revision.ts";
import { places } from "./schema/places.ts";
import { storeRecords, aPlace } from "../../test/factories.ts";

/** Tables that are not content a page shows: changing them must not (and need not) drop cached pages. */
const NOT_CONTENT = new Set([
  "content_revision", "dataset_loads", "accounts", "role_grants", "recovery_codes", "sessions", "one_time_links", "sign_in_throttle", "audit_log",
  // Operational booking data: a booking must not drop every cached page.
  "booking_slots", "bookings", "idempotency_keys", "outbox_messages",
  // The abuse limits' counters: every public write changes them.
  "rate_limit_counters",
  // The search index: rebuilt from content in the transaction that changed it, which bumped the revision.
  "search_documents", "search_names", "search_words", "search_dirty", "search_pending",
]);

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const rowsOfQuery = async <T>(query: ReturnType<typeof sql>): Promise<T[]> => rowsOf<T>(await handle.db.execute(query));

describe("content revision", () => {
  it("has a trigger on every content table, so no edit can leave a cached page stale", async () => {
    const tables = await rowsOfQuery<{ name: string }>(sql`select tablename as name from pg_tables where schemaname = 'public'`);
    const triggered = await rowsOfQuery<{ name: string }>(sql`
      select distinct c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where not t.tgisinternal and t.tgfoid = 'bump_content_revision'::regproc`);
    const missing = tables.map((t) => t.name).filter((n) => !NOT_CONTENT.has(n) && !triggered.some((x) => x.name === n));
    expect(tables.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it("changes in the same transaction as the content, and not when a transaction rolls back", async () => {
    await storeRecords(handle.db, { places: [aPlace({ slug: "rev-test" })] });
    const before = await readContentRevision(handle.db);
    expect(await handle.contentRevision()).toBe(before);
    await handle.db.update(places).set({ city: "Caen" }).where(sql`${places.slug} = 'rev-test'`);
    const after = await readContentRevision(handle.db);
    expect(after).toBeGreaterThan(before);
    // What pages use: on PGlite kept from notifications, on PostgreSQL read; either way current at once.
    expect(await handle.contentRevision()).toBe(after);
    await expect(handle.db.transaction(async (tx) => {
      await tx.update(places).set({ city: "Lyon" }).where(sql`${places.slug} = 'rev-test'`);
      throw new Error("abandon");
    })).rejects.toThrow("abandon");
    expect(await readContentRevision(handle.db)).toBe(after);
    expect(await handle.contentRevision()).toBe(after);
  });
});
