/**
 * What other features ask of booking when they change the offers that are part of a place's
 * content: writing a place's visits without losing a booking, whether a place may go, and keeping
 * every booking across an import that replaces all content. Run in the caller's transaction.
 */
import type { Queryable } from "../../db/database.ts";
import {
  archiveOffer, countBookingsOfPlace, deleteOffer, findBookingsToKeep, insertOffer, lockOffersOfPlace, offerHoldsBookings,
  resizeFutureSlots, restoreBookings, rewriteOffer, type KeptBookings, type OfferContent,
} from "./offer-operations.repository.ts";

export type { KeptBookings, OfferContent };

/**
 * Writes a place's visits by slug, never deleting and reinserting them (slots and bookings refer to
 * them): a visit already stored is updated in place (same id; un-archived if it was archived), and
 * its slots after `now` follow a changed capacity or duration; a new one is inserted; a visit no
 * longer given is deleted with its empty slots when no booking ever held one of them, else archived
 * at `now` (kept for its bookings, no longer offered).
 */
export async function writeOffersOfPlace(db: Queryable, placeId: number, offers: OfferContent[], now: Date): Promise<void> {
  const stored = await lockOffersOfPlace(db, placeId);
  const bySlug = new Map(stored.map((o) => [o.slug, o]));
  for (const row of offers) {
    const old = bySlug.get(row.slug);
    if (old === undefined) {
      await insertOffer(db, row);
      continue;
    }
    await rewriteOffer(db, old.id, row);
    if (old.capacity !== row.capacity || old.durationMinutes !== row.durationMinutes) {
      await resizeFutureSlots(db, old.id, row.capacity, row.durationMinutes, now);
    }
  }
  const kept = new Set(offers.map((o) => o.slug));
  for (const offer of stored.filter((o) => o.archivedAt === null && !kept.has(o.slug))) {
    if (await offerHoldsBookings(db, offer.id)) await archiveOffer(db, offer.id, now);
    else await deleteOffer(db, offer.id);
  }
}

/** How many bookings (of any status, archived visits too) the place's visits hold: a place holding any is never deleted. */
export const bookingsHeldByPlace = (db: Queryable, placeId: number): Promise<number> => countBookingsOfPlace(db, placeId);

/** Every offer, slot and booking, read (and locked) before content is replaced. */
export const keepBookings = (db: Queryable): Promise<KeptBookings> => findBookingsToKeep(db);

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

/** Gives the kept bookings back once the new content is stored (see restoreBookings); `now` archives the visits left out. */
export const giveBookingsBack = (db: Queryable, kept: KeptBookings, now: Date): Promise<number> => restoreBookings(db, kept, now);
