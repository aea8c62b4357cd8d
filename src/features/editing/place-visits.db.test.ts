/** Saving and deleting a place in the back office never loses a booking made on one of its timed visits. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, aVisit, storeBooking, storeRecords } from "../../../test/factories.ts";
import { visibleText } from "../../../test/page-html.ts";
import { getAs, postFormAs, signedInStaff, type SignedIn } from "../../../test/staff.ts";
import { bookingOffers, bookings, bookingSlots } from "../../db/schema/bookings.ts";
import { places } from "../../db/schema/places.ts";
import { exportDataset } from "../dataset/dataset.service.ts";
import { consequencesOfDeleting, createRecord, deleteRecord, readRecord, updateRecord } from "./editing.service.ts";
import { DeletionRefusedError, type RecordDocument } from "./editing.types.ts";

let t: TestApp;
let admin: SignedIn;
/** Far ahead, so these slots are always in the future; and one long past. */
const FUTURE = new Date("2099-06-02T08:00:00Z");
const LATER = new Date("2099-06-02T09:00:00Z");
const PAST = new Date("2020-06-02T08:00:00Z");

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    places: [
      aPlace({ slug: "shelter-museum", visits: [
        aVisit({ slug: "shelter", capacity: 12, partySize: { max: 6 } }), aVisit({ slug: "garden" }), aVisit({ slug: "roof" }),
      ] }),
      aPlace({ slug: "busy-museum", visits: [aVisit({ slug: "tour" })] }),
      aPlace({ slug: "quiet-museum", visits: [aVisit({ slug: "tour" })] }),
    ],
  });
  admin = await signedInStaff(t.handle.db, { isAdministrator: true });
});
afterAll(() => t.handle.close());

const db = () => t.handle.db;
const save = async (slug: string, change: (doc: RecordDocument<"place">) => RecordDocument<"place">) => {
  const current = (await readRecord(db(), "place", slug))!;
  return db().transaction((tx) => updateRecord(tx, "place", slug, change(current.document), current.version, new Date()));
};
const offer = async (id: number) => (await db().select().from(bookingOffers).where(eq(bookingOffers.id, id)))[0];
const slot = async (id: number) => (await db().select().from(bookingSlots).where(eq(bookingSlots.id, id)))[0];
const bookingByCode = async (code: string) => (await db().select().from(bookings).where(eq(bookings.code, code)))[0];

describe("saving a place", () => {
  it("stores the visits of a new place, in order", async () => {
    const current = (await readRecord(db(), "place", "quiet-museum"))!.document;
    const created = await db().transaction((tx) => createRecord(tx, "place", { ...current, slug: "new-museum", visits: [visitOf("b-walk"), visitOf("a-talk")] }, new Date()));
    expect(created.document.visits.map((v) => v.slug)).toEqual(["b-walk", "a-talk"]);
    expect((await exportDataset(db())).places.find((p) => p.slug === "new-museum")!.visits).toEqual(created.document.visits);
  });

  it("updates its visit in place: same id, same slots and bookings; future slots follow the capacity but never below what they hold", async () => {
    const crowded = await storeBooking(db(), "shelter-museum", "shelter", { startsAt: FUTURE, partySize: 5 });
    const quiet = await storeBooking(db(), "shelter-museum", "shelter", { startsAt: LATER, partySize: 1 });
    const past = await storeBooking(db(), "shelter-museum", "shelter", { startsAt: PAST, partySize: 2 });
    const saved = await save("shelter-museum", (doc) => ({
      ...doc,
      visits: [
        { ...doc.visits[0]!, title: { en: "The shelter, renamed", fr: "L'abri, renommé" }, capacity: 4, partySize: { min: 1, max: 4 }, durationMinutes: 45 },
        ...doc.visits.slice(1),
        visitOf("new-walk"),
      ],
    }));
    expect(saved.document.visits.map((v) => v.slug)).toEqual(["shelter", "garden", "roof", "new-walk"]);
    expect(saved.document.visits[0]!.title.en).toBe("The shelter, renamed");
    expect((await offer(crowded.offerId))!.title.en).toBe("The shelter, renamed");

    expect(await bookingByCode(crowded.code!)).toMatchObject({ id: crowded.bookingId, slotId: crowded.slotId, partySize: 5 });
    expect(await slot(crowded.slotId)).toMatchObject({ offerId: crowded.offerId, booked: 5, capacity: 5, endsAt: new Date(FUTURE.getTime() + 45 * 60_000) });
    expect(await slot(quiet.slotId)).toMatchObject({ booked: 1, capacity: 4 });
    expect(await slot(past.slotId)).toMatchObject({ booked: 2, capacity: 12 });
  });

  it("archives a removed visit that holds a booking (still readable, out of the document and the export) and deletes one that never held any", async () => {
    const held = await storeBooking(db(), "shelter-museum", "garden", { startsAt: FUTURE, partySize: 2, status: "cancelled" });
    const empty = await storeBooking(db(), "shelter-museum", "roof", { startsAt: FUTURE, partySize: 0 });
    const saved = await save("shelter-museum", (doc) => ({ ...doc, visits: doc.visits.filter((v) => v.slug !== "garden" && v.slug !== "roof") }));
    expect(saved.document.visits.map((v) => v.slug)).toEqual(["shelter", "new-walk"]);

    expect((await offer(held.offerId))!.archivedAt).toBeInstanceOf(Date);
    expect(await bookingByCode(held.code!)).toMatchObject({ slotId: held.slotId, status: "cancelled" });
    expect(await slot(held.slotId)).toMatchObject({ offerId: held.offerId });
    expect(await offer(empty.offerId)).toBeUndefined();
    expect(await slot(empty.slotId)).toBeUndefined();

    const exported = (await exportDataset(db())).places.find((p) => p.slug === "shelter-museum")!;
    expect(exported.visits.map((v) => v.slug)).toEqual(["shelter", "new-walk"]);
  });

  it("offers an archived visit again, with its bookings, when a visit with its slug comes back", async () => {
    const [garden] = await db().select().from(bookingOffers).where(eq(bookingOffers.slug, "garden"));
    const saved = await save("shelter-museum", (doc) => ({ ...doc, visits: [visitOf("garden"), ...doc.visits] }));
    expect(saved.document.visits.map((v) => v.slug)).toEqual(["garden", "shelter", "new-walk"]);
    expect(await offer(garden!.id)).toMatchObject({ archivedAt: null, position: 0 });
    expect(await db().$count(bookingSlots, eq(bookingSlots.offerId, garden!.id))).toBe(1);
  });
});

describe("deleting a place", () => {
  it("is refused while its visits hold bookings: the confirmation page says why and offers no delete button", async () => {
    await storeBooking(db(), "busy-museum", "tour", { startsAt: FUTURE, partySize: 3 });
    await storeBooking(db(), "busy-museum", "tour", { startsAt: PAST, partySize: 1, status: "checked_in" });
    const consequences = await consequencesOfDeleting(db(), "place", "busy-museum");
    expect(consequences).toEqual(expect.arrayContaining([
      { kind: "booking", effect: "blocks", count: 2, titles: [] },
      expect.objectContaining({ kind: "visit", effect: "deleted", count: 1 }),
    ]));

    const page = await getAs(t.app, admin, "/admin/en/content/place/busy-museum/delete");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(visibleText(html)).toContain("This place cannot be deleted: its timed visits hold 2 bookings");
    expect(html).not.toContain("Delete for good");
    const fr = visibleText(await (await getAs(t.app, admin, "/admin/fr/content/place/busy-museum/delete")).text());
    expect(fr).toContain("Ce lieu ne peut pas être supprimé : ses visites sur réservation comptent 2 réservations");
  });

  it("answers a delete sent anyway with the same explanation (409), and keeps the place and its bookings", async () => {
    const { version } = (await readRecord(db(), "place", "busy-museum"))!;
    const res = await postFormAs(t.app, admin, "/admin/en/content/place/busy-museum/delete", { _version: String(version) });
    expect(res.status).toBe(409);
    expect(visibleText(await res.text())).toContain("its timed visits hold 2 bookings");
    await expect(db().transaction((tx) => deleteRecord(tx, "place", "busy-museum", version))).rejects.toBeInstanceOf(DeletionRefusedError);
    expect(await db().$count(places, eq(places.slug, "busy-museum"))).toBe(1);
    expect(await readRecord(db(), "place", "busy-museum")).toMatchObject({ version });
  });

  it("takes its visits and their empty slots with it when no booking was ever made", async () => {
    const empty = await storeBooking(db(), "quiet-museum", "tour", { startsAt: FUTURE, partySize: 0 });
    const { version } = (await readRecord(db(), "place", "quiet-museum"))!;
    const res = await postFormAs(t.app, admin, "/admin/en/content/place/quiet-museum/delete", { _version: String(version) });
    expect(res.status).toBe(303);
    expect(await offer(empty.offerId)).toBeUndefined();
    expect(await slot(empty.slotId)).toBeUndefined();
  });
});

/** A visit as the form gives it back (validated). */
function visitOf(slug: string): RecordDocument<"place">["visits"][number] {
  return {
    slug, title: { en: `Visit ${slug}`, fr: `Visite ${slug}` }, durationMinutes: 60, capacity: 20, partySize: { min: 1, max: 10 },
    languages: ["en", "fr"], requirements: { stepFree: false, headset: false }, channels: ["online"],
    schedule: [{ days: ["tue"], times: ["10:00"] }], bookingHorizonDays: 60,
  };
}
