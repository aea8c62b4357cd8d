/**
 * The counters of the abuse limits, kept in the database so that every app process (and PGlite and
 * PostgreSQL alike) counts the same: each change is one atomic statement on one row.
 */
import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { rateLimitCounters } from "../../db/schema/system.ts";

export interface CounterState {
  hits: number;
  windowEndsAt: Date;
}

/**
 * Counts `cost` hits on `key` at `now` and returns the count of its window after them. A key whose
 * window has ended starts a new one of `windowMs`.
 */
export async function countHit(db: Queryable, key: string, cost: number, windowMs: number, now: Date): Promise<CounterState> {
  const c = rateLimitCounters;
  const newWindowEnd = new Date(now.getTime() + windowMs);
  // Dates inside raw SQL go as text (postgres.js sends no Date there), typed on the SQL side.
  const at = sql`${now.toISOString()}::timestamptz`;
  const hits = sql`${cost}::integer`;
  const [row] = await db.insert(c).values({ key, hits: cost, windowEndsAt: newWindowEnd })
    .onConflictDoUpdate({
      target: c.key,
      set: {
        hits: sql`case when ${c.windowEndsAt} <= ${at} then ${hits} else ${c.hits} + ${hits} end`,
        windowEndsAt: sql`case when ${c.windowEndsAt} <= ${at} then ${newWindowEnd.toISOString()}::timestamptz else ${c.windowEndsAt} end`,
      },
    })
    .returning({ hits: c.hits, windowEndsAt: c.windowEndsAt });
  return row!;
}

/** Takes back `cost` hits counted on `key` in its current window (a hit that was not spent). */
export async function refundHit(db: Queryable, key: string, cost: number, now: Date): Promise<void> {
  const c = rateLimitCounters;
  await db.update(c).set({ hits: sql`greatest(${c.hits} - ${cost}::integer, 0)` }).where(and(eq(c.key, key), gt(c.windowEndsAt, now)));
}

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
