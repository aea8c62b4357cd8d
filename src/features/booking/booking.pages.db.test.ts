import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { storeOffer } from "../../../test/booking-offers.ts";
import { visibleText } from "../../../test/page-html.ts";
import { TestBrowser } from "../../../test/staff-browser.ts";
import { findOfferById } from "./booking.repository.ts";
import { slotsOfOffer } from "./booking.service.ts";

// Tuesday 24 November 2026, 09:00 in Paris: the day's times from 10:00 are all ahead.
const NOW = new Date("2026-11-24T08:00:00Z");
let clock = NOW;
let t: TestApp;
let online: Awaited<ReturnType<typeof storeOffer>>;
let onsite: Awaited<ReturnType<typeof storeOffer>>;

beforeAll(async () => {
  t = await createTestApp(() => clock);
  online = await storeOffer(t.handle.db, {
    slug: "command-post", capacity: 5, maxParty: 5, title: { en: "The command post", fr: "Le poste de commandement" },
    requirements: { steps: 99, stepFree: false, headset: true },
  });
  onsite = await storeOffer(t.handle.db, {
    placeSlug: online.placeSlug, slug: "shelter", position: 1, channels: ["onsite"], capacity: 12, maxParty: 6,
    title: { en: "The shelter", fr: "L'abri" },
  });
});
afterAll(() => t.handle.close());

const offerPage = (lang: string, slug: string, query = "") => `/${lang}/places/${online.placeSlug}/visits/${slug}${query}`;
const text = (html: string) => visibleText(html).replace(/\u00a0/g, " ");

async function slotsOf(offerId: number) {
  const { body } = await t.getJson(`/api/offers/${offerId}/slots?from=2026-11-24&to=2026-11-24`);
  return body.items as { id: number; start: string; remaining: number }[];
}

async function bookByApi(slotId: number, partySize: number) {
  const res = await t.app.request("/api/bookings", {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ slotId, partySize, name: "Someone", email: "someone@example.org", lang: "en" }),
  });
  expect(res.status).toBe(201);
  return await res.json() as { code: string; secret: string };
}

async function countBookings(): Promise<number> {
  const rows = await t.handle.db.execute(sql`select count(*)::int as n from bookings`);
  return Number((rows as any).rows?.[0]?.n ?? (rows as any)[0]?.n);
}

/** Opens the booking form of a slot in a fresh browser (which gets the form's CSRF cookie). */
async function openForm(slotId: number, party = 2, lang = "en") {
  const browser = new TestBrowser(t.app);
  const page = await browser.get(`/${lang}/bookings/new?slot=${slotId}&party=${party}`);
  expect(page.status).toBe(200);
  const key = /name="_key" value="([^"]+)"/.exec(page.html)![1]!;
  return { browser, key, page };
}

const goodFields = (slotId: number, key: string) =>
  ({ slot: String(slotId), _key: key, party: "2", name: "Ada Lovelace", email: "ada@example.org", acknowledge: "yes" });

describe("a visit's page", () => {
  it("lists the day's times with their places in words, each linking to its booking form", async () => {
    const [, eleven] = await slotsOf(online.offer.id);
    await bookByApi(eleven!.id, 3);
    const { status, html, headers } = await t.getHtml(offerPage("en", "command-post"));
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("no-store");
    const words = text(html);
    expect(words).toContain("The command post");
    expect(words).toContain("Duration 45 minutes");
    expect(words).toContain("99 steps to go down and back up.");
    expect(words).toContain("Times on Tuesday 24 November");
    expect(words).toContain("10:00 5 places left Book 10:00");
    expect(words).toContain("11:00 Few places left: 2");
    expect(html).toContain(`href="/en/bookings/new?slot=${eleven!.id}&amp;party=1"`);
    // The requirements come before the times.
    expect(words.indexOf("Before you book")).toBeLessThan(words.indexOf("Times on"));
  });

  it("gives a sold-out time the next times with room for the whole party", async () => {
    const [, , noon, one] = await slotsOf(online.offer.id);
    await bookByApi(noon!.id, 5);
    await bookByApi(one!.id, 4);
    const words = text((await t.getHtml(offerPage("en", "command-post", "?date=2026-11-24&party=3"))).html);
    expect(words).toContain("12:00 Sold out Next times with room for 3 people: Tuesday 24 November at 14:00 (5 places left)");
    expect(words).toContain("13:00 Only 1 place left: not enough for 3 people");
    expect((await t.getHtml(offerPage("en", "command-post", "?party=99"))).status).toBe(404);
  });

  it("says in French that the shelter is booked at the museum only, and offers no form", async () => {
    const { status, html } = await t.getHtml(offerPage("fr", "shelter"));
    expect(status).toBe(200);
    const words = text(html);
    expect(words).toContain("Réservation au musée uniquement");
    expect(words).toContain("Les réservations ne peuvent se faire qu'au musée : inscrivez-vous pour une visite dès votre arrivée.");
    expect(words).toContain("10:00 12 places restantes");
    // Places per time and per booking are the museum's booking rules, with what a larger group does.
    expect(words).toContain("Règles de réservation Jusqu'à 12 personnes par horaire. De 1 à 6 personnes par réservation.");
    expect(words).toContain("Pour un groupe de plus de 6 personnes, par exemple une classe, renseignez-vous au musée.");
    expect(words).not.toContain("Taille du groupe");
    expect(html).not.toContain("/fr/bookings/new");
    expect(html).not.toMatch(/<form[^>]*method="post"/);
  });

  it("is listed on the place page with a link to book online, or the desk for the shelter", async () => {
    const words = text((await t.getHtml(`/en/places/${online.placeSlug}`)).html);
    expect(words).toMatch(/Timed visits The command post 45 minutes Book online \(The command post\) The shelter 45 minutes Book at the desk on arrival/);
  });
});

describe("booking with the form", () => {
  it("books, then shows the ticket: code, local time, requirements, QR code, private headers", async () => {
    const [ten] = await slotsOf(online.offer.id);
    const { browser, key } = await openForm(ten!.id);
    const sent = await browser.post("/en/bookings", goodFields(ten!.id, key));
    expect(sent.status).toBe(303);
    const [, code] = /^\/en\/bookings\/([A-Z0-9]{8})\?secret=/.exec(sent.location ?? "") ?? [];
    expect(code).toBeDefined();
    const ticket = await browser.get(sent.location!);
    expect(ticket.status).toBe(200);
    const words = text(ticket.html);
    expect(words).toContain(`${code!.slice(0, 4)}-${code!.slice(4)}`);
    expect(words).toContain("Tuesday 24 November 2026 at 10:00");
    expect(words).toContain("99 steps to go down and back up.");
    expect(words).toContain("Status: Confirmed");
    expect(ticket.html).toMatch(/<svg role="img" aria-labelledby="ticket-qr-title"/);
    expect(ticket.html).toContain('<meta name="robots" content="noindex"/>');
    expect(ticket.headers.get("cache-control")).toBe("no-store");
    expect(ticket.headers.get("referrer-policy")).toBe("no-referrer");
    expect(ticket.html).toContain(`href="/api/bookings/${code}/calendar.ics?secret=`);
    expect((await slotsOf(online.offer.id))[0]!.remaining).toBe(3);
  });

  it("books once when the same form is sent twice", async () => {
    const [ten] = await slotsOf(online.offer.id);
    const { browser, key } = await openForm(ten!.id, 1);
    const fields = { ...goodFields(ten!.id, key), party: "1" };
    const first = await browser.post("/en/bookings", fields);
    const again = await browser.post("/en/bookings", fields);
    expect([first.status, again.status]).toEqual([303, 303]);
    expect(again.location).toBe(first.location);
    expect((await slotsOf(online.offer.id))[0]!.remaining).toBe(2);
  });

  it("shows a bad e-mail beside its field and in the summary, keeps what was typed, and books nothing", async () => {
    const [, , , , two] = await slotsOf(online.offer.id);
    const before = await countBookings();
    const { browser, key } = await openForm(two!.id);
    const res = await browser.post("/en/bookings", { ...goodFields(two!.id, key), email: "not-an-address", acknowledge: "" });
    expect(res.status).toBe(400);
    expect(res.html).toContain('<span class="error" id="booking-email-error">Enter an e-mail address, such as name@example.org.</span>');
    expect(res.html).toMatch(/<input type="email" id="booking-email" name="email" value="not-an-address"[^>]*aria-invalid="true"/);
    expect(res.html).toContain('value="Ada Lovelace"');
    expect(res.html).toContain('<a href="#booking-email">');
    expect(text(res.html)).toContain("2 fields need your attention: E-mail address: Enter an e-mail address");
    expect(res.html).toContain('id="booking-acknowledge-error"');
    expect(await countBookings()).toBe(before);
  });

  it("refuses a form without its CSRF token, or sent from another site, with a 403 page in the visitor's language", async () => {
    const [, , , , two] = await slotsOf(online.offer.id);
    const before = await countBookings();
    const { browser, key } = await openForm(two!.id, 2, "fr");
    const token = browser.csrfToken()!;
    const missing = await browser.post("/fr/bookings", goodFields(two!.id, key), { csrf: null });
    expect(missing.status).toBe(403);
    expect(text(missing.html)).toContain("Le formulaire a expiré ou ne vient pas de ce site. Rien n'a été réservé ni annulé.");
    const crossSite: Record<string, string>[] = [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, { origin: "null" }];
    for (const headers of crossSite) {
      expect((await browser.post("/fr/bookings", goodFields(two!.id, key), { csrf: token, headers })).status).toBe(403);
    }
    const huge = await browser.post("/fr/bookings", { ...goodFields(two!.id, key), name: "x".repeat(20_000) }, { csrf: token });
    expect(huge.status).toBe(413);
    const stranger = new TestBrowser(t.app);
    expect((await stranger.post("/fr/bookings", goodFields(two!.id, key), { csrf: token })).status).toBe(403);
    expect(await countBookings()).toBe(before);
  });

  it("shows the next times that fit when the time fills up meanwhile", async () => {
    const [, , , , two] = await slotsOf(online.offer.id);
    const { browser, key } = await openForm(two!.id, 2);
    await bookByApi(two!.id, 5);
    const res = await browser.post("/en/bookings", goodFields(two!.id, key));
    expect(res.status).toBe(409);
    const words = text(res.html);
    expect(words).toContain("This time has just filled up.");
    expect(words).toContain("Next times with room for 2 people: Tuesday 24 November at 15:00 (5 places left)");
    const [, , , , , three] = await slotsOf(online.offer.id);
    expect(res.html).toContain(`href="/en/bookings/new?slot=${three!.id}&amp;party=2"`);
    expect(res.html).not.toContain('name="name"');
    expect((await slotsOf(online.offer.id))[4]!.remaining).toBe(0);
  });

  it("keeps what was typed when fewer places are left than the party needs", async () => {
    const [, , , , , three] = await slotsOf(online.offer.id);
    const { browser, key } = await openForm(three!.id, 5);
    await bookByApi(three!.id, 2);
    const res = await browser.post("/en/bookings", { ...goodFields(three!.id, key), party: "5" });
    expect(res.status).toBe(409);
    expect(text(res.html)).toContain("Only 3 places are left at this time: not enough for 5 people.");
    expect(res.html).toContain('value="Ada Lovelace"');
    expect(res.html).toMatch(/<option value="3" selected="">3<\/option><\/select>/);
  });

  it("says a booking cannot be made online for the shelter, too far ahead, or once the visit has started", async () => {
    const [shelterTen] = await slotsOf(onsite.offer.id);
    const shelter = await t.getHtml(`/fr/bookings/new?slot=${shelterTen!.id}`);
    expect(shelter.status).toBe(403);
    expect(text(shelter.html)).toContain("Les réservations ne peuvent se faire qu'au musée");
    // A time the desk can see but visitors cannot book yet (two days ahead at most).
    const soon = await storeOffer(t.handle.db, { placeSlug: online.placeSlug, slug: "soon", position: 2, bookingHorizonDays: 2 });
    const [far] = await slotsOfOffer(t.handle.db, (await findOfferById(t.handle.db, soon.offer.id))!, "2026-12-01", "2026-12-01", NOW, { ignoreHorizon: true });
    const notYet = await t.getHtml(`/fr/bookings/new?slot=${far!.id}`);
    expect(notYet.status).toBe(409);
    expect(text(notYet.html)).toContain("Cet horaire ne peut pas encore être réservé : les visites se réservent 2 jours à l'avance.");
    const [ten] = await slotsOf(online.offer.id);
    clock = new Date("2026-11-24T09:05:00Z");
    try {
      const started = await t.getHtml(`/en/bookings/new?slot=${ten!.id}`);
      expect(started.status).toBe(409);
      expect(text(started.html)).toContain("This visit has already started; it can no longer be booked.");
    } finally {
      clock = NOW;
    }
  });
});

describe("the ticket and cancelling", () => {
  it("cancels after a confirmation, frees the places, and says so", async () => {
    const [, , , , , , four] = await slotsOf(online.offer.id);
    const made = await bookByApi(four!.id, 3);
    expect((await slotsOf(online.offer.id))[6]!.remaining).toBe(2);
    const browser = new TestBrowser(t.app);
    const ask = await browser.get(`/fr/bookings/${made.code}/cancel?secret=${encodeURIComponent(made.secret)}`);
    expect(ask.status).toBe(200);
    expect(ask.headers.get("referrer-policy")).toBe("no-referrer");
    expect(text(ask.html)).toContain("Voulez-vous annuler cette réservation ?");
    const token = browser.csrfToken();
    expect((await browser.post(`/fr/bookings/${made.code}/cancel`, { secret: made.secret }, { csrf: null })).status).toBe(403);
    expect((await slotsOf(online.offer.id))[6]!.remaining).toBe(2);
    // The page sends no referrer, so Chromium's form says "Origin: null": its Sec-Fetch-Site vouches for it.
    const done = await browser.post(`/fr/bookings/${made.code}/cancel`, { secret: made.secret }, { csrf: token, headers: { origin: "null", "sec-fetch-site": "same-origin" } });
    expect(done.status).toBe(303);
    const after = await browser.get(done.location!);
    expect(text(after.html)).toContain("Votre réservation est annulée ; les places sont de nouveau libres.");
    expect((await slotsOf(online.offer.id))[6]!.remaining).toBe(5);
    expect(text((await browser.get(`/en/bookings/${made.code}?secret=${encodeURIComponent(made.secret)}`)).html)).toContain("Status: Cancelled");
  });

  it("says it is too late once the visit has started", async () => {
    const [, , , , , , , five] = await slotsOf(online.offer.id);
    const made = await bookByApi(five!.id, 1);
    clock = new Date("2026-11-24T16:30:00Z"); // 17:30 in Paris
    try {
      const browser = new TestBrowser(t.app);
      const page = await browser.get(`/en/bookings/${made.code}/cancel?secret=${encodeURIComponent(made.secret)}`);
      expect(text(page.html)).toContain("This visit has started or is over; it can no longer be cancelled.");
      expect(page.html).not.toContain('name="secret"');
    } finally {
      clock = NOW;
    }
  });

  it("answers a wrong secret or code with the 404 page", async () => {
    const [, , , , , , , five] = await slotsOf(online.offer.id);
    const made = await bookByApi(five!.id, 1);
    for (const path of [`/en/bookings/${made.code}?secret=wrong`, `/en/bookings/${made.code}`, `/en/bookings/ZZZZZZZZ?secret=${made.secret}`,
      `/en/bookings/${made.code}/cancel?secret=wrong`]) {
      const res = await t.getHtml(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(text(res.html)).toContain("Page not found");
    }
  });
});
