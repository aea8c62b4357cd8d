/**
 * One trusted origin (issue 13, finding 2): a request's Host never reaches an address the site
 * writes (pages, the page cache, API replies, mails), and ALLOWED_HOSTS refuses other names.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { storeOffer } from "../../test/booking-offers.ts";
import { aPlace, storeRecords } from "../../test/factories.ts";
import { openedOutboxMessages } from "../../test/outbox.ts";

const EVIL = "evil.example";

describe("a forged Host header", () => {
  let t: TestApp;
  let slotId: number;
  beforeAll(async () => {
    t = await createTestApp();
    await storeRecords(t.handle.db, { places: [aPlace({ slug: "memorial-of-the-test" })] });
    const { offer } = await storeOffer(t.handle.db);
    const slots = await (await t.app.request(`/api/offers/${offer.id}/slots`)).json() as { items: { id: number }[] };
    slotId = slots.items[0]!.id;
  });
  afterAll(() => t.handle.close());

  it("leaves no foreign host in a page, nor in the page the cache then serves to everyone", async () => {
    // The Node adapter builds the request's URL from its Host header: this is what a forged Host looks like to the app.
    const poisoned = await t.app.request(`http://${EVIL}/fr/`, { headers: { host: EVIL } });
    expect(poisoned.status).toBe(200);
    const html = await poisoned.text();
    expect(html).not.toContain(EVIL);
    expect(html).toContain("https://remembrance.test/fr/");
    const next = await t.app.request("/fr/");
    expect(next.headers.get("x-page-cache")).toBe("hit");
    expect(await next.text()).not.toContain(EVIL);
    const place = await (await t.app.request(`http://${EVIL}/en/places/memorial-of-the-test`, { headers: { host: EVIL } })).text();
    expect(place).not.toContain(EVIL);
    expect(await (await t.app.request(`http://${EVIL}/sitemap.xml`, { headers: { host: EVIL } })).text()).not.toContain(EVIL);
  });

  it("leaves no foreign host in a booking's reply, its ticket links or its confirmation mail", async () => {
    const res = await t.app.request(`http://${EVIL}/api/bookings`, {
      method: "POST", headers: { host: EVIL, "content-type": "application/json" },
      body: JSON.stringify({ slotId, partySize: 2, name: "Ada Lovelace", email: "ada@example.org", lang: "fr" }),
    });
    expect(res.status).toBe(201);
    const reply = await res.text();
    expect(reply).not.toContain(EVIL);
    expect(reply).toContain("https://remembrance.test/");
    const mails = await openedOutboxMessages(t.handle.db);
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) expect(JSON.stringify(m)).not.toContain(EVIL);
  });
});

describe("ALLOWED_HOSTS", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(undefined, { allowedHosts: ["remembrance.test"] });
  });
  afterAll(() => t.handle.close());

  it("answers another host 421 before anything runs, and serves its own names", async () => {
    const refused = await t.app.request(`http://${EVIL}/fr/`, { headers: { host: EVIL } });
    expect(refused.status).toBe(421);
    expect(await refused.json()).toMatchObject({ error: "misdirected_request" });
    expect((await t.app.request("http://remembrance.test/fr/", { headers: { host: "Remembrance.test" } })).status).toBe(200);
  });
});
