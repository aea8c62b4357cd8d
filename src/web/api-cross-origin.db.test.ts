import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { storeOffer } from "../../test/booking-offers.ts";
import { aPlace, storeRecords } from "../../test/factories.ts";

// Tuesday 24 November 2026, 09:00 in Paris: the day's slots from 10:00 are all ahead.
const NOW = new Date("2026-11-24T08:00:00Z");
let t: TestApp;
let slotId: number;

beforeAll(async () => {
  t = await createTestApp(() => NOW); // publicUrl https://remembrance.test
  const { offer } = await storeOffer(t.handle.db, { capacity: 50, maxParty: 5 });
  await storeRecords(t.handle.db, { places: [aPlace({ slug: "memorial-cors" })] });
  const slots = await t.getJson(`/api/offers/${offer.id}/slots?from=2026-11-24&to=2026-11-24`);
  slotId = slots.body.items?.[0]?.id ?? slots.body[0]?.id;
  expect(slotId).toBeTypeOf("number");
});
afterAll(() => t.handle.close());

const booking = () => JSON.stringify({ slotId, partySize: 1, name: "Ada Lovelace", email: "ada@example.org", lang: "en" });
const book = (headers: Record<string, string>, body = booking()) => t.app.request("/api/bookings", { method: "POST", headers, body });
const JSON_TYPE = { "content-type": "application/json" };

async function countBookings(): Promise<number> {
  const rows = await t.handle.db.execute(sql`select count(*)::int as n from bookings`);
  return Number((rows as any).rows?.[0]?.n ?? (rows as any)[0]?.n);
}

/** Sends a refused write and checks its answer and that nothing was booked. */
async function expectRefused(res: Response, status: number, error: string, before: number) {
  expect(res.status).toBe(status);
  const body = await res.json() as { error: string; message: string };
  expect(body.error).toBe(error);
  expect(body.message.length).toBeGreaterThan(20);
  expect(res.headers.get("access-control-allow-origin")).toBeNull();
  expect(await countBookings()).toBe(before);
}

describe("API writes", () => {
  it("refuse a body that is not JSON with 415, booking nothing (a form or text/plain fetch needs no preflight)", async () => {
    const before = await countBookings();
    await expectRefused(await book({ "content-type": "text/plain" }), 415, "unsupported_media_type", before);
    await expectRefused(await book({ "content-type": "application/x-www-form-urlencoded" }, "slotId=1"), 415, "unsupported_media_type", before);
    await expectRefused(await book({ "content-type": "multipart/form-data; boundary=x" }, "--x--"), 415, "unsupported_media_type", before);
    await expectRefused(await book({}, new Blob([booking()]) as never), 415, "unsupported_media_type", before);
    await expectRefused(await book({ "content-type": "application/jsonp" }), 415, "unsupported_media_type", before);
  });

  it("refuse a write from another site with 403, booking nothing", async () => {
    const before = await countBookings();
    await expectRefused(await book({ ...JSON_TYPE, origin: "https://evil.example" }), 403, "cross_site_request", before);
    await expectRefused(await book({ ...JSON_TYPE, "sec-fetch-site": "cross-site" }), 403, "cross_site_request", before);
    // A sibling of the same site is another origin too.
    await expectRefused(await book({ ...JSON_TYPE, "sec-fetch-site": "same-site", origin: "https://shop.remembrance.test" }), 403, "cross_site_request", before);
    await expectRefused(await book({ ...JSON_TYPE, origin: "null" }), 403, "cross_site_request", before);
    // Even as text/plain, the cross-site refusal comes first.
    await expectRefused(await book({ "content-type": "text/plain", origin: "https://evil.example" }), 403, "cross_site_request", before);
  });

  it("accept JSON from the site's own pages and from clients without a browser", async () => {
    const before = await countBookings();
    expect((await book({ ...JSON_TYPE, origin: "https://remembrance.test" })).status).toBe(201);
    expect((await book({ ...JSON_TYPE, "sec-fetch-site": "same-origin", origin: "https://remembrance.test" })).status).toBe(201);
    expect((await book(JSON_TYPE)).status).toBe(201);
    expect((await book({ "content-type": "application/json; charset=UTF-8" })).status).toBe(201);
    expect(await countBookings()).toBe(before + 4);
  });

  it("let a cancellation without a body through, and refuse one from another site", async () => {
    const made = await (await book(JSON_TYPE)).json() as { code: string; secret: string };
    const fromEvil = await t.app.request(`/api/bookings/${made.code}`, { method: "DELETE", headers: { "booking-secret": made.secret, origin: "https://evil.example" } });
    expect(fromEvil.status).toBe(403);
    expect((await fromEvil.json() as { error: string }).error).toBe("cross_site_request");
    const asText = await t.app.request(`/api/bookings/${made.code}`, { method: "DELETE", headers: { "booking-secret": made.secret, "content-type": "text/plain" }, body: "x" });
    expect(asText.status).toBe(415);
    const res = await t.app.request(`/api/bookings/${made.code}`, { method: "DELETE", headers: { "booking-secret": made.secret } });
    expect(res.status).toBe(200);
    expect((await res.json() as { status: string }).status).toBe("cancelled");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("API reads", () => {
  it("are open to every site, their ETag readable", async () => {
    const res = await t.app.request("/api/places", { headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toMatch(/\bETag\b/);
    expect(res.headers.get("access-control-expose-headers")).toMatch(/\bContent-Language\b/);
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    expect(res.headers.get("etag")).toBeTruthy();
    const missing = await t.app.request("/api/places/nowhere");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");
    for (const path of ["/api", "/health", "/health/live"]) {
      expect((await t.app.request(path)).headers.get("access-control-allow-origin"), path).toBe("*");
    }
  });

  it("answer a preflight for GET with 204 and the read methods and headers", async () => {
    const res = await t.app.request("/api/places", {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, HEAD");
    expect(res.headers.get("access-control-allow-headers")).toMatch(/If-None-Match/);
    expect(res.headers.get("access-control-allow-headers")).toMatch(/Accept-Language/);
    expect(Number(res.headers.get("access-control-max-age"))).toBeGreaterThan(0);
  });

  it("refuse a preflight for a write: no Access-Control-Allow-Origin, so the browser never sends it", async () => {
    for (const method of ["POST", "DELETE", "PUT"]) {
      const res = await t.app.request("/api/bookings", {
        method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": method, "access-control-request-headers": "content-type" },
      });
      expect(res.status).toBe(403);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      expect(res.headers.get("access-control-allow-methods")).toBeNull();
      expect((await res.json() as { error: string }).error).toBe("cross_site_request");
    }
  });
});

describe("Cross-Origin-Resource-Policy", () => {
  it.each([
    ["an API answer", "/api/places", 200, "cross-origin"],
    ["an API error", "/api/places/nowhere", 404, "cross-origin"],
    ["an asset", "/assets/site.css", 200, "cross-origin"],
    ["a page", "/en/places/memorial-cors", 200, "same-origin"],
    ["a missing page", "/en/nowhere", 404, "same-origin"],
  ])("on %s", async (_what, path, status, policy) => {
    const res = await t.app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get("cross-origin-resource-policy")).toBe(policy);
  });

  it("pages and assets carry no CORS header", async () => {
    for (const path of ["/en/places/memorial-cors", "/assets/site.css"]) {
      expect((await t.app.request(path)).headers.get("access-control-allow-origin")).toBeNull();
    }
  });
});
