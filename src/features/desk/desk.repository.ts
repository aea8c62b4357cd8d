/**
 * What the front desk reads: places (by slug, by id, those with timed visits) and, through the
 * booking repository's queries, the offers, slots and bookings of the places it works for.
 */
import { asc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { bookingOffers, bookingSlots } from "../../db/schema/bookings.ts";
import type { LocalizedText } from "../../db/schema/columns.ts";
import { places } from "../../db/schema/places.ts";
import {
  findBookingByCode, findBookingsOfSlots, findOfferById, findOffersOfPlaces, searchBookings, type BookingRow, type OfferRow,
} from "../booking/booking.repository.ts";

export interface DeskPlace {
  id: number;
  slug: string;
  name: LocalizedText;
  timeZone: string;
}

const placeColumns = { id: places.id, slug: places.slug, name: places.name, timeZone: places.timeZone };

export async function findDeskPlace(db: Queryable, slug: string): Promise<DeskPlace | undefined> {
  const [row] = await db.select(placeColumns).from(places).where(eq(places.slug, slug));
  return row;
}

export async function findDeskPlacesByIds(db: Queryable, ids: number[]): Promise<DeskPlace[]> {
  if (ids.length === 0) return [];
  return db.select(placeColumns).from(places).where(inArray(places.id, ids)).orderBy(asc(places.slug));
}

/** Places with at least one timed visit (archived ones count: their bookings may still be looked after). */
export async function findPlacesWithOffers(db: Queryable): Promise<DeskPlace[]> {
  return db.selectDistinct(placeColumns).from(places).innerJoin(bookingOffers, eq(bookingOffers.placeId, places.id)).orderBy(asc(places.slug));
}

/** Every offer of a place, archived ones too. */
export const findOffersAtPlaces = (db: Queryable, placeIds: number[]): Promise<OfferRow[]> => findOffersOfPlaces(db, placeIds);

/** The place a slot belongs to, if the slot exists. */
export async function findPlaceOfSlot(db: Queryable, slotId: number): Promise<number | undefined> {
  const [row] = await db.select({ placeId: bookingOffers.placeId }).from(bookingSlots)
    .innerJoin(bookingOffers, eq(bookingOffers.id, bookingSlots.offerId)).where(eq(bookingSlots.id, slotId));
  return row?.placeId;
}

/** A booking with its offer, only if it is a booking of `placeId` (staff never see another place's). */
export async function findBookingAtPlace(db: Queryable, code: string, placeId: number): Promise<{ booking: BookingRow; offer: OfferRow } | undefined> {
  const booking = await findBookingByCode(db, code);
  const offer = booking && await findOfferById(db, booking.offerId);
  if (!booking || !offer || offer.placeId !== placeId) return undefined;
  return { booking, offer };
}

export const findBookingsOfDeskSlots = (db: Queryable, slotIds: number[]) => findBookingsOfSlots(db, slotIds);
export type DeskBookingRow = Awaited<ReturnType<typeof findBookingsOfSlots>>[number];

/** Bookings of the given places matching a code, a name or an e-mail address, most recent visits first. */
export const searchDeskBookings = (db: Queryable, placeIds: number[], text: string, limit: number) => searchBookings(db, placeIds, text, limit);
