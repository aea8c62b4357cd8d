/**
 * The operational side of offers, which booking owns: their slots and bookings when a place's
 * visits are rewritten (capacity and duration followed by future slots, archiving an offer that
 * bookings hold), and every offer, slot and booking kept across an import that replaces all content.
 */
import { and, count, eq, gt, isNull, sql } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { bookingOffers, bookings, bookingSlots } from "../../db/schema/bookings.ts";
import { places } from "../../db/schema/places.ts";

type OfferRow = typeof bookingOffers.$inferSelect;
type SlotRow = typeof bookingSlots.$inferSelect;
type BookingRow = typeof bookings.$inferSelect;

/** An offer's content as the place's document gives it (columns of booking_offers). */
export type OfferContent = Record<string, unknown> & { slug: string; capacity: number; durationMinutes: number };

export interface StoredOffer {
  id: number;
  slug: string;
  capacity: number;
  durationMinutes: number;
  archivedAt: Date | null;
}

/** The place's offers, locked until the transaction ends. */
export function lockOffersOfPlace(db: Queryable, placeId: number): Promise<StoredOffer[]> {
  return db.select({
    id: bookingOffers.id, slug: bookingOffers.slug, capacity: bookingOffers.capacity,
    durationMinutes: bookingOffers.durationMinutes, archivedAt: bookingOffers.archivedAt,
  }).from(bookingOffers).where(eq(bookingOffers.placeId, placeId)).for("update");
}

export async function insertOffer(db: Queryable, row: OfferContent): Promise<void> {
  await db.insert(bookingOffers).values(row as never);
}

/** Rewrites the offer's content in place (same id: slots and bookings keep it) and takes it out of the archive. */
export async function rewriteOffer(db: Queryable, id: number, row: OfferContent): Promise<void> {
  await db.update(bookingOffers).set({ ...row, archivedAt: null } as never).where(eq(bookingOffers.id, id));
}

/**
 * Slots of the offer starting after `now` follow its capacity and duration. A lowered capacity
 * stops at what a slot already holds (greatest(new capacity, booked)): bookings made are honoured
 * and the slot's check still holds.
 */
export async function resizeFutureSlots(db: Queryable, offerId: number, capacity: number, durationMinutes: number, now: Date): Promise<void> {
  await db.update(bookingSlots).set({
    capacity: sql`greatest(${capacity}::int, ${bookingSlots.booked})`,
    endsAt: sql`${bookingSlots.startsAt} + make_interval(mins => ${durationMinutes}::int)`,
  }).where(and(eq(bookingSlots.offerId, offerId), gt(bookingSlots.startsAt, now)));
}

/** Whether any booking (of any status) was ever made on one of the offer's slots. */
export async function offerHoldsBookings(db: Queryable, offerId: number): Promise<boolean> {
  const [held] = await db.select({ id: bookings.id }).from(bookings).innerJoin(bookingSlots, eq(bookingSlots.id, bookings.slotId))
    .where(eq(bookingSlots.offerId, offerId)).limit(1);
  return held !== undefined;
}

export async function archiveOffer(db: Queryable, id: number, at: Date): Promise<void> {
  await db.update(bookingOffers).set({ archivedAt: at }).where(eq(bookingOffers.id, id));
}

/** Deletes the offer and its (empty) slots. */
export async function deleteOffer(db: Queryable, id: number): Promise<void> {
  await db.delete(bookingOffers).where(eq(bookingOffers.id, id));
}

/** Bookings of any status held on the slots of the place's visits (archived ones too). */
export async function countBookingsOfPlace(db: Queryable, placeId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(bookings).innerJoin(bookingSlots, eq(bookingSlots.id, bookings.slotId))
    .innerJoin(bookingOffers, eq(bookingOffers.id, bookingSlots.offerId)).where(eq(bookingOffers.placeId, placeId));
  return Number(row?.n ?? 0);
}

export interface KeptBookings {
  offers: (OfferRow & { placeSlug: string })[];
  slots: SlotRow[];
  bookings: BookingRow[];
}

/** Rows per insert statement: well below PostgreSQL's limit of 65,535 parameters. */
const CHUNK = 1000;

/**
 * Every offer (with its place's slug), slot and booking, as stored now. Locks those tables (as the
 * truncate that follows would) until the transaction ends, so no booking is made between this read
 * and the truncate and lost. Places come first: a booking reads its place before it writes.
 */
export async function findBookingsToKeep(db: Queryable): Promise<KeptBookings> {
  await db.execute(sql`lock table ${places}, ${bookingOffers}, ${bookingSlots}, ${bookings} in access exclusive mode`);
  const [offers, slots, bookingRows] = await Promise.all([
    db.select({ offer: bookingOffers, placeSlug: places.slug }).from(bookingOffers).innerJoin(places, eq(places.id, bookingOffers.placeId)),
    db.select().from(bookingSlots),
    db.select().from(bookings),
  ]);
  return { offers: offers.map((o) => ({ ...o.offer, placeSlug: o.placeSlug })), slots, bookings: bookingRows };
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Gives the kept slots and bookings back once the new dataset is stored (every place holding
 * bookings must still exist: the caller refuses the import otherwise). An offer found again by
 * (place slug, offer slug) keeps its new id; one the new dataset leaves out comes back archived
 * (at `now`, unless it already was) with its old id, if bookings hold it. Slots and bookings keep
 * their ids; slots start at booked = 0 and the bookings' trigger counts them again. Returns how
 * many bookings were given back.
 */
export async function restoreBookings(db: Queryable, kept: KeptBookings, now: Date): Promise<number> {
  if (kept.offers.length === 0) return 0;
  const [current, placeRows] = await Promise.all([
    db.select({ id: bookingOffers.id, slug: bookingOffers.slug, placeSlug: places.slug })
      .from(bookingOffers).innerJoin(places, eq(places.id, bookingOffers.placeId)),
    db.select({ id: places.id, slug: places.slug }).from(places),
  ]);
  const newOfferId = new Map(current.map((o) => [`${o.placeSlug}/${o.slug}`, o.id]));
  const placeId = new Map(placeRows.map((p) => [p.slug, p.id]));
  const offerOfSlot = new Map(kept.slots.map((s) => [s.id, s.offerId]));
  const booked = new Set(kept.bookings.map((b) => offerOfSlot.get(b.slotId)!));

  const offerIds = new Map<number, number>();
  const archived: Record<string, unknown>[] = [];
  for (const { placeSlug, ...offer } of kept.offers) {
    const found = newOfferId.get(`${placeSlug}/${offer.slug}`);
    if (found !== undefined) offerIds.set(offer.id, found);
    else if (booked.has(offer.id) && placeId.has(placeSlug)) {
      offerIds.set(offer.id, offer.id);
      archived.push({ ...offer, placeId: placeId.get(placeSlug)!, archivedAt: offer.archivedAt ?? now });
    }
  }
  // The identity keeps counting past ids once used (no RESTART IDENTITY), so an old id is free again.
  await insertChunked(archived, (chunk) => db.insert(bookingOffers).overridingSystemValue().values(chunk as never));
  const slots = kept.slots.filter((s) => offerIds.has(s.offerId)).map((s) => ({ ...s, offerId: offerIds.get(s.offerId)!, booked: 0 }));
  await insertChunked(slots, (chunk) => db.insert(bookingSlots).overridingSystemValue().values(chunk));
  await insertChunked(kept.bookings, (chunk) => db.insert(bookings).overridingSystemValue().values(chunk));

  // Future slots follow their offer as the new dataset has it. A lowered capacity stops at what a
  // slot already holds (greatest(new capacity, booked)), so the bookings made are honoured.
  await db.update(bookingSlots).set({
    capacity: sql`greatest(${bookingOffers.capacity}, ${bookingSlots.booked})`,
    endsAt: sql`${bookingSlots.startsAt} + make_interval(mins => ${bookingOffers.durationMinutes})`,
  }).from(bookingOffers).where(and(eq(bookingOffers.id, bookingSlots.offerId), isNull(bookingOffers.archivedAt), gt(bookingSlots.startsAt, now)));
  return kept.bookings.length;
}
