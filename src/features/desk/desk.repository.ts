/**
 * The places the front desk reads (by slug, by id, those with timed visits); offers, slots and
 * bookings come from the booking feature's staff service (booking-staff.service.ts).
 */
import { asc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { bookingOffers } from "../../db/schema/bookings.ts";
import type { LocalizedText } from "../../lib/locales.ts";
import { places } from "../../db/schema/places.ts";

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
