/** The limits' counters in the database: atomic under concurrency, windows that end, spent claims, purging. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/database.ts";
import type { DatabaseHandle } from "../../db/database.ts";
import { claimOnce, countHit, purgeEndedCounters, readCounters, refundHit } from "./limit-counters.repository.ts";
import { spendLimits } from "./limiter.service.ts";

let h: DatabaseHandle;
const T0 = new Date("2026-12-06T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const HOUR = 3_600_000;

beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

describe("a counter", () => {
  it("counts every one of 40 hits sent at once, with no hit lost", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => countHit(h.db, "burst", 1, HOUR, T0)));
    expect(results.map((r) => r.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect((await readCounters(h.db, ["burst"], T0)).get("burst")).toEqual({ hits: 40, windowEndsAt: at(60) });
  });

  it("keeps its window's end while it runs, and starts a new window once it has ended", async () => {
    expect(await countHit(h.db, "window", 1, HOUR, T0)).toEqual({ hits: 1, windowEndsAt: at(60) });
    expect(await countHit(h.db, "window", 1, HOUR, at(59))).toEqual({ hits: 2, windowEndsAt: at(60) });
    expect(await countHit(h.db, "window", 1, HOUR, at(60))).toEqual({ hits: 1, windowEndsAt: at(120) });
  });

  it("gives back a hit that was not spent, never below zero", async () => {
    await countHit(h.db, "refund", 1, HOUR, T0);
    await refundHit(h.db, "refund", 1, at(1));
    await refundHit(h.db, "refund", 1, at(1));
    expect((await readCounters(h.db, ["refund"], at(1))).get("refund")?.hits).toBe(0);
  });
});

describe("a claim", () => {
  it("is won once while it holds, then may be won again once it has ended", async () => {
    const wins = await Promise.all(Array.from({ length: 10 }, () => claimOnce(h.db, "proof:abc", at(10), T0)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect(await claimOnce(h.db, "proof:abc", at(20), at(9))).toBe(false);
    expect(await claimOnce(h.db, "proof:abc", at(20), at(10))).toBe(true);
  });
});

describe("spending limits", () => {
  const rule = { limit: 3, windowMs: HOUR, proofAfter: 1 };
  it("takes the hits back when a proof is needed and not given, and counts them with one", async () => {
    const checks = [{ key: "spend:a", rule }, { key: "spend:b", rule }];
    expect(await spendLimits(h.db, checks, T0)).toEqual({ kind: "allowed" });
    expect(await spendLimits(h.db, checks, T0)).toEqual({ kind: "proof_required", retryAfterMs: HOUR });
    expect([...(await readCounters(h.db, ["spend:a", "spend:b"], T0)).values()].map((c) => c.hits)).toEqual([1, 1]);
    expect(await spendLimits(h.db, checks, T0, async () => true)).toEqual({ kind: "allowed" });
    expect(await spendLimits(h.db, checks, T0, async () => true)).toEqual({ kind: "allowed" });
    expect(await spendLimits(h.db, checks, T0, async () => true)).toEqual({ kind: "refused", retryAfterMs: HOUR });
  });
});

describe("purging", () => {
  it("forgets the counters whose window has ended and keeps the others", async () => {
    await countHit(h.db, "purge:old", 1, 60_000, T0);
    await countHit(h.db, "purge:live", 1, 10 * 60_000, T0);
    expect(await purgeEndedCounters(h.db, at(5))).toBeGreaterThanOrEqual(1);
    const left = await readCounters(h.db, ["purge:old", "purge:live"], T0);
    expect([...left.keys()]).toEqual(["purge:live"]);
  });
});
