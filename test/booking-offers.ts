/** Bookable offers for tests, stored directly (the dataset's `visits` are tested on their own). */
import type { Queryable } from "../src/db/database.ts";
import { bookingOffers } from "../src/db/schema/bookings.ts";
import { places } from "../src/db/schema/places.ts";
import { eq } from "drizzle-orm";
import { aPlace, storeRecords } from "./factories.ts";

type OfferInsert = typeof bookingOffers.$inferInsert;

/**
 * A place open Tuesday to Sunday 10:00–18:00 in Paris, with one offer (online, capacity 20, hourly
 * 10:00–17:00 by default). Tests book with few e-mail addresses, so the offer lets one address hold
 * any number of places a day unless `placesPerEmailPerDay` says otherwise (null: the product's
 * default, twice the largest party, as booking-limits.db.test.ts checks).
 */
export async function storeOffer(db: Queryable, o: Partial<Omit<OfferInsert, "placeId">> & { placeSlug?: string } = {}) {
  const placeSlug = o.placeSlug ?? `bookable-${Math.random().toString(36).slice(2, 8)}`;
  const [existing] = await db.select({ id: places.id }).from(places).where(eq(places.slug, placeSlug));
  if (!existing) {
    await storeRecords(db, { places: [aPlace({
      slug: placeSlug,
      openingHours: [{ days: ["tue", "wed", "thu", "fri", "sat", "sun"], opens: "10:00", closes: "18:00" }],
    })] });
  }
  const [place] = await db.select({ id: places.id }).from(places).where(eq(places.slug, placeSlug));
  const { placeSlug: _ignored, ...offer } = o;
  const [row] = await db.insert(bookingOffers).values({
    placeId: place!.id, slug: `visit-${Math.random().toString(36).slice(2, 8)}`, position: 0,
    title: { en: "Guided visit", fr: "Visite guidée" }, durationMinutes: 45, capacity: 20, minParty: 1, maxParty: 10,
    languages: ["fr", "en"], isFree: true, requirements: { stepFree: true, headset: false }, channels: ["online", "onsite"],
    patterns: [{ weekdays: [2, 3, 4, 5, 6, 7], startTimes: ["10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00"] }],
    placesPerEmailPerDay: 100_000,
    ...offer,
  }).returning();
  return { offer: row!, placeSlug };
}
