/**
 * Bookings kept across an import that replaces all content. Replacing truncates places with
 * CASCADE, which empties booking_offers, booking_slots and bookings too; so they are read first
 * (offers with their place's slug: ids do not survive a replace) and given back after the new
 * dataset is stored, with their original ids, attached to the new offers.
 */
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { bookingOffers, bookings, bookingSlots } from "../../db/schema/bookings.ts";
import { places } from "../../db/schema/places.ts";

type OfferRow = typeof bookingOffers.$inferSelect;
type SlotRow = typeof bookingSlots.$inferSelect;
type BookingRow = typeof bookings.$inferSelect;

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

/** How many bookings each place's visits hold, by place slug (places without bookings are left out). */
export function bookingsByPlaceSlug(kept: KeptBookings): Map<string, number> {
  const placeOfOffer = new Map(kept.offers.map((o) => [o.id, o.placeSlug]));
  const placeOfSlot = new Map(kept.slots.map((s) => [s.id, placeOfOffer.get(s.offerId)!]));
  const counts = new Map<string, number>();
  for (const b of kept.bookings) {
    const place = placeOfSlot.get(b.slotId)!;
    counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return counts;
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Gives the kept slots and bookings back once the new dataset is stored (every place holding
 * bookings must still exist: the caller refuses the import otherwise). An offer found again by
 * (place slug, offer slug) keeps its new id; one the new dataset leaves out comes back archived
 * with its old id, if bookings hold it. Slots and bookings keep their ids; slots start at booked = 0
 * and the bookings' trigger counts them again. Returns how many bookings were given back.
 */
export async function restoreBookings(db: Queryable, kept: KeptBookings): Promise<number> {
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
      archived.push({ ...offer, placeId: placeId.get(placeSlug)!, archivedAt: offer.archivedAt ?? sql`now()` });
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
  }).from(bookingOffers).where(and(eq(bookingOffers.id, bookingSlots.offerId), isNull(bookingOffers.archivedAt), gt(bookingSlots.startsAt, sql`now()`)));
  return kept.bookings.length;
}
