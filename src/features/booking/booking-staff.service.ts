/**
 * What staff (the front desk) read of bookings: always scoped to the places they work for, so a
 * member of one place's desk never sees another place's visitors.
 */
import type { Queryable } from "../../db/database.ts";
import {
  findBookingByCode, findBookingsOfSlots, findOfferById, findOffersOfPlaces, findPlaceIdOfSlot, searchBookings, type BookingRow, type OfferRow,
} from "./booking.repository.ts";

/** Every offer of the given places, archived ones too (their bookings may still be looked after). */
export const offersOfPlaces = (db: Queryable, placeIds: number[]): Promise<OfferRow[]> => findOffersOfPlaces(db, placeIds);

/** Every booking of the given slots, in the order they were made. */
export const bookingsOfSlots = (db: Queryable, slotIds: number[]) => findBookingsOfSlots(db, slotIds);
export type SlotBookingRow = Awaited<ReturnType<typeof findBookingsOfSlots>>[number];

/** Bookings of the given places matching a code, a name or an e-mail address, most recent visits first. */
export const searchBookingsAt = (db: Queryable, placeIds: number[], text: string, limit: number) => searchBookings(db, placeIds, text, limit);

/** A booking with its offer, only if it is a booking of `placeId`. */
export async function findBookingAtPlace(db: Queryable, code: string, placeId: number): Promise<{ booking: BookingRow; offer: OfferRow } | undefined> {
  const booking = await findBookingByCode(db, code);
  const offer = booking && await findOfferById(db, booking.offerId);
  if (!booking || !offer || offer.placeId !== placeId) return undefined;
  return { booking, offer };
}

/** True when the slot is one of `placeId`'s. */
export const isSlotOfPlace = async (db: Queryable, slotId: number, placeId: number) => (await findPlaceIdOfSlot(db, slotId)) === placeId;
