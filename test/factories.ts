/**
 * Test records built as dataset fragments and stored with the same writer the seed uses. Each
 * factory fills what a record needs; tests override only what they assert on.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "../src/db/database.ts";
import { bookingOffers, bookings, bookingSlots } from "../src/db/schema/bookings.ts";
import { places } from "../src/db/schema/places.ts";
import { insertDataset } from "../src/features/dataset/dataset-writer.repository.ts";
import { datasetSchema, type Dataset } from "../src/features/dataset/dataset.schemas.ts";
import type { z } from "zod";

type Input = z.input<typeof datasetSchema>;
type Item<K extends keyof Input> = NonNullable<Input[K]>[number];

let counter = 0;
const next = (prefix: string) => `${prefix}-${++counter}`;

export const aTheme = (o: Partial<Item<"themes">> = {}): Item<"themes"> => {
  const slug = o.slug ?? next("theme");
  return { slug, name: { en: `Theme ${slug}`, fr: `Thème ${slug}` }, ...o };
};

export const aPlace = (o: Partial<Item<"places">> = {}): Item<"places"> => {
  const slug = o.slug ?? next("place");
  return { slug, kind: "museum", name: { en: `Museum ${slug}`, fr: `Musée ${slug}` }, address: { city: "Paris" }, ...o };
};

export const anExhibition = (place: string, o: Partial<Item<"exhibitions">> = {}): Item<"exhibitions"> => {
  const slug = o.slug ?? next("exhibition");
  return { slug, place, kind: "permanent", title: { en: `Exhibition ${slug}`, fr: `Exposition ${slug}` }, ...o };
};

export const aPerson = (o: Partial<Item<"people">> = {}): Item<"people"> => {
  const slug = o.slug ?? next("person");
  return { slug, name: `Person ${slug}`, ...o };
};

export const anEvent = (o: Partial<Item<"events">> = {}): Item<"events"> => {
  const slug = o.slug ?? next("event");
  return { slug, kind: "other", title: { en: `Event ${slug}`, fr: `Événement ${slug}` }, date: "1944", ...o };
};

export const anObject = (holder: string, o: Partial<Item<"objects">> = {}): Item<"objects"> => {
  const slug = o.slug ?? next("object");
  return { slug, holder, type: "object", title: { en: `Object ${slug}`, fr: `Objet ${slug}` }, ...o };
};

type RoomInput = NonNullable<Item<"exhibitions">["rooms"]>[number];

/** A room, to put in an exhibition's `rooms` (rooms are stored through their exhibition). */
export const aRoom = (o: Partial<RoomInput> = {}): RoomInput => {
  const slug = o.slug ?? next("room");
  return { slug, title: { en: `Room ${slug}`, fr: `Salle ${slug}` }, ...o };
};

type VisitInput = NonNullable<Item<"places">["visits"]>[number];

/**
 * A timed visit, to put in a place's `visits`: booked online, 60 minutes, 20 places per slot,
 * parties of 1 to 10, Tuesday to Sunday on the hour from 10:00 to 17:00 (give the place opening
 * hours, e.g. 10:00-18:00, for slots to exist), price not stated.
 */
export const aVisit = (o: Partial<VisitInput> = {}): VisitInput => {
  const slug = o.slug ?? next("visit");
  return {
    slug, title: { en: `Visit ${slug}`, fr: `Visite ${slug}` }, durationMinutes: 60, capacity: 20, partySize: { min: 1, max: 10 },
    languages: ["en", "fr"], channels: ["online"],
    schedule: [{ days: ["tue", "wed", "thu", "fri", "sat", "sun"], times: ["10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00"] }],
    ...o,
  };
};

/**
 * The places the fragment's exhibitions and objects hang off but neither it nor the database holds,
 * as plain published places: a test names a parent by slug and gets it.
 */
async function withParentPlaces(db: Queryable, fragment: Partial<Input>): Promise<Partial<Input>> {
  const given = new Set((fragment.places ?? []).map((p) => p.slug));
  const named = [...(fragment.exhibitions ?? []).map((e) => e.place), ...(fragment.objects ?? []).map((o) => o.holder)];
  const wanted = [...new Set(named)].filter((slug) => !given.has(slug));
  if (wanted.length === 0) return fragment;
  const stored = new Set((await db.select({ slug: places.slug }).from(places).where(inArray(places.slug, wanted))).map((r) => r.slug));
  const missing = wanted.filter((slug) => !stored.has(slug));
  return missing.length === 0 ? fragment : { ...fragment, places: [...(fragment.places ?? []), ...missing.map((slug) => aPlace({ slug }))] };
}

/** Validates a fragment like a real dataset (defaults filled), adds the parent places it lacks, and stores it. */
export async function storeRecords(db: Queryable, fragment: Partial<Input>): Promise<Dataset> {
  const dataset = datasetSchema.parse(await withParentPlaces(db, fragment));
  await insertDataset(db, dataset, "test", "test");
  return dataset;
}

export interface StoredBooking { offerId: number; slotId: number; bookingId: number | undefined; code: string | undefined }

let bookingCounter = 0;

/**
 * A booking on the visit `visit` of place `place`, on its slot starting at `startsAt` (created if
 * needed, with the visit's capacity unless `capacity` is given), written directly with drizzle, not
 * through the booking service: for tests of what must keep bookings. `partySize: 0` stores the slot alone.
 */
export async function storeBooking(db: Queryable, place: string, visit: string, o: {
  startsAt: Date; partySize?: number; code?: string; status?: "confirmed" | "checked_in" | "no_show" | "cancelled"; capacity?: number;
}): Promise<StoredBooking> {
  const [offer] = await db.select({ id: bookingOffers.id, capacity: bookingOffers.capacity, duration: bookingOffers.durationMinutes })
    .from(bookingOffers).innerJoin(places, eq(places.id, bookingOffers.placeId))
    .where(and(eq(places.slug, place), eq(bookingOffers.slug, visit)));
  if (!offer) throw new Error(`no visit "${visit}" at "${place}"`);
  await db.insert(bookingSlots).values({
    offerId: offer.id, startsAt: o.startsAt, endsAt: new Date(o.startsAt.getTime() + offer.duration * 60_000),
    localDate: o.startsAt.toISOString().slice(0, 10), capacity: o.capacity ?? offer.capacity,
  }).onConflictDoNothing();
  const [slot] = await db.select({ id: bookingSlots.id }).from(bookingSlots)
    .where(and(eq(bookingSlots.offerId, offer.id), eq(bookingSlots.startsAt, o.startsAt)));
  const partySize = o.partySize ?? 1;
  if (partySize === 0) return { offerId: offer.id, slotId: slot!.id, bookingId: undefined, code: undefined };
  const code = o.code ?? `T${process.pid}X${++bookingCounter}`.toUpperCase();
  const [booking] = await db.insert(bookings).values({
    code, secretHash: `hash-of-${code}`, slotId: slot!.id, partySize, name: `Visitor ${code}`, email: `${code.toLowerCase()}@example.org`,
    lang: "en", source: "online", status: o.status ?? "confirmed",
  }).returning({ id: bookings.id });
  return { offerId: offer.id, slotId: slot!.id, bookingId: booking!.id, code };
}
