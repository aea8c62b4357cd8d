/** An import that replaces all content keeps every booking, or is refused and changes nothing. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, aVisit, storeBooking, type StoredBooking } from "../../../test/factories.ts";
import { visibleText } from "../../../test/page-html.ts";
import { postMultipartAs, signedInStaff, type SignedIn } from "../../../test/staff.ts";
import { bookingOffers, bookings, bookingSlots } from "../../db/schema/bookings.ts";
import { places } from "../../db/schema/places.ts";
import { DatasetError } from "./dataset.loader.ts";
import { datasetSchema, type Dataset } from "./dataset.schemas.ts";
import { exportDataset, importDataset } from "./dataset.service.ts";

let t: TestApp;
let admin: SignedIn;
const FUTURE = new Date("2099-06-02T08:00:00Z");
const PAST = new Date("2020-06-02T08:00:00Z");
const made: Record<string, StoredBooking> = {};

beforeAll(async () => {
  t = await createTestApp();
  const dataset = datasetSchema.parse({
    places: [
      aPlace({ slug: "museum-a", visits: [aVisit({ slug: "tour", capacity: 10 }), aVisit({ slug: "talk" }), aVisit({ slug: "quiet" })] }),
      aPlace({ slug: "museum-b", visits: [aVisit({ slug: "walk" })] }),
    ],
  });
  await importDataset(t.handle.db, dataset, { replace: false, source: "test", mode: "seed", now: new Date() });
  made.tour1 = await storeBooking(t.handle.db, "museum-a", "tour", { startsAt: FUTURE, partySize: 2 });
  made.tour2 = await storeBooking(t.handle.db, "museum-a", "tour", { startsAt: FUTURE, partySize: 4 });
  made.tourCancelled = await storeBooking(t.handle.db, "museum-a", "tour", { startsAt: FUTURE, partySize: 3, status: "cancelled" });
  made.tourPast = await storeBooking(t.handle.db, "museum-a", "tour", { startsAt: PAST, partySize: 1, status: "checked_in" });
  made.talk = await storeBooking(t.handle.db, "museum-a", "talk", { startsAt: FUTURE, partySize: 1 });
  made.quiet = await storeBooking(t.handle.db, "museum-a", "quiet", { startsAt: FUTURE, partySize: 0 });
  made.walk = await storeBooking(t.handle.db, "museum-b", "walk", { startsAt: FUTURE, partySize: 1 });
  admin = await signedInStaff(t.handle.db, { isAdministrator: true });
});
afterAll(() => t.handle.close());

const db = () => t.handle.db;

/** Where a booking is now: its slot, its visit and that visit's place, found from its code. */
async function whereIs(code: string) {
  const [row] = await db().select({
    bookingId: bookings.id, status: bookings.status, slotId: bookingSlots.id, startsAt: bookingSlots.startsAt, booked: bookingSlots.booked,
    capacity: bookingSlots.capacity, offerId: bookingOffers.id, visit: bookingOffers.slug, archivedAt: bookingOffers.archivedAt, place: places.slug,
  }).from(bookings).innerJoin(bookingSlots, eq(bookingSlots.id, bookings.slotId)).innerJoin(bookingOffers, eq(bookingOffers.id, bookingSlots.offerId))
    .innerJoin(places, eq(places.id, bookingOffers.placeId)).where(eq(bookings.code, code));
  return row;
}

/** The current export with museum-a's visits changed. */
async function withVisits(change: (visits: Dataset["places"][number]["visits"]) => Dataset["places"][number]["visits"]): Promise<Dataset> {
  const current = await exportDataset(db());
  return { ...current, places: current.places.map((p) => (p.slug === "museum-a" ? { ...p, visits: change(p.visits) } : p)) };
}

const replace = (dataset: Dataset) => importDataset(db(), dataset, { replace: true, source: "new.json", mode: "import", now: new Date() });

describe("an import that replaces all content", () => {
  it("keeps every booking with its code, its slot's start and the slot's count; a visit left out comes back archived", async () => {
    const next = await withVisits((visits) => visits.filter((v) => v.slug === "tour")
      .map((v) => ({ ...v, title: { en: "The tour, renamed" }, capacity: 5, partySize: { min: 1, max: 5 } })));
    await replace({ ...next, places: [...next.places, datasetSchema.parse({ places: [aPlace({ slug: "museum-c" })] }).places[0]!] });

    for (const name of ["tour1", "tour2", "tourCancelled", "tourPast", "talk", "walk"]) {
      const { code, bookingId, slotId } = made[name]!;
      expect(await whereIs(code!), name).toMatchObject({ bookingId, slotId });
    }
    // Cancelled places are not held: 2 + 4 of the capacity lowered to 5, which stops at what the slot holds.
    expect(await whereIs(made.tour1!.code!)).toMatchObject({ startsAt: FUTURE, booked: 6, capacity: 6, visit: "tour", place: "museum-a", archivedAt: null });
    // The visit found again is the new dataset's (its new id); the bookings' slots moved onto it.
    expect((await whereIs(made.tour1!.code!))!.offerId).not.toBe(made.tour1!.offerId);
    expect(await whereIs(made.tourPast!.code!)).toMatchObject({ startsAt: PAST, booked: 1, capacity: 10, status: "checked_in" });
    expect(await whereIs(made.talk!.code!)).toMatchObject({ startsAt: FUTURE, booked: 1, visit: "talk", archivedAt: expect.any(Date) });
    expect(await whereIs(made.walk!.code!)).toMatchObject({ booked: 1, visit: "walk", place: "museum-b", archivedAt: null });
    // The visit without bookings is gone with its empty slot.
    expect(await db().$count(bookingOffers, eq(bookingOffers.slug, "quiet"))).toBe(0);
    expect(await db().$count(bookingSlots, eq(bookingSlots.id, made.quiet!.slotId))).toBe(0);

    const exported = await exportDataset(db());
    expect(exported.places.find((p) => p.slug === "museum-a")!.visits.map((v) => [v.slug, v.title.en])).toEqual([["tour", "The tour, renamed"]]);
  });

  it("offers a visit left out by an earlier import again, with its bookings, when a later import brings its slug back", async () => {
    await replace(await withVisits((visits) => [...visits, datasetSchema.parse({ places: [aPlace({ visits: [aVisit({ slug: "talk" })] })] }).places[0]!.visits[0]!]));
    expect(await whereIs(made.talk!.code!)).toMatchObject({ bookingId: made.talk!.bookingId, visit: "talk", archivedAt: null, booked: 1 });
    expect(await db().$count(bookingOffers, eq(bookingOffers.slug, "talk"))).toBe(1);
  });

  it("is refused when it leaves out a place whose visits hold bookings, and changes nothing", async () => {
    const before = await exportDataset(db());
    const bookingsBefore = await db().select().from(bookings).orderBy(bookings.id);
    const withoutB = { ...before, places: before.places.filter((p) => p.slug !== "museum-b") };
    const refusal = await replace(withoutB).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DatasetError);
    expect((refusal as DatasetError).problems).toEqual([{
      file: "new.json", path: "places",
      message: 'the place "museum-b" is missing, but its timed visits hold 1 booking; an import never deletes bookings: keep the place in the file',
    }]);
    expect(await exportDataset(db())).toEqual(before);
    expect(await db().select().from(bookings).orderBy(bookings.id)).toEqual(bookingsBefore);
  });

  it("is refused the same way in the back office, beside the other problems of a file", async () => {
    const before = await exportDataset(db());
    const file = new File([JSON.stringify({ ...before, places: before.places.filter((p) => p.slug !== "museum-a") })], "smaller.json", { type: "application/json" });
    const res = await postMultipartAs(t.app, admin, "/admin/en/data/import", { file, confirm: "replace" });
    expect(res.status).toBe(400);
    const text = visibleText(await res.text());
    expect(text).toContain("Nothing was changed.");
    expect(text).toContain('the place "museum-a" is missing, but its timed visits hold 5 bookings');
    expect(await exportDataset(db())).toEqual(before);
  });
});
