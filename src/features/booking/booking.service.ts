/**
 * The rules of timed visits: which slots an offer has (from its weekly rules within its place's
 * hours, created in the database the first time they are listed), what is left of each, and booking,
 * cancelling and admitting visitors without ever selling more places than a slot has.
 *
 * Overselling is prevented twice: a booking locks its slot's row, counts and inserts in one
 * transaction (so concurrent bookings of one slot queue, across processes), and the slot's
 * `booked <= capacity` check, kept by a trigger on bookings, makes the database refuse any excess.
 */
import { DateTime } from "luxon";
import type { Database, Queryable, Transaction } from "../../db/database.ts";
import type { Locale } from "../../lib/locales.ts";
import { newSecret, sha256Hex } from "../../lib/secrets.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";
import { scheduleOf } from "../places/places.service.ts";
import { availabilityOf, type Availability } from "./availability.ts";
import { newBookingCode } from "./booking-code.ts";
import {
  claimIdempotencyKey, deleteIdempotencyKey, findBookingByCode, findOfferById, findSlotById, findSlotsBetween, findSlotWithOffer,
  insertBookingIfRoom, insertMissingSlots, lockPlacesHeldByEmail, storeIdempotentReply, updateBookingStatus, type BookingRow, type OfferRow, type SlotRow,
} from "./booking.repository.ts";
import type { NewBooking } from "./booking.repository.ts";
import { generateSlots, isOfferedStart, type SlotRules } from "./slot-rules.ts";

export type { BookingRow, OfferRow } from "./booking.repository.ts";

/**
 * The booking path's seam: how a booking is inserted, by default `insertBookingIfRoom` (which locks
 * the slot's row). Only the test proving the lock matters replaces it (test/unlocked-booking-server.ts).
 */
export interface BookingSettings {
  insertBooking?: (tx: Transaction, booking: NewBooking) => Promise<number | undefined>;
}

declare module "../../web/app-env.ts" {
  interface AppDeps {
    /** See BookingSettings. */
    booking?: BookingSettings;
  }
}

export interface SlotView {
  id: number;
  offerId: number;
  start: Date;
  end: Date;
  /** ISO 8601 with the place's offset, e.g. "2026-03-29T10:00:00+02:00". */
  startIso: string;
  endIso: string;
  /** Local date and time at the place. */
  localDate: string;
  localTime: string;
  capacity: number;
  remaining: number;
  availability: Availability;
}

export const isPublicOffer = (offer: OfferRow) => offer.placeStatus === "published" && offer.archivedAt === null;

export function slotRulesOf(offer: OfferRow): SlotRules {
  return {
    schedule: scheduleOf(offer.timeZone, offer.hours, offer.exceptions),
    patterns: offer.patterns,
    durationMinutes: offer.durationMinutes,
  };
}

/** Today's date at the place. */
export const localToday = (timeZone: string, now: Date) => DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;

export const plusDays = (date: string, days: number) => DateTime.fromISO(date, { zone: "utc" }).plus({ days }).toISODate()!;

export interface SlotWindow {
  /** Keep slots that have started (the front desk's day); visitors only see those still ahead. */
  includeStarted?: boolean;
  /** Ignore the offer's booking horizon (the front desk may look further ahead). */
  ignoreHorizon?: boolean;
}

/**
 * The slots of `offer` from local date `from` to `to` (inclusive) as its rules give them today, with
 * their stored ids and places left; slots not stored yet are created (concurrent callers are safe).
 */
export async function slotsOfOffer(db: Queryable, offer: OfferRow, from: string, to: string, now: Date, window: SlotWindow = {}): Promise<SlotView[]> {
  const horizonEnd = now.getTime() + offer.bookingHorizonDays * 86_400_000;
  const generated = generateSlots(slotRulesOf(offer), from, to)
    .filter((s) => (window.includeStarted || s.start.getTime() > now.getTime()) && (window.ignoreHorizon || s.start.getTime() <= horizonEnd));
  if (generated.length === 0) return [];
  const first = generated[0]!.start;
  const afterLast = new Date(generated[generated.length - 1]!.start.getTime() + 1);
  let stored = await findSlotsBetween(db, offer.id, first, afterLast);
  const byStart = (rows: SlotRow[]) => new Map(rows.map((r) => [r.startsAt.getTime(), r]));
  let known = byStart(stored);
  const missing = generated.filter((s) => !known.has(s.start.getTime()));
  if (missing.length > 0 && offer.archivedAt === null) {
    await insertMissingSlots(db, missing.map((s) => ({ offerId: offer.id, startsAt: s.start, endsAt: s.end, localDate: s.date, capacity: offer.capacity })));
    stored = await findSlotsBetween(db, offer.id, first, afterLast);
    known = byStart(stored);
  }
  return generated.flatMap((s) => {
    const row = known.get(s.start.getTime());
    if (!row) return [];
    const remaining = Math.max(0, row.capacity - row.booked);
    return [{
      id: row.id, offerId: offer.id, start: s.start, end: s.end, startIso: s.startIso, endIso: s.endIso, localDate: s.date, localTime: s.time,
      capacity: row.capacity, remaining, availability: availabilityOf(row.capacity, remaining),
    }];
  });
}

/** Days looked ahead for the next slots that fit a party when the one asked for is full. */
export const NEXT_SLOTS_DAYS = 14;

/**
 * The next slots after `after` (up to `limit`) with room for the whole party: a family stays together.
 * Looks at the same day first, then a few days, then the rest of NEXT_SLOTS_DAYS, so a refusal in a
 * burst usually reads one day's slots rather than two weeks'.
 */
export async function nextSlotsFitting(db: Queryable, offer: OfferRow, after: Date, partySize: number, now: Date, limit = 5): Promise<SlotView[]> {
  const first = DateTime.fromJSDate(after, { zone: offer.timeZone }).toISODate()!;
  const found: SlotView[] = [];
  for (const [from, to] of [[0, 0], [1, 3], [4, NEXT_SLOTS_DAYS]] as const) {
    const slots = await slotsOfOffer(db, offer, plusDays(first, from), plusDays(first, to), now);
    found.push(...slots.filter((s) => s.start.getTime() > after.getTime() && s.remaining >= partySize));
    if (found.length >= limit) break;
  }
  return found.slice(0, limit);
}

export interface BookInput {
  slotId: number;
  partySize: number;
  name: string;
  email?: string;
  lang: Locale;
  /** "online": the website or API (refused for offers sold only at the museum); "desk": staff at the museum. */
  source: "online" | "desk";
  bookedByAccountId?: number;
}

/** What `book` did, for the caller to answer with. */
export type BookOutcome =
  | { kind: "booked"; booking: BookingRow; offer: OfferRow; secret: string }
  | { kind: "sold_out"; remaining: number; next: SlotView[] }
  | { kind: "onsite_only"; offer: OfferRow }
  | { kind: "slot_not_found" }
  | { kind: "started"; offer: OfferRow }
  | { kind: "beyond_horizon"; offer: OfferRow }
  | { kind: "party_size"; min: number; max: number }
  /** The e-mail already holds `held` places on this visit's day, and `cap` is the most it may hold. */
  | { kind: "places_per_email"; held: number; cap: number }
  | { kind: "replayed"; statusCode: number; response: unknown }
  | { kind: "key_reused" };

export interface Idempotency {
  scope: string;
  key: string;
  /** SHA-256 of the request, so the same key with another request is refused. */
  requestHash: string;
  /** The reply stored for this key once booked (replayed as is to a retry). */
  reply: (outcome: Extract<BookOutcome, { kind: "booked" }>) => unknown;
}

/** The most places one e-mail may hold online on one day of an offer: its setting, else twice its largest party. */
export const placesPerEmailPerDay = (offer: Pick<OfferRow, "placesPerEmailPerDay" | "maxParty">) => offer.placesPerEmailPerDay ?? 2 * offer.maxParty;

/** Keys are kept at least this long. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

export interface BookContext {
  now: Date;
  settings?: BookingSettings;
  /** Seals the reply kept for the idempotency key (it holds the booking's secret) and opens it for a replay. */
  secrets: SecretKeyring;
  idempotency?: Idempotency;
  /**
   * Runs in the booking's transaction before the booking is inserted (so it never holds the slot's
   * lock): messages to the outbox, the audit entry. If there is no room after all, it rolls back.
   * The booking's id is not known yet (0).
   */
  onBooked?: (tx: Transaction, booked: Extract<BookOutcome, { kind: "booked" }>) => Promise<void>;
}

/** Thrown inside the transaction to roll it back and answer with `outcome`. */
class Abandon extends Error {
  constructor(readonly outcome: BookOutcome) {
    super(outcome.kind);
  }
}

/** A violation of the slot's `booked <= capacity` check: the database refused to oversell. */
function isCapacityBackstop(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const err = e as { code?: string; constraint_name?: string; constraint?: string; message?: string };
    if (err.code === "23514" && (err.constraint_name ?? err.constraint ?? err.message ?? "").includes("booking_slots_capacity_backstop")) return true;
  }
  return false;
}

/** Postgres's unique violation on the booking code: a clash of random codes (about 1 in 10^11), drawn again. */
function isCodeClash(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const err = e as { code?: string; constraint_name?: string; constraint?: string; message?: string };
    if (err.code === "23505" && (err.constraint_name ?? err.constraint ?? err.message ?? "").includes("bookings_code_unique")) return true;
  }
  return false;
}

/**
 * Books `partySize` places on a slot, or says why not. The checks that do not depend on what is
 * left come first. Then one transaction claims the idempotency key, runs `onBooked` (messages, audit)
 * and stores the reply for the booking about to be made, and only then, as its last statement,
 * inserts the booking if the slot has room, locking the slot's row: the lock is held from that
 * statement to the commit, and nothing else waits behind it. No room: everything rolls back.
 */
export async function book(db: Database, input: BookInput, ctx: BookContext): Promise<BookOutcome> {
  const { now } = ctx;
  const found = await findSlotWithOffer(db, input.slotId);
  if (!found || !isPublicOffer(found.offer) || !isOfferedStart(slotRulesOf(found.offer), found.slot.startsAt)) return { kind: "slot_not_found" };
  const { slot, offer } = found;
  if (input.source === "online" && !offer.channels.includes("online")) return { kind: "onsite_only", offer };
  if (input.partySize < offer.minParty || input.partySize > offer.maxParty) return { kind: "party_size", min: offer.minParty, max: offer.maxParty };
  if (slot.startsAt.getTime() <= now.getTime()) return { kind: "started", offer };
  if (input.source === "online" && slot.startsAt.getTime() > now.getTime() + offer.bookingHorizonDays * 86_400_000) return { kind: "beyond_horizon", offer };
  const soldOut = async (): Promise<BookOutcome> => {
    const current = await findSlotById(db, slot.id);
    const remaining = Math.max(0, current ? current.capacity - current.booked : 0);
    return { kind: "sold_out", remaining, next: await nextSlotsFitting(db, offer, slot.startsAt, input.partySize, now) };
  };
  // Already full when read: no need to queue for the lock (a retried key still gets its replay below).
  if (!ctx.idempotency && slot.capacity - slot.booked < input.partySize) return soldOut();

  for (;;) {
    const secret = newSecret();
    const booking: BookingRow["booking"] = {
      id: 0, code: newBookingCode(), secretHash: sha256Hex(secret), slotId: slot.id, partySize: input.partySize, name: input.name,
      email: input.email ?? null, lang: input.lang, source: input.source, status: "confirmed", bookedByAccountId: input.bookedByAccountId ?? null,
      createdAt: now, cancelledAt: null, checkedInAt: null,
    };
    const row: BookingRow = { booking, offerId: offer.id, slot: { id: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt, localDate: slot.localDate } };
    try {
      return await db.transaction(async (tx) => {
        const idem = ctx.idempotency;
        if (idem) {
          const replay = await claimKey(tx, ctx.secrets, idem, now);
          if (replay) return replay;
        }
        if (input.source === "online" && input.email) {
          const cap = placesPerEmailPerDay(offer);
          const held = await lockPlacesHeldByEmail(tx, offer.id, slot.localDate, input.email);
          if (held + input.partySize > cap) throw new Abandon({ kind: "places_per_email", held, cap });
        }
        const booked = { kind: "booked" as const, booking: row, offer, secret };
        await ctx.onBooked?.(tx, booked);
        if (idem) await storeIdempotentReply(tx, ctx.secrets, idem.scope, idem.key, 201, idem.reply(booked));
        const id = await (ctx.settings?.insertBooking ?? insertBookingIfRoom)(tx, { ...booking, createdAt: now });
        if (id === undefined) throw new Abandon({ kind: "sold_out", remaining: 0, next: [] });
        booking.id = id;
        return booked;
      });
    } catch (error) {
      if (isCodeClash(error)) continue;
      if (error instanceof Abandon && error.outcome.kind !== "sold_out") return error.outcome;
      if (error instanceof Abandon || isCapacityBackstop(error)) return soldOut();
      throw error;
    }
  }
}

/** Claims the key for this transaction, or returns the outcome of its earlier use. */
async function claimKey(tx: Transaction, secrets: SecretKeyring, idem: Idempotency, now: Date): Promise<BookOutcome | undefined> {
  const key = { scope: idem.scope, key: idem.key, requestHash: idem.requestHash, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) };
  let stored = await claimIdempotencyKey(tx, secrets, key);
  if (stored && stored.expiresAt.getTime() <= now.getTime()) {
    await deleteIdempotencyKey(tx, idem.scope, idem.key);
    stored = await claimIdempotencyKey(tx, secrets, key);
  }
  if (!stored) return undefined;
  if (stored.requestHash !== idem.requestHash) return { kind: "key_reused" };
  return { kind: "replayed", statusCode: stored.statusCode, response: stored.response };
}

export type CancelOutcome =
  | { kind: "cancelled"; booking: BookingRow; offer: OfferRow }
  | { kind: "already_cancelled"; booking: BookingRow; offer: OfferRow }
  | { kind: "too_late"; booking: BookingRow }
  | { kind: "not_found" };

export interface CancelContext {
  now: Date;
  /** Visitors prove the booking is theirs with its secret; staff are authorised by the caller. */
  secret?: string;
  /** Staff may cancel until the visitor is admitted; visitors until the visit starts. */
  byStaff?: boolean;
  onCancelled?: (tx: Transaction, cancelled: Extract<CancelOutcome, { kind: "cancelled" }>) => Promise<void>;
}

/** Cancels a booking and frees its places (the trigger gives them back to the slot). */
export async function cancelBooking(db: Database, code: string, ctx: CancelContext): Promise<CancelOutcome> {
  return db.transaction(async (tx) => {
    const row = await findBookingByCode(tx, code, true);
    if (!row || (!ctx.byStaff && (ctx.secret === undefined || sha256Hex(ctx.secret) !== row.booking.secretHash))) return { kind: "not_found" };
    const offer = (await findOfferById(tx, row.offerId))!;
    if (row.booking.status === "cancelled") return { kind: "already_cancelled", booking: row, offer };
    // Visitors may cancel a confirmed booking until the visit starts; staff until the party is admitted.
    const tooLate = ctx.byStaff
      ? row.booking.status === "checked_in"
      : row.booking.status !== "confirmed" || row.slot.startsAt.getTime() <= ctx.now.getTime();
    if (tooLate) return { kind: "too_late", booking: row };
    await updateBookingStatus(tx, row.booking.id, { status: "cancelled", cancelledAt: ctx.now });
    const cancelled = { kind: "cancelled" as const, booking: (await findBookingByCode(tx, code))!, offer };
    await ctx.onCancelled?.(tx, cancelled);
    return cancelled;
  });
}

/** A booking the visitor may see: the code and its secret must match. */
export async function findOwnBooking(db: Queryable, code: string, secret: string) {
  const row = await findBookingByCode(db, code);
  if (!row || sha256Hex(secret) !== row.booking.secretHash) return undefined;
  const offer = (await findOfferById(db, row.offerId))!;
  return { booking: row, offer };
}

export type CheckInOutcome =
  | { kind: "admitted"; booking: BookingRow; offer: OfferRow }
  | { kind: "already_admitted"; booking: BookingRow; offer: OfferRow }
  | { kind: "wrong_day"; booking: BookingRow; offer: OfferRow; today: string }
  | { kind: "cancelled"; booking: BookingRow; offer: OfferRow }
  | { kind: "not_found" };

/**
 * Admits the visitors of a booking: once, and only on the day of their visit at the place. Staff
 * see bookings of their own places only (`placeIds`; undefined for administrators).
 */
export async function checkIn(
  db: Database, code: string, placeIds: readonly number[] | undefined, now: Date,
  onAdmitted?: (tx: Transaction, admitted: Extract<CheckInOutcome, { kind: "admitted" }>) => Promise<void>,
): Promise<CheckInOutcome> {
  return db.transaction(async (tx) => {
    const row = await findBookingByCode(tx, code, true);
    const offer = row && await findOfferById(tx, row.offerId);
    if (!row || !offer || (placeIds && !placeIds.includes(offer.placeId))) return { kind: "not_found" };
    if (row.booking.status === "cancelled") return { kind: "cancelled", booking: row, offer };
    if (row.booking.status === "checked_in") return { kind: "already_admitted", booking: row, offer };
    const today = localToday(offer.timeZone, now);
    if (row.slot.localDate !== today) return { kind: "wrong_day", booking: row, offer, today };
    await updateBookingStatus(tx, row.booking.id, { status: "checked_in", checkedInAt: now });
    const admitted = { kind: "admitted" as const, booking: (await findBookingByCode(tx, code))!, offer };
    await onAdmitted?.(tx, admitted);
    return admitted;
  });
}

export type NoShowOutcome =
  | { kind: "marked"; booking: BookingRow; offer: OfferRow }
  | { kind: "not_yet"; booking: BookingRow }
  | { kind: "not_confirmed"; booking: BookingRow }
  | { kind: "not_found" };

/** Records that a confirmed party did not come, once its visit has started. Their places stay counted: the visit went ahead. */
export async function markNoShow(
  db: Database, code: string, placeIds: readonly number[] | undefined, now: Date,
  onMarked?: (tx: Transaction, marked: Extract<NoShowOutcome, { kind: "marked" }>) => Promise<void>,
): Promise<NoShowOutcome> {
  return db.transaction(async (tx) => {
    const row = await findBookingByCode(tx, code, true);
    const offer = row && await findOfferById(tx, row.offerId);
    if (!row || !offer || (placeIds && !placeIds.includes(offer.placeId))) return { kind: "not_found" };
    if (row.booking.status !== "confirmed") return { kind: "not_confirmed", booking: row };
    if (row.slot.startsAt.getTime() > now.getTime()) return { kind: "not_yet", booking: row };
    await updateBookingStatus(tx, row.booking.id, { status: "no_show" });
    const marked = { kind: "marked" as const, booking: (await findBookingByCode(tx, code))!, offer };
    await onMarked?.(tx, marked);
    return marked;
  });
}
