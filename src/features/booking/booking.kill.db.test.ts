/**
 * A booking answered 201 survives the process being killed: kill -9 an app process in the middle of
 * a burst of bookings, start it again, and every confirmed booking is there and no slot holds more
 * than its capacity. On the embedded database (one process, restarted on the same folder) and on
 * PostgreSQL (two processes, one killed while the other keeps booking).
 */
import { afterEach, describe, expect, it } from "vitest";
import type { ServerProcess } from "../../../test/server-process.ts";
import {
  bookingBody, countSlot, dayAfterTomorrow, killServers, postBooking, preparePgliteFolder, readPgliteFolder,
  removeFolders, slotIdsOf, slotsOverCapacityOrMiscounted, startBookingServer, stopServer, storeBookablePlace, storeBurstOffer,
  tempDataDir, type BookingReply,
} from "../../../test/booking-burst.ts";
import { createScratchPostgres } from "../../../test/database.ts";

afterEach(async () => {
  await killServers();
  removeFolders();
});

const CAPACITY = 60;
/** Requests each process receives in the burst, from this many visitors at a time. */
const REQUESTS_PER_PROCESS = 80;
const VISITORS_PER_PROCESS = 8;

/**
 * Visitors book the slot through the given processes, a few at a time each, until every request is
 * sent; `victim` is killed with SIGKILL once it has confirmed `killAfter` bookings. Returns every
 * answer (status 0: the connection died with the process, the visitor never learnt the outcome).
 */
async function burstWithKill(servers: ServerProcess[], victim: ServerProcess, slotId: number, killAfter: number): Promise<{ replies: BookingReply[]; killed: boolean }> {
  const replies: BookingReply[] = [];
  let killed = false;
  let confirmedByVictim = 0;
  let n = 0;
  const visitor = async (server: ServerProcess) => {
    for (let i = 0; i < REQUESTS_PER_PROCESS / VISITORS_PER_PROCESS; i++) {
      if (server === victim && killed) return;
      const k = n++;
      const reply = await postBooking(server.url, bookingBody(slotId, 1 + (k % 3), k));
      replies.push(reply);
      if (server === victim && reply.status === 201 && ++confirmedByVictim >= killAfter && !killed) {
        killed = true;
        victim.child.kill("SIGKILL");
      }
    }
  };
  await Promise.all(servers.flatMap((s) => Array.from({ length: VISITORS_PER_PROCESS }, () => visitor(s))));
  return { replies, killed };
}

/** Every booking answered 201 can be read back, confirmed and whole, with its secret, from `url`. */
async function expectConfirmedBookingsReadable(url: string, replies: BookingReply[]) {
  const confirmed = replies.filter((r) => r.status === 201);
  const found = await Promise.all(confirmed.map(async (r) => {
    const res = await fetch(`${url}/api/bookings/${r.body.code}?secret=${encodeURIComponent(r.body.secret)}`);
    const body = (await res.json()) as { code?: string; partySize?: number; status?: string };
    return { status: res.status, code: body.code, partySize: body.partySize, state: body.status };
  }));
  expect(found).toEqual(confirmed.map((r) => ({ status: 200, code: r.body.code, partySize: r.body.partySize, state: "confirmed" })));
}

/** Start, burst, kill, restart and read back: room for a machine busy with other test files. */
const KILL_TEST_TIMEOUT_MS = 180_000;

const placesConfirmed = (replies: BookingReply[]) => replies.filter((r) => r.status === 201).reduce((sum, r) => sum + (r.body.partySize as number), 0);

describe("kill -9 during a burst of bookings on the embedded database", () => {
  it("keeps every booking answered 201 after the restart on the same folder, and the slot within its capacity", async () => {
    const dataDir = tempDataDir();
    const offerId = await preparePgliteFolder(dataDir, async (db) => (await storeBurstOffer(db, await storeBookablePlace(db), CAPACITY, 3)).id);
    const first = await startBookingServer({ DATA_DIR: dataDir });
    const [slotId] = await slotIdsOf(first.url, offerId, dayAfterTomorrow());

    const { replies, killed } = await burstWithKill([first], first, slotId!, 10);
    await first.exited;
    expect(killed).toBe(true);
    expect(replies.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(10);
    expect(replies.some((r) => r.status === 0)).toBe(true); // the kill cut bookings in flight
    expect(replies.filter((r) => ![0, 201].includes(r.status)).map((r) => [r.status, r.body?.error])).toEqual([]);

    const again = await startBookingServer({ DATA_DIR: dataDir });
    await expectConfirmedBookingsReadable(again.url, replies);
    expect(await stopServer(again)).toBe(0);

    const { slot, wrong } = await readPgliteFolder(dataDir, async (db) => ({ slot: await countSlot(db, slotId!), wrong: await slotsOverCapacityOrMiscounted(db) }));
    expect(wrong).toEqual([]);
    expect(slot.held).toBe(slot.booked);
    expect(slot.held).toBeGreaterThanOrEqual(placesConfirmed(replies));
    expect(slot.held).toBeLessThanOrEqual(CAPACITY);
  }, KILL_TEST_TIMEOUT_MS);
});

describe.runIf(process.env.TEST_DATABASE_URL)("kill -9 of one of two processes sharing PostgreSQL during a burst of bookings", () => {
  it("keeps every booking answered 201 by either, the other keeps selling, and no slot goes over capacity", async () => {
    const shared = await createScratchPostgres("kill");
    try {
      const offerId = (await storeBurstOffer(shared.handle.db, await storeBookablePlace(shared.handle.db), CAPACITY, 3)).id;
      const [a, b] = await Promise.all([1, 2].map(() => startBookingServer({ DATABASE_URL: shared.url })));
      const [slotId] = await slotIdsOf(a!.url, offerId, dayAfterTomorrow());

      const { replies, killed } = await burstWithKill([a!, b!], a!, slotId!, 5);
      await a!.exited;
      expect(killed).toBe(true);
      expect(replies.some((r) => r.via === a!.url && r.status === 0)).toBe(true); // the kill cut bookings in flight
      const fromB = replies.filter((r) => r.via === b!.url);
      expect(fromB.map((r) => r.status).filter((s) => s !== 201 && s !== 409)).toEqual([]);
      expect(replies.filter((r) => r.via === a!.url && ![0, 201].includes(r.status)).map((r) => [r.status, r.body?.error])).toEqual([]);
      // The survivor kept selling until the slot was full: the killed process's unfinished bookings held no lock or place.
      expect(fromB.some((r) => r.status === 409)).toBe(true);
      expect((await countSlot(shared.handle.db, slotId!)).held).toBeGreaterThan(CAPACITY - 3);

      const again = await startBookingServer({ DATABASE_URL: shared.url });
      await expectConfirmedBookingsReadable(again.url, replies);
      expect(await slotsOverCapacityOrMiscounted(shared.handle.db)).toEqual([]);
      const slot = await countSlot(shared.handle.db, slotId!);
      expect(slot.held).toBeGreaterThanOrEqual(placesConfirmed(replies));
      expect(slot.held).toBeLessThanOrEqual(CAPACITY);
    } finally {
      await killServers();
      await shared.drop();
    }
  }, KILL_TEST_TIMEOUT_MS);
});
