/**
 * The counters of the abuse limits, kept in the database so that every app process (and PGlite and
 * PostgreSQL alike) counts the same: each change is one atomic statement on one row.
 */
import { and, gt, inArray, lte, sql } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { rateLimitCounters } from "../../db/schema/system.ts";

export interface CounterState {
  hits: number;
  windowEndsAt: Date;
}

/**
 * Counts `cost` hits on each key at `now`, all in one statement, and returns the count of each key's
 * window after them (by key). A key whose window has ended starts a new one of its `windowMs`. Rows
 * are written in key order, so two writes counting the same keys never wait on each other in a cycle.
 */
export async function countHits(db: Queryable, hits: readonly { key: string; windowMs: number }[], cost: number, now: Date): Promise<Map<string, CounterState>> {
  if (hits.length === 0) return new Map();
  const c = rateLimitCounters;
  // Dates inside raw SQL go as text (postgres.js sends no Date there), typed on the SQL side.
  const at = sql`${now.toISOString()}::timestamptz`;
  const rows = [...new Map(hits.map((h) => [h.key, h])).values()].sort((a, b) => (a.key < b.key ? -1 : 1))
    .map((h) => ({ key: h.key, hits: cost, windowEndsAt: new Date(now.getTime() + h.windowMs) }));
  const counted = await db.insert(c).values(rows)
    .onConflictDoUpdate({
      target: c.key,
      set: {
        hits: sql`case when ${c.windowEndsAt} <= ${at} then excluded.hits else ${c.hits} + excluded.hits end`,
        windowEndsAt: sql`case when ${c.windowEndsAt} <= ${at} then excluded.window_ends_at else ${c.windowEndsAt} end`,
      },
    })
    .returning({ key: c.key, hits: c.hits, windowEndsAt: c.windowEndsAt });
  return new Map(counted.map((r) => [r.key, { hits: r.hits, windowEndsAt: r.windowEndsAt }]));
}

/** Counts `cost` hits on one key (see countHits). */
export async function countHit(db: Queryable, key: string, cost: number, windowMs: number, now: Date): Promise<CounterState> {
  return (await countHits(db, [{ key, windowMs }], cost, now)).get(key)!;
}

/** Takes back `cost` hits counted on `keys` in their current windows (hits that were not spent). */
export async function refundHits(db: Queryable, keys: readonly string[], cost: number, now: Date): Promise<void> {
  if (keys.length === 0) return;
  const c = rateLimitCounters;
  await db.update(c).set({ hits: sql`greatest(${c.hits} - ${cost}::integer, 0)` }).where(and(inArray(c.key, [...keys]), gt(c.windowEndsAt, now)));
}

/** Takes back `cost` hits counted on `key` in its current window (a hit that was not spent). */
export const refundHit = (db: Queryable, key: string, cost: number, now: Date) => refundHits(db, [key], cost, now);

/** The live windows among `keys` (a key without a row, or whose window ended, is absent). */
export async function readCounters(db: Queryable, keys: string[], now: Date): Promise<Map<string, CounterState>> {
  if (keys.length === 0) return new Map();
  const c = rateLimitCounters;
  const rows = await db.select().from(c).where(and(inArray(c.key, keys), gt(c.windowEndsAt, now)));
  return new Map(rows.map((r) => [r.key, { hits: r.hits, windowEndsAt: r.windowEndsAt }]));
}

/**
 * Claims `key` once until `until` (e.g. a solved proof-of-work challenge, so one solution is never
 * spent twice). True for the first claim; false while an earlier claim holds, from any process.
 */
export async function claimOnce(db: Queryable, key: string, until: Date, now: Date): Promise<boolean> {
  const c = rateLimitCounters;
  const rows = await db.insert(c).values({ key, hits: 1, windowEndsAt: until })
    .onConflictDoUpdate({ target: c.key, set: { hits: 1, windowEndsAt: until }, setWhere: lte(c.windowEndsAt, now) })
    .returning({ key: c.key });
  return rows.length === 1;
}

/** Forgets counters whose window ended before `now`; returns how many. */
export async function purgeEndedCounters(db: Queryable, now: Date): Promise<number> {
  const gone = await db.delete(rateLimitCounters).where(lte(rateLimitCounters.windowEndsAt, now)).returning({ key: rateLimitCounters.key });
  return gone.length;
}
