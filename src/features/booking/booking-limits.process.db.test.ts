/**
 * The flood of issue 13's finding 1, against real server processes with the default limits: one
 * address and one e-mail once sold out a whole day (16 × 20 places) in 1.35 s. Now the e-mail holds
 * at most twice the largest party, and the address is asked for a proof of work past its threshold,
 * by every process alike (their counters are in the shared database).
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Queryable } from "../../db/database.ts";
import { loadConfig } from "../../lib/config.ts";
import {
  dayAfterTomorrow, killServers, postBooking, preparePgliteFolder, removeFolders, slotIdsOf, startBookingServer,
  storeBookablePlace, storeBurstOffer, tempDataDir, type BookingReply,
} from "../../../test/booking-burst.ts";
import { createScratchPostgres, type ScratchPostgres } from "../../../test/database.ts";
import { NO_LIMITS_ENV } from "../../../test/server-process.ts";

/** Every limit at its default (an empty variable is the default). */
const DEFAULT_LIMITS = Object.fromEntries(Object.keys(NO_LIMITS_ENV).map((name) => [name, ""]));
const DEFAULTS = loadConfig({}).limits;
const PROOF_AFTER_PER_ADDRESS = DEFAULTS.bookingsPerAddress!.proofAfter!;

async function storeDay(db: Queryable) {
  const offer = await storeBurstOffer(db, await storeBookablePlace(db), 20, 20, null);
  return offer.id;
}

const tally = (replies: BookingReply[]) => {
  const counts: Record<string, number> = {};
  for (const r of replies) counts[r.status === 201 ? "201" : `${r.status} ${r.body?.error}`] = (counts[`${r.status === 201 ? "201" : `${r.status} ${r.body?.error}`}`] ?? 0) + 1;
  return counts;
};

/** One requester sending `count` bookings one after the other, as fast as the answers come. */
async function flood(targets: string[], slots: number[], count: number, body: (i: number) => { partySize: number; email: string }) {
  const replies: BookingReply[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const { partySize, email } = body(i);
    replies.push(await postBooking(targets[i % targets.length]!, { slotId: slots[i % slots.length], partySize, name: "Flood", email, lang: "en" }));
  }
  return { replies, seconds: (performance.now() - started) / 1000 };
}

afterAll(async () => {
  await killServers();
  removeFolders();
});

describe.skipIf(process.env.TEST_DATABASE_URL)("the flood of finding 1, on the embedded database", () => {
  it("lets one e-mail hold two full parties of a day, and asks one address for a proof past its threshold", async () => {
    const dataDir = tempDataDir();
    const offerId = await preparePgliteFolder(dataDir, storeDay);
    const server = await startBookingServer({ DATA_DIR: dataDir, ...DEFAULT_LIMITS });
    const slots = await slotIdsOf(server.url, offerId, dayAfterTomorrow());

    const sameEmail = await flood([server.url], slots, 16, () => ({ partySize: 20, email: "relay@example.org" }));
    // Booked 20 + 20 (the cap: twice the largest party); the third is counted and refused by the cap; then a proof is asked.
    expect(tally(sameEmail.replies)).toEqual({ "201": 2, "409 places_per_email": 1, "429 proof_of_work_required": 13 });
    const manyEmails = await flood([server.url], slots.slice(2), 200, (i) => ({ partySize: 1, email: `visitor${i}@example.org` }));
    expect(tally(manyEmails.replies)).toEqual({ "201": PROOF_AFTER_PER_ADDRESS - 3, "429 proof_of_work_required": 200 - (PROOF_AFTER_PER_ADDRESS - 3) });
    const stopped = manyEmails.replies.at(-1)!;
    expect(Number(stopped.headers?.get("retry-after"))).toBeGreaterThan(3000);
    console.info(`flood on the embedded database: 16 requests of 20 places from one e-mail in ${sameEmail.seconds.toFixed(2)} s, `
      + `then 200 from one address in ${manyEmails.seconds.toFixed(2)} s: ${JSON.stringify(tally([...sameEmail.replies, ...manyEmails.replies]))}`);
  }, 120_000);
});

describe.runIf(process.env.TEST_DATABASE_URL)("two app processes sharing one PostgreSQL", () => {
  let shared: ScratchPostgres | undefined;
  afterAll(async () => {
    await killServers();
    await shared?.drop();
  });

  it("count one address's bookings together: the proof is asked after the same number, whichever process answers", async () => {
    shared = await createScratchPostgres("limits");
    const servers = await Promise.all([1, 2].map(() => startBookingServer({ DATABASE_URL: shared!.url, ...DEFAULT_LIMITS })));
    const urls = servers.map((s) => s.url);
    const offerId = await storeDay(shared.handle.db);
    const slots = await slotIdsOf(urls[0]!, offerId, dayAfterTomorrow());
    const { replies, seconds } = await flood(urls, slots, 100, (i) => ({ partySize: 1, email: `visitor${i}@example.org` }));
    expect(tally(replies)).toEqual({ "201": PROOF_AFTER_PER_ADDRESS, "429 proof_of_work_required": 100 - PROOF_AFTER_PER_ADDRESS });
    expect(new Set(replies.filter((r) => r.status === 201).map((r) => r.via)).size).toBe(2);
    console.info(`flood through two processes on PostgreSQL: 100 requests from one address in ${seconds.toFixed(2)} s: ${JSON.stringify(tally(replies))}`);
  }, 120_000);
});
