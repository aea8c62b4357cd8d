/**
 * The proof that bookings never oversell: bursts of concurrent bookings at one slot, sent to one or
 * more running app processes, and what the database holds afterwards. Used by the concurrency and
 * kill tests (src/features/booking/*.db.test.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { openPglite, type Queryable } from "../src/db/database.ts";
import { runMigrations } from "../src/db/migrate.ts";
import { localToday, plusDays } from "../src/features/booking/booking.service.ts";
import { aPlace, storeRecords } from "./factories.ts";
import { storeOffer } from "./booking-offers.ts";
import { NO_LIMITS_ENV, startServerProcess, tsxEntry, type ServerProcess } from "./server-process.ts";

/**
 * Start times on the hour from 08:00 to 21:00: 14 slots a day, one per repetition. Few on purpose: a
 * refusal lists the next two weeks of slots that fit the party, so each slot a day costs every 409.
 */
const ON_THE_HOUR = Array.from({ length: 14 }, (_, i) => `${String(8 + i).padStart(2, "0")}:00`);

/** A place open every day 08:00–22:00 (Europe/Paris), for offers whose slots exist whatever the day. */
export async function storeBookablePlace(db: Queryable): Promise<string> {
  const slug = `burst-${randomBytes(3).toString("hex")}`;
  await storeRecords(db, { places: [aPlace({
    slug,
    openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], opens: "08:00", closes: "22:00" }],
  })] });
  return slug;
}

/** An online offer of that place with `capacity` places per slot, a slot on every hour every day. */
export async function storeBurstOffer(db: Queryable, placeSlug: string, capacity: number, maxParty = Math.min(capacity, 10), placesPerEmailPerDay?: number | null) {
  const { offer } = await storeOffer(db, {
    placeSlug, capacity, maxParty, durationMinutes: 10, channels: ["online"], ...(placesPerEmailPerDay === undefined ? {} : { placesPerEmailPerDay }),
    patterns: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], startTimes: ON_THE_HOUR }],
  });
  return offer;
}

/** A local date two days ahead at the place: every slot of that day is in the future and within the booking horizon. */
export const dayAfterTomorrow = (now = new Date()) => plusDays(localToday("Europe/Paris", now), 2);

/** Where bookings are sent: a running process's base URL, or an in-process app (`app.request`). */
export type BookingTarget = string | { name: string; request: (path: string, init: RequestInit) => Response | Promise<Response> };

/** The ids of an offer's slots on `date`, listed through the API (which stores them), earliest first. */
export async function slotIdsOf(target: BookingTarget, offerId: number, date: string): Promise<number[]> {
  const path = `/api/offers/${offerId}/slots?from=${date}&to=${date}`;
  const response = typeof target === "string" ? await fetch(`${target}${path}`) : await target.request(path, {});
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { items: { id: number }[] };
  return body.items.map((s) => s.id);
}

/** One answer to a booking request; status 0 when the connection failed (e.g. the process was killed). */
export interface BookingReply {
  status: number;
  body: any;
  headers?: Headers;
  /** The process (base URL) or app that was asked. */
  via: string;
}

export const bookingBody = (slotId: number, partySize = 1, i = 0) =>
  ({ slotId, partySize, name: `Visitor ${i}`, email: `visitor${i}@example.org`, lang: i % 2 === 0 ? "en" : "fr" });

const nameOf = (target: BookingTarget) => (typeof target === "string" ? target : target.name);

/** POSTs one booking; never throws (a dead process gives status 0). */
export async function postBooking(target: BookingTarget, body: unknown, headers: Record<string, string> = {}): Promise<BookingReply> {
  const init: RequestInit = { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
  try {
    const response = typeof target === "string"
      ? await fetch(`${target}/api/bookings`, { ...init, signal: AbortSignal.timeout(30_000) })
      : await target.request("/api/bookings", init);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers, via: nameOf(target) };
  } catch {
    return { status: 0, body: undefined, via: nameOf(target) };
  }
}

/**
 * Sends `demand` bookings of `partySize` at one slot all at once, taking turns between the targets
 * (two processes: every other request to each), and waits for every answer.
 */
export async function bookingBurst(targets: BookingTarget[], slotId: number, demand: number, partySize = 1, headers: Record<string, string> = {}): Promise<BookingReply[]> {
  return Promise.all(Array.from({ length: demand }, (_, i) => postBooking(targets[i % targets.length]!, bookingBody(slotId, partySize, i), headers)));
}

/** What the database holds for one slot: its capacity, its `booked` counter and the places its bookings hold. */
export interface SlotCount {
  capacity: number;
  booked: number;
  /** Sum of the party sizes of its bookings that are not cancelled. */
  held: number;
  bookings: number;
}

export async function countSlot(db: Queryable, slotId: number): Promise<SlotCount> {
  const rows = await db.execute(sql`
    select s.capacity, s.booked,
      (select coalesce(sum(b.party_size), 0)::int from bookings b where b.slot_id = s.id and b.status <> 'cancelled') as held,
      (select count(*)::int from bookings b where b.slot_id = s.id) as bookings
    from booking_slots s where s.id = ${slotId}`);
  const [row] = rowsOf<SlotCount>(rows);
  if (!row) throw new Error(`no slot ${slotId}`);
  return { capacity: Number(row.capacity), booked: Number(row.booked), held: Number(row.held), bookings: Number(row.bookings) };
}

/** Slots whose counter disagrees with their bookings, or that hold more places than they have: must be none. */
export async function slotsOverCapacityOrMiscounted(db: Queryable) {
  const rows = await db.execute(sql`
    select s.id, s.capacity, s.booked, coalesce(h.held, 0)::int as held
    from booking_slots s
    left join (select slot_id, sum(party_size) as held from bookings where status <> 'cancelled' group by slot_id) h on h.slot_id = s.id
    where s.booked > s.capacity or s.booked <> coalesce(h.held, 0) or coalesce(h.held, 0) > s.capacity`);
  return rowsOf<{ id: number; capacity: number; booked: number; held: number }>(rows);
}

/** The rows of `db.execute`: an array on postgres.js, `{ rows }` on PGlite. */
function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? result) as T[];
}

/** The outcome of one burst, as the visitors saw it (201s) and as the database holds it. */
export interface BurstOutcome {
  demand: number;
  capacity: number;
  /** Places answered 201. */
  sold: number;
  /** Places held by the slot's bookings in the database. */
  dbSold: number;
  /** The slot's `booked` counter. */
  booked: number;
  /** Places sold beyond the capacity: the one figure that must always be 0. */
  oversold: number;
  /** Statuses other than 201 and 409 sold_out (errors), e.g. "500". */
  unexpected: string[];
}

/** One repetition: a burst of `demand` single-place bookings at `slotId`, then the count. */
export async function burstAndCount(targets: BookingTarget[], db: Queryable, slotId: number, demand: number): Promise<BurstOutcome> {
  const replies = await bookingBurst(targets, slotId, demand);
  const count = await countSlot(db, slotId);
  const sold = replies.filter((r) => r.status === 201).reduce((sum, r) => sum + (r.body.partySize as number), 0);
  const unexpected = replies.filter((r) => r.status !== 201 && !(r.status === 409 && r.body?.error === "sold_out")).map((r) => `${r.status} ${JSON.stringify(r.body)}`);
  return { demand, capacity: count.capacity, sold, dbSold: count.held, booked: count.booked, oversold: Math.max(0, count.held - count.capacity), unexpected };
}


/** A new temp folder for a server's DATA_DIR (its embedded database and its mail folder); removed by `removeFolders`. */
const folders: string[] = [];
export function tempDataDir(): string {
  const folder = mkdtempSync(join(tmpdir(), "rm-burst-"));
  folders.push(folder);
  return join(folder, "data");
}
export function removeFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** Migrates a new embedded database in `dataDir` and lets `prepare` store what the test needs, before any server opens it (PGlite has one opener). */
export async function preparePgliteFolder<T>(dataDir: string, prepare: (db: Queryable) => Promise<T>): Promise<T> {
  const handle = await openPglite(dataDir);
  try {
    await runMigrations(handle);
    return await prepare(handle.db);
  } finally {
    await handle.close();
  }
}

/** Opens an embedded database folder no server holds, runs `read` on it and closes it. */
export async function readPgliteFolder<T>(dataDir: string, read: (db: Queryable) => Promise<T>): Promise<T> {
  const handle = await openPglite(dataDir);
  try {
    return await read(handle.db);
  } finally {
    await handle.close();
  }
}

/** Servers started by the tests, killed by `killServers` (afterEach/afterAll). */
const running: ServerProcess[] = [];

/** The server of the negative control: bookings without the slot lock (test/unlocked-booking-server.ts). */
export const UNLOCKED_BOOKING_SERVER = tsxEntry("./unlocked-booking-server.ts");

/**
 * Starts `remembrance serve` (or the server `args` run, e.g. UNLOCKED_BOOKING_SERVER) quietly on the
 * embedded database in a new temp DATA_DIR, unless `env` says otherwise.
 */
export async function startBookingServer(env: Record<string, string>, args?: string[]): Promise<ServerProcess> {
  // Bursts come from one address: the limits are off unless `env` turns them on.
  const server = await startServerProcess({ LOG_LEVEL: "warn", PUBLIC_URL: "https://museum.test", DATA_DIR: tempDataDir(), DATABASE_URL: "", ...NO_LIMITS_ENV, ...env }, args);
  running.push(server);
  return server;
}

export async function killServers(): Promise<void> {
  const servers = running.splice(0);
  for (const s of servers) s.child.kill("SIGKILL");
  await Promise.all(servers.map((s) => s.exited));
}

/** SIGTERM, and resolves with the exit code once the process has drained and exited. */
export async function stopServer(server: ServerProcess): Promise<number | null> {
  server.child.kill("SIGTERM");
  return server.exited;
}
