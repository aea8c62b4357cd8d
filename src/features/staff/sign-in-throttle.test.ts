import { describe, expect, it } from "vitest";
import { afterFailure, minutesToWait, remainingLockMs, type ThrottleState } from "./sign-in-throttle.ts";

const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1) + minutes * 60_000);

function fail(times: number, state: ThrottleState | undefined, now: Date) {
  let s = state;
  for (let i = 0; i < times; i++) s = afterFailure(s, now);
  return s!;
}

describe("sign-in throttle", () => {
  it("lets four failures pass and locks the key for 10 minutes at the fifth", () => {
    const four = fail(4, undefined, at(0));
    expect(remainingLockMs(four, at(0))).toBe(0);
    const five = afterFailure(four, at(0));
    expect(remainingLockMs(five, at(0))).toBe(10 * 60_000);
    expect(remainingLockMs(five, at(9))).toBe(60_000);
    expect(remainingLockMs(five, at(10))).toBe(0);
  });

  it("doubles each further lock: 10, 20, 40 minutes", () => {
    let s = fail(5, undefined, at(0));
    s = fail(5, s, at(11));
    expect(remainingLockMs(s, at(11))).toBe(20 * 60_000);
    s = fail(5, s, at(40));
    expect(remainingLockMs(s, at(40))).toBe(40 * 60_000);
  });

  it("never locks for more than 24 hours", () => {
    let s: ThrottleState | undefined;
    let minute = 0;
    for (let lock = 0; lock < 12; lock++) {
      s = fail(5, s, at(minute));
      minute += Math.ceil(remainingLockMs(s, at(minute)) / 60_000);
    }
    expect(remainingLockMs(s, at(minute - 24 * 60))).toBe(24 * 3600_000);
  });

  it("forgets a key left alone for more than a day", () => {
    const locked = fail(5, undefined, at(0));
    const later = afterFailure(locked, at(25 * 60));
    expect(later.lockouts).toBe(0);
    expect(later.failures).toBe(1);
  });

  it("tells whole minutes, rounded up", () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(60_000)).toBe(1);
    expect(minutesToWait(60_001)).toBe(2);
  });
});
