/**
 * Limits on public bookings (issue 13, finding 1): per client address, per e-mail and per day of the
 * visit, a proof of work past a threshold, and a cap of places per e-mail per visit per day. The
 * app runs behind a trusted proxy here, so each request comes from the address it names.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { storeOffer } from "../../../test/booking-offers.ts";
import { bookings } from "../../db/schema/bookings.ts";
import { loadConfig, type LimitSettings } from "../../lib/config.ts";
import type { AbuseLimits } from "../../web/app-env.ts";
import { abuseLimits } from "../limits/abuse-limits.ts";
import { testSecrets } from "../../../test/secrets.ts";
import { solveProof } from "../../../test/solve-proof.ts";
import { dayAfterTomorrow, slotIdsOf, storeBookablePlace, storeBurstOffer } from "../../../test/booking-burst.ts";

// Tuesday 24 November 2026, 09:00 in Paris: the day's slots from 10:00 are all ahead.
const NOW = new Date("2026-11-24T08:00:00Z");
let clock = NOW;
const HOUR = 3_600_000;
const NONE: LimitSettings = { bookingsPerAddress: null, bookingsPerEmail: null, bookingsPerVisitDay: null, signInsPerAddress: null, cancelsPerAddress: null };
let settings: LimitSettings = NONE;
let t: TestApp;
let offer: Awaited<ReturnType<typeof storeOffer>>;
let slots: { id: number; start: string }[];

beforeAll(async () => {
  t = await createTestApp(() => clock, {
    security: { requireAdminTotp: false, trustProxy: true },
    // "solved" stands for a solved proof of work (the proof itself is tested in features/limits).
    limits: { get settings() { return settings; }, proofIsValid: async (payload) => payload === "solved" },
  });
  offer = await storeOffer(t.handle.db, { capacity: 40, maxParty: 6, placesPerEmailPerDay: null });
  const { body } = await t.getJson(`/api/offers/${offer.offer.id}/slots?from=2026-11-24&to=2026-11-25`);
  slots = body.items;
});
afterAll(() => t.handle.close());

let n = 0;
const post = (slotId: number, o: { from?: string; email?: string; party?: number; proof?: string } = {}) =>
  t.app.request("/api/bookings", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": o.from ?? "203.0.113.1", ...(o.proof ? { altcha: o.proof } : {}) },
    body: JSON.stringify({ slotId, partySize: o.party ?? 1, name: "Ada Lovelace", email: o.email ?? `visitor${++n}@example.org`, lang: "en" }),
  });
const json = async (res: Response) => ({ status: res.status, body: await res.json() as any, retryAfter: res.headers.get("retry-after") });
const bookingsOn = async (slotId: number) => (await t.handle.db.select({ id: bookings.id }).from(bookings).where(eq(bookings.slotId, slotId))).length;
const day = (date: string) => slots.filter((s) => s.start.startsWith(date)).map((s) => s.id);
async function reset(next: Partial<LimitSettings>) {
  settings = { ...NONE, ...next };
  clock = NOW;
  await t.handle.db.execute(sql`delete from rate_limit_counters`);
  await t.handle.db.execute(sql`delete from bookings`);
}

describe("the limits as configured by default", () => {
  it("never slow a family: a party of 4 books twice in a day from one address with one e-mail", async () => {
    await reset(loadConfig({}).limits);
    const [first, second] = day("2026-11-24");
    expect((await post(first!, { email: "family@example.org", party: 4 })).status).toBe(201);
    expect((await post(second!, { email: "family@example.org", party: 4 })).status).toBe(201);
  });
});

describe("bookings per client address", () => {
  it("ask for a proof of work past the threshold, without counting or booking the attempt, then refuse past the limit", async () => {
    await reset({ bookingsPerAddress: { limit: 4, windowMs: HOUR, proofAfter: 2 } });
    const [slot] = day("2026-11-24");
    expect((await post(slot!)).status).toBe(201);
    expect((await post(slot!)).status).toBe(201);
    const asked = await json(await post(slot!));
    expect(asked).toMatchObject({ status: 429, body: { error: "proof_of_work_required", challengeUrl: "/api/proof-of-work/challenge", retryAfter: 3600 }, retryAfter: "3600" });
    expect(asked.body.message).toMatch(/Altcha header/);
    expect(await bookingsOn(slot!)).toBe(2);
    expect((await json(await post(slot!, { proof: "forged" }))).body.error).toBe("proof_of_work_required");
    expect((await post(slot!, { proof: "solved" })).status).toBe(201);
    expect((await post(slot!, { proof: "solved" })).status).toBe(201);
    const refused = await json(await post(slot!, { proof: "solved" }));
    expect(refused).toMatchObject({ status: 429, body: { error: "too_many_requests", retryAfter: 3600 }, retryAfter: "3600" });
    expect(refused.body.message).toMatch(/try again in 60 minutes/);
    expect(await bookingsOn(slot!)).toBe(4);
  });

  it("count each address on its own, an IPv6 one by its /64, and start afresh when the window ends", async () => {
    await reset({ bookingsPerAddress: { limit: 2, windowMs: HOUR } });
    const slot = day("2026-11-24")[4]; // 14:00: still ahead an hour later
    for (const from of ["2001:db8:1:2::1", "2001:db8:1:2::99"]) expect((await post(slot!, { from })).status).toBe(201);
    expect((await post(slot!, { from: "2001:db8:1:2:ffff::1" })).status).toBe(429);
    expect((await post(slot!, { from: "2001:db8:1:3::1" })).status).toBe(201);
    expect((await post(slot!, { from: "198.51.100.4" })).status).toBe(201);
    clock = new Date(NOW.getTime() + HOUR);
    expect((await post(slot!, { from: "2001:db8:1:2::1" })).status).toBe(201);
  });
});

describe("bookings per e-mail", () => {
  it("count an address however it is written, from any client address", async () => {
    await reset({ bookingsPerEmail: { limit: 3, windowMs: 24 * HOUR } });
    const [slot] = day("2026-11-24");
    for (const [i, email] of ["Relay@Example.org", "relay@example.org", " RELAY@example.ORG"].entries()) {
      expect((await post(slot!, { email, from: `198.51.100.${i + 1}` })).status).toBe(201);
    }
    const refused = await json(await post(slot!, { email: "relay@example.org", from: "198.51.100.9" }));
    expect(refused).toMatchObject({ status: 429, body: { error: "too_many_requests" }, retryAfter: String(24 * 3600) });
    expect((await post(slot!, { email: "someone.else@example.org", from: "198.51.100.9" })).status).toBe(201);
  });
});

describe("bookings per day of a visit", () => {
  it("ask every requester for a proof once a day sees many bookings, and leave other days alone", async () => {
    await reset({ bookingsPerVisitDay: { limit: 50, windowMs: 10 * 60_000, proofAfter: 3 } });
    const [a, b, c] = day("2026-11-24");
    for (const [i, slot] of [a, b, c].entries()) expect((await post(slot!, { from: `192.0.2.${i + 1}` })).status).toBe(201);
    expect((await json(await post(a!, { from: "192.0.2.50" }))).body.error).toBe("proof_of_work_required");
    expect((await post(a!, { from: "192.0.2.50", proof: "solved" })).status).toBe(201);
    expect((await post(day("2026-11-25")[0]!, { from: "192.0.2.50" })).status).toBe(201);
  });
});

describe("places per e-mail per visit per day", () => {
  it("hold one address to twice the largest party on a day, cancelled bookings not counted", async () => {
    await reset({});
    const [a, b, c] = day("2026-11-24");
    const email = "teacher@example.org";
    const first = await json(await post(a!, { email, party: 6 }));
    expect(first.status).toBe(201);
    expect((await post(b!, { email, party: 5 })).status).toBe(201);
    const over = await json(await post(c!, { email, party: 2 }));
    expect(over).toMatchObject({ status: 409, body: { error: "places_per_email", fields: { partySize: "must be at most 1 for this e-mail address on this day" } } });
    expect(over.body.message).toContain("already holds 11 place(s)");
    expect((await post(c!, { email: "TEACHER@example.org", party: 1 })).status).toBe(201);
    expect((await post(day("2026-11-25")[0]!, { email, party: 6 })).status).toBe(201);
    const secret = new URL(first.body.links.cancel).searchParams.get("secret")!;
    const cancelled = await t.app.request(`/api/bookings/${first.body.code}`, { method: "DELETE", headers: { "booking-secret": secret } });
    expect(cancelled.status).toBe(200);
    expect((await post(c!, { email, party: 6 })).status).toBe(201);
  });

  it("follow the offer's own setting when it has one", async () => {
    await reset({});
    const roomy = await storeOffer(t.handle.db, { placeSlug: offer.placeSlug, slug: "roomy", position: 1, capacity: 40, maxParty: 6, placesPerEmailPerDay: 30 });
    const { body } = await t.getJson(`/api/offers/${roomy.offer.id}/slots?from=2026-11-24&to=2026-11-24`);
    const ids: number[] = body.items.map((s: { id: number }) => s.id);
    for (const slot of ids.slice(0, 5)) expect((await post(slot, { email: "school@example.org", party: 6 })).status).toBe(201);
    expect((await json(await post(ids[5]!, { email: "school@example.org", party: 1 }))).body.error).toBe("places_per_email");
  });
});

describe("the booking form under the limits", () => {
  const sendForm = async (slotId: number, locale: "en" | "fr", from: string, extra: Record<string, string> = {}) => {
    const page = await t.app.request(`/${locale}/bookings/new?slot=${slotId}&party=1`, { headers: { "x-forwarded-for": from } });
    const html = await page.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const key = /name="_key" value="([^"]+)"/.exec(html)![1]!;
    const cookie = page.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const form = new URLSearchParams({ _csrf: csrf, _key: key, slot: String(slotId), party: "1", name: "Claire Lefèvre", email: `form${++n}@example.org`, ...extra });
    return t.app.request(`/${locale}/bookings`, {
      method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": from, origin: "https://remembrance.test" },
    });
  };

  it("shows the proof of work in the visitor's language when it is asked, and books once it is done", async () => {
    await reset({ bookingsPerAddress: { limit: 3, windowMs: HOUR, proofAfter: 1 } });
    const [slot] = day("2026-11-24");
    expect((await sendForm(slot!, "fr", "192.0.2.77")).status).toBe(303);
    const asked = await sendForm(slot!, "fr", "192.0.2.77");
    expect(asked.status).toBe(429);
    expect(asked.headers.get("retry-after")).toBe("3600");
    const html = await asked.text();
    expect(html).toContain("votre navigateur doit faire un court calcul");
    expect(html).toMatch(/<altcha-widget challenge="\/api\/proof-of-work\/challenge" name="altcha" language="fr"/);
    expect((await sendForm(slot!, "fr", "192.0.2.77", { altcha: "solved" })).status).toBe(303);
    expect((await sendForm(slot!, "fr", "192.0.2.77", { altcha: "solved" })).status).toBe(303);
    const refused = await sendForm(slot!, "fr", "192.0.2.77", { altcha: "solved" });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain("Réessayez dans 60\u00a0minutes");
  });

  it("says in English how many places one e-mail may still book", async () => {
    await reset({});
    const [a, b] = day("2026-11-24");
    const email = "form-teacher@example.org";
    expect((await post(a!, { email, party: 6 })).status).toBe(201);
    expect((await post(b!, { email, party: 6 })).status).toBe(201);
    const over = await sendForm(b!, "en", "192.0.2.78", { email });
    expect(over.status).toBe(409);
    expect(await over.text()).toContain("This e-mail address already holds 12 places for this visit on this day, and one address may hold at most 12.");
  });
});

describe("cancelling with a booking's secret", () => {
  it("is limited per client address, so secrets cannot be guessed at speed", async () => {
    await reset({ cancelsPerAddress: { limit: 3, windowMs: HOUR } });
    const guess = () => t.app.request("/api/bookings/K7QM-3XPD", { method: "DELETE", headers: { "booking-secret": "guess", "x-forwarded-for": "192.0.2.99" } });
    for (let i = 0; i < 3; i++) expect((await guess()).status).toBe(404);
    const refused = await guess();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("3600");
  });

  it("is limited on the cancel page too, answered with a page in the visitor's language", async () => {
    await reset({ cancelsPerAddress: { limit: 2, windowMs: HOUR } });
    const booked = await json(await post(day("2026-11-24")[0]!));
    const cancelUrl = new URL(booked.body.links.cancel);
    const secret = cancelUrl.searchParams.get("secret")!;
    const page = await t.app.request(`/fr/bookings/${booked.body.code}/cancel?secret=${secret}`, { headers: { "x-forwarded-for": "192.0.2.98" } });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const cookie = page.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const cancel = () => t.app.request(`/fr/bookings/${booked.body.code}/cancel`, {
      method: "POST", body: new URLSearchParams({ _csrf: csrf, secret }),
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": "192.0.2.98", origin: "https://remembrance.test" },
    });
    expect((await cancel()).status).toBe(303);
    expect((await cancel()).status).toBe(303);
    const stopped = await cancel();
    expect(stopped.status).toBe(429);
    expect(stopped.headers.get("retry-after")).toBe("3600");
    expect(await stopped.text()).toContain("Trop de demandes");
  });
});

describe("a real proof of work, end to end through the API", () => {
  it("books once a solved challenge is sent in the Altcha header, and asks again when the same solution is sent twice", async () => {
    // The proof's expiry follows the real clock too (altcha-lib checks it), so this app runs on it.
    const always = { ...NONE, bookingsPerAddress: { limit: 10, windowMs: HOUR, proofAfter: 0 } };
    let check: AbuseLimits["proofIsValid"] = async () => false;
    const real = await createTestApp(() => new Date(), {
      security: { requireAdminTotp: false, trustProxy: true },
      limits: { settings: always, proofIsValid: (payload) => check(payload) },
    });
    try {
      const db = real.handle.db;
      check = abuseLimits(db, always, testSecrets, () => new Date()).proofIsValid;
      const { app } = real;
      const place = await storeBookablePlace(db);
      const visit = await storeBurstOffer(db, place, 20, 6);
      const [slotId] = await slotIdsOf({ name: "app", request: (path, init) => app.request(path, init) }, visit.id, dayAfterTomorrow());
      const send = (headers: Record<string, string> = {}) => app.request("/api/bookings", {
        method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.50", ...headers },
        body: JSON.stringify({ slotId, partySize: 2, name: "Ada Lovelace", email: "ada@example.org", lang: "en" }),
      });
      const asked = await send();
      expect(asked.status).toBe(429);
      expect((await asked.json() as any).error).toBe("proof_of_work_required");
      const proof = await solveProof(app);
      expect((await send({ altcha: proof })).status).toBe(201);
      const again = await send({ altcha: proof });
      expect(again.status).toBe(429);
      expect((await again.json() as any).error).toBe("proof_of_work_required");
      expect((await send({ altcha: await solveProof(app) })).status).toBe(201);
    } finally {
      await real.handle.close();
    }
  }, 60_000);
});
