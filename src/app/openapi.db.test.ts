/**
 * Real replies of the API hold to /api/openapi.json: every member they carry is documented, with its
 * type, and every documented required member is there; records with every optional fact show that
 * each documented member is really sent. The walk of the default dataset (on purpose: real content)
 * holds every shipped record, in both languages, to the document.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { storeOffer } from "../../test/booking-offers.ts";
import { FULL, storeFullRecords } from "../../test/full-records.ts";
import { documentedMembers, presentMembers, replyChecker, type ReplyCheck } from "../../test/openapi-checks.ts";
import { seedIfEmpty } from "../features/dataset/dataset.service.ts";
import { openApiDocument } from "./api.ts";
import type { OpenApiDocument } from "../../test/openapi-types.ts";

// Tuesday 24 November 2026, 09:00 in Paris: the day's times from 10:00 are all ahead.
const NOW = new Date("2026-11-24T08:00:00Z");
let clock = NOW;
let t: TestApp;
let check: ReplyCheck;
let online: Awaited<ReturnType<typeof storeOffer>>;
let deskOnly: Awaited<ReturnType<typeof storeOffer>>;
const doc = openApiDocument() as unknown as OpenApiDocument;

beforeAll(async () => {
  t = await createTestApp(() => clock);
  await seedIfEmpty(t.handle);
  await storeFullRecords(t.handle.db);
  online = await storeOffer(t.handle.db, { capacity: 5, maxParty: 5, description: { en: "Through the archives", fr: "À travers les archives" } });
  deskOnly = await storeOffer(t.handle.db, { placeSlug: online.placeSlug, slug: "desk-only", channels: ["onsite"], position: 1, isFree: false, priceCents: 800 });
  await storeOffer(t.handle.db, {
    placeSlug: online.placeSlug, slug: "price-at-the-desk", position: 2, isFree: false, priceCents: null,
    requirements: { steps: 99, stepFree: false, minimumAge: 8, headset: true, notes: { en: "Bring a jacket: it is 14 °C underground." } },
  });
  check = replyChecker(doc);
});
afterAll(() => t.handle.close());

interface Reply { status: number; body: any; headers: Headers }

/** Sends the request, expects its reply to be one the document describes for `documentedPath`, and returns it. */
async function documented(method: string, documentedPath: string, url: string, init: RequestInit = {}): Promise<Reply> {
  const res = await t.app.request(url, { method, ...init });
  const contentType = res.headers.get("content-type");
  const text = await res.text();
  const body = contentType?.startsWith("application/json") ? JSON.parse(text) : text;
  expect(check.problems(method, documentedPath, res.status, contentType, body), `${method} ${url} → ${res.status} ${text.slice(0, 300)}`).toEqual([]);
  return { status: res.status, body, headers: res.headers };
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit =>
  ({ headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const booking = (slotId: number, o: Record<string, unknown> = {}) => ({ slotId, partySize: 2, name: "Ada Lovelace", email: "ada@example.org", lang: "en", ...o });

/** Every item of a list, page after page. */
async function allItems(kind: string, lang: string): Promise<any[]> {
  const items: any[] = [];
  let next: string | null = `/api/${kind}?pageSize=50&lang=${lang}`;
  while (next) {
    const page: Reply = await documented("GET", `/api/${kind}`, next);
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    next = page.body.links.next;
  }
  return items;
}

const undocumentedIn = (members: Set<string>, shape: string) => [...documentedMembers(doc, shape)].filter((m) => !members.has(m));

async function slotsOf(offerId: number, day = "2026-11-24") {
  const { status, body } = await documented("GET", "/api/offers/{id}/slots", `/api/offers/${offerId}/slots?from=${day}&to=${day}`);
  expect(status).toBe(200);
  return body.items as { id: number; remaining: number }[];
}

describe("content replies hold to the document", () => {
  it("a page of places and a place, and an invented or missing member would be caught", async () => {
    const page = await documented("GET", "/api/places", "/api/places?pageSize=5&lang=fr");
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(5);
    const place = await documented("GET", "/api/places/{slug}", "/api/places/musee-liberation-paris");
    expect(place.status).toBe(200);
    expect(check.problems("GET", "/api/places/{slug}", 200, "application/json", { ...place.body, surprise: true })).not.toEqual([]);
    const { name: _name, ...nameless } = place.body;
    expect(check.problems("GET", "/api/places/{slug}", 200, "application/json", nameless)).not.toEqual([]);
  });

  it("every record of the default dataset, listed and in detail, in both languages", async () => {
    for (const lang of ["en", "fr"]) {
      for (const kind of ["places", "exhibitions", "rooms", "objects", "people", "events", "themes", "media"]) {
        const items = await allItems(kind, lang);
        expect(items.length, kind).toBeGreaterThan(0);
        for (const item of items) expect((await documented("GET", `/api/${kind}/{slug}`, `/api/${kind}/${item.slug}?lang=${lang}`)).status).toBe(200);
      }
    }
  });

  it("the document's example slugs exist in the default dataset", async () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const slug = item.get?.parameters?.find((p) => "in" in p && p.name === "slug");
      if (!slug || !("example" in slug)) continue;
      expect((await documented("GET", path, path.replace("{slug}", String(slug.example)))).status, path).toBe(200);
    }
  });

  it("errors, 304 and the index", async () => {
    expect((await documented("GET", "/api/places", "/api/places?pageSize=500&colour=red")).status).toBe(400);
    expect((await documented("GET", "/api/events/{slug}", "/api/events/nothing-happened")).status).toBe(404);
    const first = await documented("GET", "/api/themes", "/api/themes");
    const again = await documented("GET", "/api/themes", "/api/themes", { headers: { "if-none-match": first.headers.get("etag")! } });
    expect(again.status).toBe(304);
    expect((await documented("GET", "/api", "/api")).status).toBe(200);
    expect((await documented("GET", "/health", "/health")).status).toBe(200);
    expect((await documented("GET", "/health/live", "/health/live")).status).toBe(200);
  });

  it("search and suggestions: results with snippets and places, corrections, notices, filters and errors", async () => {
    const found = await documented("GET", "/api/search", "/api/search?q=hauteclok+paris&lang=fr");
    expect(found.body.corrections).not.toEqual([]);
    expect(found.body.results.some((r: any) => r.snippetHtml && r.place)).toBe(true);
    for (const url of ["/api/search", "/api/search?q=a", "/api/search?q=the", "/api/search?kind=place&free=true&openOn=2026-11-24&age=14&bookable=true&city=Paris"]) {
      expect((await documented("GET", "/api/search", url)).status, url).toBe(200);
    }
    expect((await documented("GET", "/api/search", "/api/search?openOn=tomorrow")).status).toBe(400);
    expect((await documented("GET", "/api/search/suggest", "/api/search/suggest?q=rol&lang=en")).body.suggestions.length).toBeGreaterThan(0);
    expect((await documented("GET", "/api/search/suggest", "/api/search/suggest?limit=50")).status).toBe(400);
  });
});

describe("records with every optional fact carry every member the document describes", () => {
  const KINDS = [
    { kind: "places", detail: "Place", item: "PlaceSummary", slugs: [FULL.place, FULL.partner] },
    { kind: "exhibitions", detail: "Exhibition", item: "ExhibitionSummary", slugs: [FULL.exhibition] },
    { kind: "rooms", detail: "Room", item: "RoomSummary", slugs: [FULL.room] },
    { kind: "objects", detail: "Object", item: "ObjectSummary", slugs: [FULL.object, FULL.collection] },
    { kind: "people", detail: "Person", item: "PersonSummary", slugs: [FULL.person] },
    { kind: "events", detail: "Event", item: "EventSummary", slugs: [FULL.event] },
    { kind: "themes", detail: "Theme", item: "ThemeSummary", slugs: [FULL.theme] },
    { kind: "media", detail: "Medium", item: "Medium", slugs: [`${FULL.place}-image`, `${FULL.event}-film`, `${FULL.room}-intro-image`] },
  ];
  for (const { kind, detail, item, slugs } of KINDS) {
    it(kind, async () => {
      const inDetails = new Set<string>();
      const inLists = new Set<string>();
      for (const lang of ["en", "fr"]) {
        for (const slug of slugs) {
          const reply = await documented("GET", `/api/${kind}/{slug}`, `/api/${kind}/${slug}?lang=${lang}`);
          expect(reply.status).toBe(200);
          presentMembers(reply.body, undefined, "", inDetails);
        }
        for (const listed of (await allItems(kind, lang)).filter((i) => slugs.includes(i.slug))) presentMembers(listed, undefined, "", inLists);
      }
      expect(undocumentedIn(inDetails, detail)).toEqual([]);
      expect(undocumentedIn(inLists, item)).toEqual([]);
    });
  }

  it("offers", async () => {
    const members = new Set<string>();
    for (const lang of ["en", "fr"]) {
      const page = await documented("GET", "/api/offers", `/api/offers?place=${online.placeSlug}&lang=${lang}`);
      for (const offer of page.body.items) presentMembers(offer, undefined, "", members);
    }
    expect(undocumentedIn(members, "Offer")).toEqual([]);
  });
});

describe("booking replies hold to the document", () => {
  it("offers, an offer and its times", async () => {
    const offers = await documented("GET", "/api/offers", `/api/offers?place=${online.placeSlug}&lang=fr`);
    expect(offers.body.items.map((o: any) => o.price)).toEqual([{ free: true }, { free: false, amountCents: 800, currency: "EUR" }, { free: false, stated: false }]);
    await documented("GET", "/api/offers", "/api/offers");
    expect((await documented("GET", "/api/offers/{id}", `/api/offers/${deskOnly.offer.id}`)).status).toBe(200);
    expect((await documented("GET", "/api/offers/{id}", "/api/offers/999999")).status).toBe(404);
    expect((await documented("GET", "/api/offers/{id}/slots", `/api/offers/${online.offer.id}/slots?from=2026-11-30&to=2026-11-24`)).status).toBe(400);
    expect(await slotsOf(online.offer.id)).toHaveLength(8);
  });

  it("a booking (201), its replay, reading it, its calendar and cancelling it", async () => {
    const [slot] = await slotsOf(online.offer.id);
    const made = await documented("POST", "/api/bookings", "/api/bookings", json(booking(slot!.id), { "idempotency-key": "openapi-1" }));
    expect(made.status).toBe(201);
    const replay = await documented("POST", "/api/bookings", "/api/bookings", json(booking(slot!.id), { "idempotency-key": "openapi-1" }));
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    const reused = await documented("POST", "/api/bookings", "/api/bookings", json(booking(slot!.id, { partySize: 1 }), { "idempotency-key": "openapi-1" }));
    expect(reused.body.error).toBe("idempotency_key_reused");

    const { code, secret } = made.body;
    const read = await documented("GET", "/api/bookings/{code}", `/api/bookings/${code}?lang=fr`, { headers: { "booking-secret": secret } });
    expect(read.body.offer.title).toBe("Visite guidée");
    expect((await documented("GET", "/api/bookings/{code}", `/api/bookings/${code}?secret=wrong`)).status).toBe(404);
    const ics = await documented("GET", "/api/bookings/{code}/calendar.ics", `/api/bookings/${code}/calendar.ics?secret=${encodeURIComponent(secret)}`);
    expect(ics.body).toContain("BEGIN:VCALENDAR");
    expect((await documented("DELETE", "/api/bookings/{code}", `/api/bookings/${code}`)).status).toBe(400);
    const cancelled = await documented("DELETE", "/api/bookings/{code}", `/api/bookings/${code}?secret=${encodeURIComponent(secret)}`);
    expect(cancelled.body).toMatchObject({ status: "cancelled" });
  });

  it("400 invalid_input and invalid_json, 403 onsite_only, 404 for an unknown time", async () => {
    const bad = await documented("POST", "/api/bookings", "/api/bookings", json({ slotId: "x", partySize: 0, name: "", email: "no", lang: "de" }));
    expect(Object.keys(bad.body.fields).sort()).toEqual(["email", "lang", "name", "partySize", "slotId"]);
    const notJson = await documented("POST", "/api/bookings", "/api/bookings", { headers: { "content-type": "application/json" }, body: "{" });
    expect(notJson.body.error).toBe("invalid_json");
    const [deskSlot] = await slotsOf(deskOnly.offer.id);
    expect((await documented("POST", "/api/bookings", "/api/bookings", json(booking(deskSlot!.id)))).body.error).toBe("onsite_only");
    expect((await documented("POST", "/api/bookings", "/api/bookings", json(booking(2_000_000_000)))).status).toBe(404);
  });

  it("409 sold_out with the next times that fit, slot_started and too_late", async () => {
    const slots = await slotsOf(online.offer.id);
    const eleven = slots[1]!;
    expect((await documented("POST", "/api/bookings", "/api/bookings", json(booking(eleven.id, { partySize: 5 })))).status).toBe(201);
    const soldOut = await documented("POST", "/api/bookings", "/api/bookings", json(booking(eleven.id, { partySize: 2 })));
    expect(soldOut.status).toBe(409);
    expect(check.shapeProblems("SoldOut", soldOut.body)).toEqual([]);
    expect(soldOut.body.next.length).toBeGreaterThan(0);

    const noon = slots[2]!;
    const made = await documented("POST", "/api/bookings", "/api/bookings", json(booking(noon.id)));
    clock = new Date("2026-11-24T11:15:00Z"); // 12:15 in Paris
    try {
      expect((await documented("POST", "/api/bookings", "/api/bookings", json(booking(noon.id)))).body.error).toBe("slot_started");
      const late = await documented("DELETE", "/api/bookings/{code}", `/api/bookings/${made.body.code}`, { headers: { "booking-secret": made.body.secret } });
      expect(late.body.error).toBe("too_late");
    } finally {
      clock = NOW;
    }
  });
});
