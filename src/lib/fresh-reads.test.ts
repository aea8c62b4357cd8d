import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT, runs } from "../../test/property.ts";
import { freshReads } from "./fresh-reads.ts";

/** A store whose reads take a tick, and a log of when each read started. */
function slowStore() {
  let value = 0;
  let reads = 0;
  return {
    write: () => void value++,
    get reads() { return reads; },
    read: async () => {
      reads++;
      const seen = value;
      await new Promise((r) => setImmediate(r));
      return seen;
    },
  };
}

describe("freshReads", () => {
  it("never answers a caller with a value read before its call: a write just before a call is seen", async () => {
    const store = slowStore();
    const fresh = freshReads(store.read);
    const first = fresh(); // a read is now under way, having seen 0
    store.write(); // committed before the next caller asks
    const second = fresh();
    expect(await first).toBe(0);
    expect(await second).toBe(1);
  });

  it("lets every caller that arrives during a read share the next one", async () => {
    const store = slowStore();
    const fresh = freshReads(store.read);
    const results = await Promise.all(Array.from({ length: 50 }, () => fresh()));
    expect(results.every((r) => r === 0)).toBe(true);
    expect(store.reads).toBe(2);
  });

  it("holds for any interleaving of writes and calls (property)", async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom("write", "call", "tick"), { maxLength: 40 }), async (steps) => {
      const store = slowStore();
      const fresh = freshReads(store.read);
      const checks: Promise<void>[] = [];
      let written = 0;
      for (const step of steps) {
        if (step === "write") { store.write(); written++; }
        else if (step === "call") { const atCall = written; checks.push(fresh().then((v) => expect(v).toBeGreaterThanOrEqual(atCall))); }
        else await new Promise((r) => setImmediate(r));
      }
      await Promise.all(checks);
    }), runs());
  }, PROPERTY_TIMEOUT);

  it("passes a failed read to its callers and recovers on the next call", async () => {
    let fail = true;
    const fresh = freshReads(async () => {
      if (fail) throw new Error("database down");
      return 7;
    });
    await expect(fresh()).rejects.toThrow("database down");
    fail = false;
    expect(await fresh()).toBe(7);
  });
});
