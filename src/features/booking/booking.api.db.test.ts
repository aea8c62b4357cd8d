import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { storeOffer } from "../../../test/booking-offers.ts";
import { silentLogger } from "../../lib/logger.ts";
import { startIdempotencyPurge } from "./idempotency-purge.ts";
import { checkIn } from "./booking.service.ts";

// Tuesday 24 November 2026, 09:00 in Paris: the day's slots from 10:00 are all ahead.
const NOW = new Date("2026-11-24T08:00:00Z");
let t: TestApp;
let clock = NOW;
let online: Awaited<ReturnType<typeof storeOffer>>;
let onsite: Awaited<ReturnType<typeof storeOffer>>;

beforeAll(async () => {
  t = await createTestApp(() => clock);
  online = await storeOffer(t.handle.db, { capacity: 5, maxParty: 5 });
  onsite = await storeOffer(t.handle.db, { placeSlug: online.placeSlug, slug: "shelter", channels: ["onsite"], position: 1, capacity: 12, maxParty: 6 });
});
afterAll(() => t.handle.close());

const post = async (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  t.app.request("/api/bookings", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const json = async (res: Response) => ({ status: res.status, body: await res.json() as any });
const booking = (slotId: number, o: Record<string, unknown> = {}) => ({ slotId, partySize: 2, name: "Ada Lovelace", email: "ada@example.org", lang: "en", ...o });

async function slotsOf(offerId: number, query = "from=2026-11-24&to=2026-11-24") {
  const { status, body } = await t.getJson(`/api/offers/${offerId}/slots?${query}`);
  expect(status).toBe(200);
  return body.items as { id: number; start: string; end: string; capacity: number; remaining: number; availability: string }[];
}

describe("GET /api/offers", () => {
  it("lists a place's offers with their channels, in the asked language", async () => {
    const { status, body } = await t.getJson(`/api/offers?place=${online.placeSlug}&lang=fr`);
    expect(status).toBe(200);
    expect(body.items.map((o: any) => [o.id, o.place, o.title, o.durationMinutes, o.capacity, o.channels])).toEqual([
      [online.offer.id, online.placeSlug, "Visite guidée", 45, 5, ["online", "onsite"]],
      [onsite.offer.id, online.placeSlug, "Visite guidée", 45, 12, ["onsite"]],
    ]);
  });

  it("answers an unknown offer with 404 and a bad id with 400 naming it", async () => {
    expect((await t.getJson("/api/offers/999999")).status).toBe(404);
    const bad = await t.getJson("/api/offers/abc/slots");
    expect(bad.status).toBe(400);
    expect(bad.body.fields.id).toMatch(/whole number/);
  });
});

describe("GET /api/offers/:id/slots", () => {
  it("gives each slot with its local offset, capacity and places left", async () => {
    const slots = await slotsOf(online.offer.id);
    expect(slots.map((s) => s.start)).toEqual(["10", "11", "12", "13", "14", "15", "16", "17"].map((h) => `2026-11-24T${h}:00:00+01:00`));
    expect(slots[0]).toMatchObject({ end: "2026-11-24T10:45:00+01:00", capacity: 5, remaining: 5, availability: "available" });
  });

  it("keeps 10:00 at 10:00 local across the change to summer time", async () => {
    clock = new Date("2027-03-20T08:00:00Z");
    const slots = await slotsOf(online.offer.id, "from=2027-03-27&to=2027-03-30").finally(() => { clock = NOW; });
    const tens = slots.filter((s) => s.start.includes("T10:00")).map((s) => s.start);
    // Saturday 27 (winter), Sunday 28 (the change), Tuesday 30 (summer); Monday is closed.
    expect(tens).toEqual(["2027-03-27T10:00:00+01:00", "2027-03-28T10:00:00+02:00", "2027-03-30T10:00:00+02:00"]);
  });

  it("refuses a backwards or too long range, naming `to`", async () => {
    const back = await t.getJson(`/api/offers/${online.offer.id}/slots?from=2026-11-30&to=2026-11-24`);
    expect(back.status).toBe(400);
    expect(back.body.fields.to).toMatch(/on or after/);
    const long = await t.getJson(`/api/offers/${online.offer.id}/slots?from=2026-11-24&to=2027-06-01`);
    expect(long.status).toBe(400);
    expect(long.body.fields.to).toMatch(/at most 62 days/);
  });
});

describe("POST /api/bookings", () => {
  it("books, answers 201 with a code and a secret, and the slot has that many places fewer", async () => {
    const [slot] = await slotsOf(online.offer.id);
    const { status, body } = await json(await post(booking(slot!.id)));
    expect(status).toBe(201);
    expect(body.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(body.secret.length).toBeGreaterThan(30);
    expect(body).toMatchObject({ status: "confirmed", partySize: 2, slot: { id: slot!.id, start: "2026-11-24T10:00:00+01:00" } });
    expect(body.links.ticket).toBe(`https://remembrance.test/en/bookings/${body.code}?secret=${encodeURIComponent(body.secret)}`);
    expect((await slotsOf(online.offer.id))[0]).toMatchObject({ remaining: 3, availability: "available" });
    expect((await post(booking(slot!.id, { partySize: 1 }))).status).toBe(201);
    expect((await slotsOf(online.offer.id))[0]).toMatchObject({ remaining: 2, availability: "few_left" });

    const read = await t.getJson(`/api/bookings/${body.code}?secret=${encodeURIComponent(body.secret)}`);
    expect(read.body).toMatchObject({ code: body.code, name: "Ada Lovelace", status: "confirmed" });
    expect((await t.getJson(`/api/bookings/${body.code}?secret=wrong`)).status).toBe(404);
  });

  it("names each bad field with 400 and books nothing", async () => {
    const before = await countBookings();
    const { status, body } = await json(await post({ slotId: "x", partySize: 0, name: "", email: "not-an-address", lang: "de" }));
    expect(status).toBe(400);
    expect(Object.keys(body.fields).sort()).toEqual(["email", "lang", "name", "partySize", "slotId"]);
    expect(await countBookings()).toBe(before);
    const notJson = await t.app.request("/api/bookings", { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(notJson.status).toBe(400);
    expect((await notJson.json() as any).error).toBe("invalid_json");
  });

  it("refuses an offer sold only at the museum with 403 onsite_only", async () => {
    const [slot] = await slotsOf(onsite.offer.id);
    const { status, body } = await json(await post(booking(slot!.id)));
    expect(status).toBe(403);
    expect(body.error).toBe("onsite_only");
  });

  it("refuses a party larger than the offer allows, naming partySize", async () => {
    const [slot] = await slotsOf(online.offer.id);
    const { status, body } = await json(await post(booking(slot!.id, { partySize: 6 })));
    expect(status).toBe(400);
    expect(body.fields.partySize).toBe("must be between 1 and 5 for this visit");
  });

  it("answers 409 sold_out with the next slots that fit the whole party", async () => {
    const slots = await slotsOf(online.offer.id);
    const eleven = slots[1]!;
    const noon = slots[2]!;
    expect((await post(booking(eleven.id, { partySize: 5 }))).status).toBe(201);
    expect((await post(booking(noon.id, { partySize: 3 }))).status).toBe(201);
    // A family of 3 asks for 11:00 (full): noon has only 2 left, so the next that fits is 13:00.
    const { status, body } = await json(await post(booking(eleven.id, { partySize: 3 })));
    expect(status).toBe(409);
    expect(body.error).toBe("sold_out");
    expect(body.next[0]).toMatchObject({ start: "2026-11-24T13:00:00+01:00", remaining: 5 });
    expect(body.next.every((s: any) => s.remaining >= 3)).toBe(true);
    expect((await slotsOf(online.offer.id))[1]).toMatchObject({ remaining: 0, availability: "sold_out" });
  });

  it("refuses a slot that has started with 409 slot_started", async () => {
    const [ten] = await slotsOf(online.offer.id);
    clock = new Date("2026-11-24T09:15:00Z"); // 10:15 in Paris
    try {
      const { status, body } = await json(await post(booking(ten!.id, { partySize: 1 })));
      expect(status).toBe(409);
      expect(body.error).toBe("slot_started");
      expect((await slotsOf(online.offer.id)).map((s) => s.start)[0]).toBe("2026-11-24T11:00:00+01:00");
    } finally {
      clock = NOW;
    }
  });
});

describe("DELETE /api/bookings/:code", () => {
  it("cancels with the secret and gives the places back; a wrong secret changes nothing", async () => {
    const [, , , slot] = await slotsOf(online.offer.id);
    const made = (await json(await post(booking(slot!.id, { partySize: 4 })))).body;
    expect((await slotsOf(online.offer.id))[3]!.remaining).toBe(1);
    const wrong = await t.app.request(`/api/bookings/${made.code}?secret=nope`, { method: "DELETE" });
    expect(wrong.status).toBe(404);
    expect((await slotsOf(online.offer.id))[3]!.remaining).toBe(1);
    const res = await t.app.request(`/api/bookings/${made.code}`, { method: "DELETE", headers: { "booking-secret": made.secret } });
    expect(res.status).toBe(200);
    expect((await res.json() as any).status).toBe("cancelled");
    expect((await slotsOf(online.offer.id))[3]!.remaining).toBe(5);
  });
});

describe("a visitor's cancellation after admission", () => {
  it("is refused with 409 too_late once the desk has admitted the party, and the places stay taken", async () => {
    const [, , , , , , slot] = await slotsOf(online.offer.id);
    const made = (await json(await post(booking(slot!.id, { partySize: 2 })))).body;
    expect((await checkIn(t.handle.db, made.code, undefined, NOW)).kind).toBe("admitted");
    const res = await t.app.request(`/api/bookings/${made.code}?secret=${encodeURIComponent(made.secret)}`, { method: "DELETE" });
    expect(res.status).toBe(409);
    expect((await res.json() as any).error).toBe("too_late");
    expect((await slotsOf(online.offer.id))[6]!.remaining).toBe(3);
  });
});

describe("Idempotency-Key", () => {
  it("replays the same reply for the same key and body, and refuses the key with another body (422)", async () => {
    const [, , , , slot] = await slotsOf(online.offer.id);
    const first = await json(await post(booking(slot!.id), { "idempotency-key": "key-1" }));
    const again = await post(booking(slot!.id), { "idempotency-key": "key-1" });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(first.body);
    expect((await slotsOf(online.offer.id))[4]!.remaining).toBe(3);
    const other = await json(await post(booking(slot!.id, { partySize: 1 }), { "idempotency-key": "key-1" }));
    expect(other.status).toBe(422);
    expect(other.body.error).toBe("idempotency_key_reused");
  });

  it("makes one booking from 10 concurrent identical requests", async () => {
    const [, , , , , slot] = await slotsOf(online.offer.id);
    const replies = await Promise.all(Array.from({ length: 10 }, () => post(booking(slot!.id, { partySize: 1 }), { "idempotency-key": "concurrent-1" }).then(json)));
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(replies.map((r) => r.body.code)).size).toBe(1);
    expect((await slotsOf(online.offer.id))[5]!.remaining).toBe(4);
  });
});

describe("idempotency keys are kept at least 24 hours", () => {
  it("replays a key used 23 hours ago, and forgets it once expired and purged", async () => {
    const [slot] = await slotsOf(online.offer.id, "from=2026-11-27&to=2026-11-27");
    const first = await json(await post(booking(slot!.id, { partySize: 1 }), { "idempotency-key": "day-old" }));
    expect(first.status).toBe(201);
    clock = new Date(NOW.getTime() + 23 * 3_600_000);
    try {
      const replay = await json(await post(booking(slot!.id, { partySize: 1 }), { "idempotency-key": "day-old" }));
      expect(replay.body.code).toBe(first.body.code);
      clock = new Date(NOW.getTime() + 24 * 3_600_000 + 1000);
      const purge = startIdempotencyPurge({ db: t.handle.db, logger: silentLogger, now: () => clock });
      await purge.purge();
      await purge.stop();
      const kept = await t.handle.db.execute(sql`select count(*)::int as n from idempotency_keys where key = 'day-old'`);
      expect(Number((kept as any).rows?.[0]?.n ?? (kept as any)[0]?.n)).toBe(0);
      const fresh = await json(await post(booking(slot!.id, { partySize: 1 }), { "idempotency-key": "day-old" }));
      expect(fresh.status).toBe(201);
      expect(fresh.body.code).not.toBe(first.body.code);
    } finally {
      clock = NOW;
    }
  });
});

describe("never oversells", () => {
  it.each([1, 20])("sells exactly min(demand, capacity) of 50 parallel single bookings for capacity %i", async (capacity) => {
    const { offer } = await storeOffer(t.handle.db, { placeSlug: online.placeSlug, slug: `race-${capacity}`, position: 10 + capacity, capacity, maxParty: 1 });
    const [slot] = await slotsOf(offer.id);
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => post(booking(slot!.id, { partySize: 1, name: `Visitor ${i}` })).then((r) => r.status)));
    expect(replies.filter((s) => s === 201)).toHaveLength(capacity);
    expect(replies.filter((s) => s === 409)).toHaveLength(50 - capacity);
    const rows = await t.handle.db.execute(sql`select count(*)::int as n from bookings where slot_id = ${slot!.id}`);
    expect(Number((rows as any).rows?.[0]?.n ?? (rows as any)[0]?.n)).toBe(capacity);
  });
});

async function countBookings(): Promise<number> {
  const rows = await t.handle.db.execute(sql`select count(*)::int as n from bookings`);
  return Number((rows as any).rows?.[0]?.n ?? (rows as any)[0]?.n);
}
