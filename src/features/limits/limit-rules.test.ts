import { describe, expect, it } from "vitest";
import { parseRate, type LimitRule } from "../../lib/rates.ts";
import { addressKey, judgeHits, retryAfterSeconds, type CountedHit } from "./limit-rules.ts";

const now = new Date("2026-12-06T10:00:00Z");
const rule: LimitRule = { limit: 10, windowMs: 3_600_000, proofAfter: 3 };
const hit = (hits: number, minutesLeft: number, r = rule): CountedHit => ({ key: "k", rule: r, hits, windowEndsAt: new Date(now.getTime() + minutesLeft * 60_000) });

describe("the limits' judgement of counted hits", () => {
  it("lets a write through while every key is at or under its proof threshold", () => {
    expect(judgeHits([hit(1, 60), hit(3, 10)], now)).toEqual({ kind: "allowed" });
  });

  it("asks for a proof past the threshold, saying how long waiting instead would take", () => {
    expect(judgeHits([hit(4, 20), hit(1, 50)], now)).toEqual({ kind: "proof_required", retryAfterMs: 20 * 60_000 });
  });

  it("refuses past the limit, for the longest wait among the keys over it, whatever the proof", () => {
    expect(judgeHits([hit(11, 5), hit(12, 30), hit(4, 59)], now)).toEqual({ kind: "refused", retryAfterMs: 30 * 60_000 });
  });

  it("never asks a rule without a threshold for a proof", () => {
    expect(judgeHits([hit(9, 5, { limit: 10, windowMs: 600_000 })], now)).toEqual({ kind: "allowed" });
  });

  it("rounds the wait up to whole seconds, at least one", () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(61_001)).toBe(62);
  });
});

describe("a rate as configured", () => {
  it("reads counts per seconds, minutes, hours and days", () => {
    expect(parseRate("30/1h")).toEqual({ limit: 30, windowMs: 3_600_000 });
    expect(parseRate(" 600/10m ")).toEqual({ limit: 600, windowMs: 600_000 });
    expect(parseRate("10/1d")).toEqual({ limit: 10, windowMs: 86_400_000 });
    expect(parseRate("5/30s")).toEqual({ limit: 5, windowMs: 30_000 });
  });

  it("refuses anything else", () => {
    for (const bad of ["30", "30/h", "30/0h", "-1/1h", "30/1w", "thirty/1h", ""]) expect(parseRate(bad), bad).toBeUndefined();
  });
});

describe("the address a limit counts", () => {
  it("counts IPv4 addresses whole, also when written as IPv6", () => {
    expect(addressKey("203.0.113.7")).toBe("203.0.113.7");
    expect(addressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts an IPv6 address by its /64, however it is written", () => {
    const key = "2001:db8:1:2::/64";
    expect(addressKey("2001:db8:1:2::1")).toBe(key);
    expect(addressKey("2001:0db8:0001:0002:ffff:eeee:dddd:cccc")).toBe(key);
    expect(addressKey("2001:DB8:1:2:0:0:0:9")).toBe(key);
    expect(addressKey("2001:db8:1:3::1")).not.toBe(key);
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
  });

  it("puts requests without an address under one key", () => {
    expect(addressKey(null)).toBe("unknown");
    expect(addressKey("not an address")).toBe("unknown");
  });
});
