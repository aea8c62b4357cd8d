/**
 * Bookings never oversell: when many visitors book one slot at once, exactly min(demand, capacity)
 * places are sold, every time, in one process and through two processes sharing one PostgreSQL.
 * The negative control runs servers that book without the slot lock (test/unlocked-booking-server.ts),
 * then drops the database's capacity check too, and shows the same counting catching the oversell,
 * so the passing runs prove something.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Queryable } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import {
  bookingBody, burstAndCount, countSlot, dayAfterTomorrow, killServers, postBooking, removeFolders, slotIdsOf,
  startBookingServer, storeBookablePlace, storeBurstOffer, UNLOCKED_BOOKING_SERVER, type BookingTarget, type BurstOutcome,
} from "../../../test/booking-burst.ts";
import { createScratchPostgres, type ScratchPostgres } from "../../../test/database.ts";

const DEMAND = 50;
const CAPACITIES = [1, 20] as const;
/** Repetitions per capacity: enough to meet the races, few enough to keep the file short on a small machine. */
const REPETITIONS = 5;
/** The negative control repeats until it catches an oversell, at most this many times per capacity. */
const MAX_TRIES_TO_CATCH = 10;
/** A burst of 50 takes a second or two; this leaves room for a machine busy with other test files. */
const BURSTS_TIMEOUT_MS = 180_000;

/** What a visitor and the database must agree on after each burst: sold == dbSold == booked == min(demand, capacity). */
function expectExactSales(outcomes: BurstOutcome[]): void {
  const seen = outcomes.map((o) => ({ sold: o.sold, dbSold: o.dbSold, booked: o.booked, oversold: o.oversold, unexpected: o.unexpected }));
  const expected = outcomes.map((o) => {
    const fair = Math.min(o.demand, o.capacity);
    return { sold: fair, dbSold: fair, booked: fair, oversold: 0, unexpected: [] };
  });
  expect(seen).toEqual(expected);
}

/** Bursts at `slots[0..]`, one slot per repetition. */
async function repeatBursts(targets: BookingTarget[], db: Queryable, slots: number[], times: number, stopWhen?: (o: BurstOutcome) => boolean) {
  const outcomes: BurstOutcome[] = [];
  for (let i = 0; i < times; i++) {
    const outcome = await burstAndCount(targets, db, slots[i]!, DEMAND);
    outcomes.push(outcome);
    if (stopWhen?.(outcome)) break;
  }
  return outcomes;
}

/** Stores a bookable place with one offer per capacity; lists (and so stores) each offer's slots on one day. */
async function bookableSlots(db: Queryable, lister: BookingTarget, capacities: readonly number[]) {
  const place = await storeBookablePlace(db);
  const day = dayAfterTomorrow();
  const slots = new Map<number, number[]>();
  for (const capacity of capacities) slots.set(capacity, await slotIdsOf(lister, (await storeBurstOffer(db, place, capacity)).id, day));
  return slots;
}

// On PostgreSQL the two-process tests below cover this and more; the embedded database has one process only.
describe.skipIf(process.env.TEST_DATABASE_URL)(`${DEMAND} visitors booking one slot at once, in one process on the embedded database`, () => {
  let t: TestApp;
  let app: BookingTarget;
  let slots: Map<number, number[]>;

  beforeAll(async () => {
    t = await createTestApp();
    app = { name: "in-process app", request: (path, init) => t.app.request(path, init) };
    slots = await bookableSlots(t.handle.db, app, CAPACITIES);
  });
  afterAll(() => t.handle.close());

  it.each(CAPACITIES)("sell exactly min(demand, capacity) places of a slot of %i, every time", async (capacity) => {
    expectExactSales(await repeatBursts([app], t.handle.db, slots.get(capacity)!, REPETITIONS));
  }, BURSTS_TIMEOUT_MS);
});

describe.runIf(process.env.TEST_DATABASE_URL)("two app processes sharing one PostgreSQL", () => {
  let shared: ScratchPostgres;
  let urls: string[];
  let slots: Map<number, number[]>;

  beforeAll(async () => {
    shared = await createScratchPostgres("burst");
    const servers = await Promise.all([1, 2].map(() => startBookingServer({ DATABASE_URL: shared.url })));
    urls = servers.map((s) => s.url);
    slots = await bookableSlots(shared.handle.db, urls[0]!, CAPACITIES);
  });
  afterAll(async () => {
    await killServers();
    await shared?.drop();
    removeFolders();
  });

  it.each(CAPACITIES)(`sell exactly min(demand, capacity) places of a slot of %i when the ${DEMAND} requests are split over both`, async (capacity) => {
    expectExactSales(await repeatBursts(urls, shared.handle.db, slots.get(capacity)!, REPETITIONS));
  }, BURSTS_TIMEOUT_MS);

  it("make one booking of ten identical requests with one Idempotency-Key, split over both, and answer all ten with the same 201", async () => {
    const slotId = slots.get(20)!.at(-1)!;
    const body = bookingBody(slotId, 3, 7);
    const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => postBooking(urls[i % 2]!, body, { "idempotency-key": "burst-retry-1" })));
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(replies.map((r) => r.via)).size).toBe(2);
    for (const reply of replies) expect(reply.body).toEqual(replies[0]!.body);
    expect(replies[0]!.body).toMatchObject({ partySize: 3, status: "confirmed", slot: { id: slotId } });
    expect(replies.filter((r) => r.headers?.get("idempotent-replayed") === "true")).toHaveLength(9);
    expect(await countSlot(shared.handle.db, slotId)).toMatchObject({ bookings: 1, held: 3, booked: 3 });
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("the negative control: two processes booking without the slot lock", () => {
  let shared: ScratchPostgres;
  let urls: string[];
  let slots: Map<number, number[]>;

  beforeAll(async () => {
    shared = await createScratchPostgres("nolock");
    const servers = await Promise.all([1, 2].map(() => startBookingServer({ DATABASE_URL: shared.url }, UNLOCKED_BOOKING_SERVER)));
    urls = servers.map((s) => s.url);
    slots = await bookableSlots(shared.handle.db, urls[0]!, CAPACITIES);
  });
  afterAll(async () => {
    await killServers();
    await shared?.drop();
    removeFolders();
  });

  it.each(CAPACITIES)("still never oversell a slot of %i: the database's capacity check alone refuses the excess", async (capacity) => {
    expectExactSales(await repeatBursts(urls, shared.handle.db, slots.get(capacity)!.slice(0, 3), 3));
  }, BURSTS_TIMEOUT_MS);

  it.each(CAPACITIES)("oversell a slot of %i once the capacity check is dropped too, and the same check catches it", async (capacity) => {
    await shared.handle.db.execute(sql`alter table booking_slots drop constraint if exists booking_slots_capacity_backstop`);
    const outcomes = await repeatBursts(urls, shared.handle.db, slots.get(capacity)!.slice(3), MAX_TRIES_TO_CATCH, (o) => o.oversold > 0);
    const caught = outcomes.find((o) => o.oversold > 0);
    expect(caught, `no oversell in ${outcomes.length} tries: ${JSON.stringify(outcomes)}`).toBeDefined();
    expect(caught!.sold).toBeGreaterThan(capacity);
    expect(caught!.dbSold).toBe(caught!.sold);
    expect(() => expectExactSales([caught!])).toThrow();
  }, BURSTS_TIMEOUT_MS);
});
