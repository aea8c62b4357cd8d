import { describe, expect, it } from "vitest";
import { MAX_SEND_ATTEMPTS, nextAttemptAfterFailure, retryDelayMs } from "./outbox.retry.ts";

const minutes = (ms: number) => ms / 60_000;

describe("retrying a message that could not be sent", () => {
  it("waits 1 minute, then twice as long each time, never more than an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => minutes(retryDelayMs(n)))).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("gives up after the tenth attempt", () => {
    const failedAt = new Date("2026-03-28T09:00:00Z");
    expect(MAX_SEND_ATTEMPTS).toBe(10);
    expect(nextAttemptAfterFailure(9, failedAt)).toEqual(new Date("2026-03-28T10:00:00Z"));
    expect(nextAttemptAfterFailure(10, failedAt)).toBeUndefined();
  });
});
