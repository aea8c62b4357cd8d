/**
 * The booking path under contention (issue 5), on the real server. Two offers are stored at the
 * Musée de la Libération between the two server runs (the embedded database has one opener):
 * - contention: `connections` clients POST single-place bookings to ONE slot of an offer of 100,000
 *   places for the measured duration, so every booking queues on that slot's row lock: bookings/s
 *   and latency;
 * - sold out: 200 requests at once for a slot of 20 places: exactly 20 must be sold. After the server
 *   stops, the database is read: the places the slot's bookings hold, less its capacity, is the
 *   oversold count, which must be 0.
 */
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { openPglite, openPostgres, type DatabaseHandle } from "../src/db/database.ts";
import { bookingOffers, bookings, bookingSlots } from "../src/db/schema/bookings.ts";
import { places } from "../src/db/schema/places.ts";
import { measurePost, type LoadOptions, type LoadResult } from "./load.ts";

/** A place of the default dataset, open Tuesday to Sunday 10:00–18:00. */
const PLACE_SLUG = "musee-liberation-paris";
const CONTENTION_CAPACITY = 100_000;
export const SOLD_OUT_CAPACITY = 20;
export const SOLD_OUT_DEMAND = 200;

/** Where a bench server keeps its data: a PGlite folder, or a PostgreSQL database. */
export interface Storage {
  dataDir: string;
  databaseUrl?: string;
}

export interface BenchOffers {
  contention: number;
  soldOut: number;
}

export interface BenchSlots {
  contention: number;
  soldOut: number;
}

export interface SoldOutResult {
  capacity: number;
  demand: number;
  /** Answers 201 (one place each). */
  sold: number;
  /** Answers 409 sold_out. */
  refused: number;
  /** Anything else, including connection errors. */
  errors: number;
  p50Ms: number;
  p99Ms: number;
  /** From the first request sent to the last answer. */
  elapsedMs: number;
}

export interface SlotTally {
  capacity: number;
  /** The slot's counter. */
  booked: number;
  /** Places held by its bookings that are not cancelled. */
  held: number;
}

export interface BookingsResult {
  contention: LoadResult & { warmup2xx: number; bookingsPerSec: number };
  soldOut: SoldOutResult;
  /** What the database holds once the server has stopped. */
  tally: { contention: SlotTally; soldOut: SlotTally };
  /** Places held beyond capacity on the sold-out slot: must be 0. */
  oversold: number;
}

async function withStorage<T>(storage: Storage, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = storage.databaseUrl ? openPostgres(storage.databaseUrl, 2) : await openPglite(storage.dataDir);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** Stores the two online offers (hourly 10:00–17:00, every day the place is open); call while no server holds the storage. */
export async function storeBenchOffers(storage: Storage): Promise<BenchOffers> {
  return withStorage(storage, async ({ db }) => {
    const [place] = await db.select({ id: places.id }).from(places).where(eq(places.slug, PLACE_SLUG));
    if (!place) throw new Error(`the default dataset has no place "${PLACE_SLUG}" to store the booking offers at`);
    const offer = (slug: string, capacity: number, position: number) => ({
      placeId: place.id, slug, position, title: { en: `Bench visit ${slug}`, fr: `Visite d’essai ${slug}` }, durationMinutes: 60,
      capacity, minParty: 1, maxParty: 10, languages: ["fr", "en"], isFree: true, requirements: { stepFree: true, headset: false },
      channels: ["online" as const],
      patterns: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], startTimes: ["10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00"] }],
    });
    const rows = await db.insert(bookingOffers)
      .values([offer("bench-contention", CONTENTION_CAPACITY, 90), offer("bench-sold-out", SOLD_OUT_CAPACITY, 91)])
      .returning({ id: bookingOffers.id, slug: bookingOffers.slug });
    const id = (slug: string) => rows.find((r) => r.slug === slug)!.id;
    return { contention: id("bench-contention"), soldOut: id("bench-sold-out") };
  });
}

/** The first bookable slot of an offer in the next two weeks, through the API (which stores it). */
async function firstSlot(url: string, offerId: number): Promise<number> {
  const response = await fetch(`${url}/api/offers/${offerId}/slots`, { signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as { items?: { id: number; remaining: number }[] };
  const slot = body.items?.find((s) => s.remaining > 0);
  if (response.status !== 200 || !slot) throw new Error(`GET /api/offers/${offerId}/slots gave no bookable slot (${response.status})`);
  return slot.id;
}

export async function benchSlots(url: string, offers: BenchOffers): Promise<BenchSlots> {
  return { contention: await firstSlot(url, offers.contention), soldOut: await firstSlot(url, offers.soldOut) };
}

const bookingRequest = (slotId: number, i = 0) =>
  ({ slotId, partySize: 1, name: `Bench visitor ${i}`, email: `visitor${i}@example.org`, lang: i % 2 === 0 ? "en" : "fr" });

/** Checks that one booking goes through before loading the route. */
export async function probeBooking(url: string, slotId: number): Promise<void> {
  const response = await fetch(`${url}/api/bookings`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(bookingRequest(slotId)), signal: AbortSignal.timeout(10_000),
  });
  if (response.status !== 201) throw new Error(`POST /api/bookings answered ${response.status} before any load: ${(await response.text()).slice(0, 300)}`);
}

/** Single-place bookings of one slot by `connections` clients for the measured duration. */
export async function measureContention(url: string, slotId: number, options: LoadOptions): Promise<BookingsResult["contention"]> {
  const result = await measurePost(`${url}/api/bookings`, bookingRequest(slotId), options);
  return { ...result, bookingsPerSec: result.durationS > 0 ? result.ok2xx / result.durationS : 0 };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** SOLD_OUT_DEMAND single-place bookings sent at once for a slot of SOLD_OUT_CAPACITY. */
export async function soldOutBurst(url: string, slotId: number): Promise<SoldOutResult> {
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: SOLD_OUT_DEMAND }, async (_, i) => {
    const sent = performance.now();
    try {
      const response = await fetch(`${url}/api/bookings`, {
        method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(bookingRequest(slotId, i)), signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as { error?: string };
      return { status: response.status, error: body.error, ms: performance.now() - sent };
    } catch {
      return { status: 0, error: "connection", ms: performance.now() - sent };
    }
  }));
  const elapsedMs = performance.now() - started;
  const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
  const sold = answers.filter((a) => a.status === 201).length;
  const refused = answers.filter((a) => a.status === 409 && a.error === "sold_out").length;
  return {
    capacity: SOLD_OUT_CAPACITY, demand: SOLD_OUT_DEMAND, sold, refused, errors: answers.length - sold - refused,
    p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), elapsedMs,
  };
}

/** Reads what the two slots hold, once no server holds the storage. */
export async function tallySlots(storage: Storage, slots: BenchSlots): Promise<BookingsResult["tally"]> {
  return withStorage(storage, async ({ db }) => {
    const ids = [slots.contention, slots.soldOut];
    const rows = await db.select({
      id: bookingSlots.id, capacity: bookingSlots.capacity, booked: bookingSlots.booked,
      held: sql<number>`(select coalesce(sum(${bookings.partySize}), 0)::int from ${bookings}
        where ${and(eq(bookings.slotId, bookingSlots.id), ne(bookings.status, "cancelled"))})`,
    }).from(bookingSlots).where(inArray(bookingSlots.id, ids));
    const tally = (id: number): SlotTally => {
      const row = rows.find((r) => r.id === id);
      if (!row) throw new Error(`slot ${id} is not in the database`);
      return { capacity: row.capacity, booked: row.booked, held: Number(row.held) };
    };
    return { contention: tally(slots.contention), soldOut: tally(slots.soldOut) };
  });
}

export const oversoldOf = (tally: SlotTally) => Math.max(0, tally.held - tally.capacity, tally.booked - tally.capacity);
