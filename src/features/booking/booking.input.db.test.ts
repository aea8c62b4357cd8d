import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { storeOffer } from "../../../test/booking-offers.ts";
import { TestBrowser } from "../../../test/staff-browser.ts";
import { createLogger } from "../../lib/logger.ts";

// Strict input: control characters refused before any schema, numbers that are numbers, no 500.
const NOW = new Date("2026-11-24T08:00:00Z");
let t: TestApp;
let online: Awaited<ReturnType<typeof storeOffer>>;
let slotId: number;
const logLines: string[] = [];

beforeAll(async () => {
  t = await createTestApp(() => NOW, { logger: createLogger("debug", (line) => void logLines.push(line)) });
  online = await storeOffer(t.handle.db, { capacity: 50, maxParty: 5 });
  const { body } = await t.getJson(`/api/offers/${online.offer.id}/slots?from=2026-11-24&to=2026-11-24`);
  slotId = body.items[0].id;
});
afterAll(() => t.handle.close());

const post = async (body: unknown) => {
  const res = await t.app.request("/api/bookings", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() as any };
};
const booking = (o: Record<string, unknown> = {}) => ({ slotId, partySize: 2, name: "Ada Lovelace", email: "ada@example.org", lang: "en", ...o });
const errorLines = () => logLines.filter((line) => JSON.parse(line).level === "error");

async function countBookings(): Promise<number> {
  const rows = await t.handle.db.execute(sql`select count(*)::int as n from bookings`);
  return Number((rows as any).rows?.[0]?.n ?? (rows as any)[0]?.n);
}

describe("control characters", () => {
  it("refuses a NUL in a booking's name with 400 naming the field, stores nothing and logs no error", async () => {
    const before = await countBookings();
    for (const name of ["Ada\u0000Lovelace", "Ada\u001bLovelace", "Ada\nLovelace"]) {
      const { status, body } = await post(booking({ name }));
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: "invalid_input", fields: { name: "must not contain control characters" } });
    }
    expect((await post(booking({ email: "ada\u0000@example.org" }))).body.fields).toEqual({ email: "must not contain control characters" });
    expect(await countBookings()).toBe(before);
    expect(errorLines()).toEqual([]);
  });

  it("answers a NUL in a slug or a query value with 400, not 500", async () => {
    const slug = await t.getJson("/api/places/a%00b");
    expect(slug.status).toBe(400);
    expect(slug.body.fields).toEqual({ slug: "must not contain control characters" });
    const query = await t.getJson("/api/search?q=a%00b");
    expect(query.status).toBe(400);
    expect(query.body.fields).toEqual({ q: "must not contain control characters" });
    expect(errorLines()).toEqual([]);
  });

  it("answers a page address with a control character as not found, not 500", async () => {
    for (const path of ["/en/places/a%00b", "/fr/places/a%00b/visits/x", "/en/themes/a%01", "/admin/en/content/place/a%00b"]) {
      const res = await t.app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type"), path).toMatch(/text\/html/);
    }
    expect(errorLines()).toEqual([]);
  });

  it("shows the booking form again with the field's error in the visitor's language", async () => {
    const before = await countBookings();
    const browser = new TestBrowser(t.app);
    const page = await browser.get(`/fr/bookings/new?slot=${slotId}&party=2`);
    const key = /name="_key" value="([^"]+)"/.exec(page.html)![1]!;
    const res = await browser.post("/fr/bookings",
      { slot: String(slotId), _key: key, party: "2", name: "Ada\u0000Lovelace", email: "ada@example.org", acknowledge: "yes" }, { csrf: browser.csrfToken()! });
    expect(res.status).toBe(400);
    expect(res.html).toContain('<span class="error" id="booking-name-error">Retirez de ce champ les caractères de contrôle invisibles.</span>');
    expect(await countBookings()).toBe(before);
    expect(errorLines()).toEqual([]);
  });
});

describe("numbers that are numbers", () => {
  it("refuses a JSON true or a JSON string for partySize, naming it", async () => {
    const before = await countBookings();
    for (const partySize of [true, "2", null]) {
      const { status, body } = await post(booking({ partySize }));
      expect(status).toBe(400);
      expect(Object.keys(body.fields)).toEqual(["partySize"]);
    }
    expect((await post(booking({ slotId: String(slotId) }))).body.fields).toHaveProperty("slotId");
    expect(await countBookings()).toBe(before);
    expect((await post(booking())).status).toBe(201);
  });

  it("reads digits only from a query string", async () => {
    expect((await t.getJson("/api/places?page=2")).status).toBe(200);
    for (const page of ["2abc", "", "true", "%202", "1e1", "0x2"]) {
      const res = await t.getJson(`/api/places?page=${page}`);
      expect(res.status, page).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual(["page"]);
    }
    expect((await t.getJson(`/api/offers/${online.offer.id}/slots?from=2026-11-24&to=2026-11-24`)).status).toBe(200);
    expect((await t.getJson(`/api/offers/${online.offer.id}x/slots`)).status).toBe(400);
    expect((await t.getJson("/api/search?free=true")).status).toBe(200);
    expect((await t.getJson("/api/search?free=on")).status).toBe(400);
  });
});

describe("the booking API's body", () => {
  it("reads JSON only from a JSON body: a form body carrying JSON text books nothing", async () => {
    const before = await countBookings();
    for (const type of ["application/x-www-form-urlencoded", "text/plain", undefined]) {
      const res = await t.app.request("/api/bookings", {
        method: "POST", headers: type ? { "content-type": type } : {}, body: JSON.stringify(booking()),
      });
      // The API's write rule answers first (web/api-cross-origin.ts); the handler's own JSON check stays behind it.
      expect(res.status, type).toBe(415);
      expect((await res.json() as any).error).toBe("unsupported_media_type");
    }
    expect(await countBookings()).toBe(before);
  });
});
