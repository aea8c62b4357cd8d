import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { storeOffer } from "../../../test/booking-offers.ts";
import { aPlace, aVisit, storeRecords } from "../../../test/factories.ts";
import { getAs, postFormAs, signedInStaff, type SignedIn } from "../../../test/staff.ts";
import { rowsOf } from "../../db/database.ts";
import { openedOutboxMessages } from "../../../test/outbox.ts";

// Tuesday 24 November 2026, 09:00 in Paris: the day's visits (hourly from 10:00) are all ahead.
const NOW = new Date("2026-11-24T08:00:00Z");
const SHELTER = "desk-shelter-museum";
const OTHER = "desk-other-museum";
const HOURS = [{ days: ["tue", "wed", "thu", "fri", "sat", "sun"] as ("tue" | "wed" | "thu" | "fri" | "sat" | "sun")[], opens: "10:00", closes: "18:00" }];

let t: TestApp;
let clock = NOW;
let desk: SignedIn;
let otherDesk: SignedIn;
let admin: SignedIn;
let editor: SignedIn;
let shelterOfferId: number;

const rows = async <T,>(query: ReturnType<typeof sql>): Promise<T[]> => rowsOf<T>(await t.handle.db.execute(query));

beforeAll(async () => {
  t = await createTestApp(() => clock);
  await storeRecords(t.handle.db, {
    places: [
      aPlace({ slug: SHELTER, openingHours: HOURS, visits: [aVisit({ slug: "shelter", channels: ["onsite"], capacity: 12, partySize: { min: 1, max: 6 }, durationMinutes: 30 })] }),
      aPlace({ slug: OTHER, openingHours: HOURS, visits: [aVisit({ slug: "tour" })] }),
    ],
  });
  shelterOfferId = (await rows<{ id: number }>(sql`select o.id from booking_offers o join places p on p.id = o.place_id where p.slug = ${SHELTER}`))[0]!.id;
  desk = await signedInStaff(t.handle.db, { grants: [{ place: SHELTER, role: "front_desk" }] }, NOW);
  otherDesk = await signedInStaff(t.handle.db, { grants: [{ place: OTHER, role: "front_desk" }] }, NOW);
  admin = await signedInStaff(t.handle.db, { isAdministrator: true }, NOW);
  editor = await signedInStaff(t.handle.db, { grants: [{ place: SHELTER, role: "editor" }] }, NOW);
});
afterAll(() => t.handle.close());

/** A front desk member of the shelter signed in at `when` (moving the clock on would end a session left idle). */
const deskSessionAt = (when: Date) => signedInStaff(t.handle.db, { grants: [{ place: SHELTER, role: "front_desk" }] }, when);

const at = (rest: string, place = SHELTER) => `/admin/en/desk/${place}${rest}`;

/** The shelter's slot ids of a day by local time ("10:00" → id). */
async function slotsOn(date: string): Promise<Record<string, number>> {
  const { body } = await t.getJson(`/api/offers/${shelterOfferId}/slots?from=${date}&to=${date}`);
  return Object.fromEntries((body.items as { id: number; start: string }[]).map((s) => [s.start.slice(11, 16), s.id]));
}

const visitor = (slotId: number, o: Record<string, string> = {}) =>
  ({ slotId: String(slotId), partySize: "2", name: "Ada Lovelace", email: "ada@example.org", lang: "en", ...o });

/** Books at the desk as `who`; resolves to the new code. */
async function bookAtDesk(slotId: number, o: Record<string, string> = {}, who = desk): Promise<string> {
  const res = await postFormAs(t.app, who, at("/book"), visitor(slotId, o));
  expect(res.status, await res.clone().text()).toBe(303);
  const code = /\/bookings\/([A-Z0-9]{8})\?done=booked/.exec(res.headers.get("location") ?? "")?.[1];
  expect(code).toBeDefined();
  return code!;
}

const statusOf = async (code: string) => (await rows<{ status: string }>(sql`select status from bookings where code = ${code}`))[0]?.status;
const remainingOf = async (slotId: number) => (await rows<{ n: number }>(sql`select capacity - booked as n from booking_slots where id = ${slotId}`))[0]!.n;
const auditCount = async (action: string, code: string) =>
  (await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where action = ${action} and entity_key = ${code}`))[0]!.n;
/** True when the booking row's last change and its audit entry were written by one transaction. */
async function auditedInSameTransaction(action: string, code: string): Promise<boolean> {
  const [row] = await rows<{ same: boolean }>(sql`select (b.xmin::text = a.xmin::text) as same from bookings b, audit_log a
    where b.code = ${code} and a.entity_key = ${code} and a.action = ${action} order by a.id desc limit 1`);
  return row?.same === true;
}

describe("booking at the desk", () => {
  it("books a visit sold only at the museum, which the public API refuses, and shows the code with its QR code", async () => {
    const slots = await slotsOn("2026-11-24");
    const api = await t.app.request("/api/bookings", {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ slotId: slots["10:00"], partySize: 2, name: "Ada Lovelace", email: "ada@example.org", lang: "en" }),
    });
    expect(api.status).toBe(403);
    expect((await api.json() as { error: string }).error).toBe("onsite_only");

    const form = await (await getAs(t.app, desk, at("/book"))).text();
    expect(form).toContain(`<option value="${slots["10:00"]}">10:00 (12 places left)</option>`);
    const code = await bookAtDesk(slots["10:00"]!);
    const page = await getAs(t.app, desk, at(`/bookings/${code}?done=booked&code=${code}`));
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain(`${code.slice(0, 4)}-${code.slice(4)}`);
    expect(html).toMatch(/<img[^>]+src="data:image\/svg\+xml;base64,[^"]+"[^>]+alt="QR code of the booking/);
    expect(html).toContain("A confirmation is on its way to ada@example.org.");
    expect(html).toContain(`/desk/${SHELTER}/bookings/${code}/ticket`);
    const [made] = await rows<{ source: string; booked_by_account_id: number }>(sql`select source, booked_by_account_id from bookings where code = ${code}`);
    expect(made).toEqual({ source: "desk", booked_by_account_id: desk.accountId });
    const mail = (await openedOutboxMessages(t.handle.db)).filter((m) => m.kind === "booking_confirmed" && m.textBody.includes(`${code.slice(0, 4)}-${code.slice(4)}`));
    expect(mail.map((m) => m.toAddress)).toEqual(["ada@example.org"]);
    expect(await auditedInSameTransaction("booking.create", code)).toBe(true);
    expect(await remainingOf(slots["10:00"]!)).toBe(10);

    const ticket = await getAs(t.app, desk, at(`/bookings/${code}/ticket`));
    expect(ticket.status).toBe(200);
    expect(await ticket.text()).toContain("Show this ticket at the desk");
  });

  it("books without an e-mail address and sends nothing", async () => {
    const slots = await slotsOn("2026-11-24");
    const before = (await rows<{ n: number }>(sql`select count(*)::int as n from outbox_messages`))[0]!.n;
    const code = await bookAtDesk(slots["12:00"]!, { email: "", name: "Walk-in" });
    expect((await rows<{ n: number }>(sql`select count(*)::int as n from outbox_messages`))[0]!.n).toBe(before);
    expect(await (await getAs(t.app, desk, at(`/bookings/${code}?done=booked&code=${code}`))).text()).toContain("No e-mail address was given");
  });

  it("books once when the same form is sent twice", async () => {
    const slots = await slotsOn("2026-11-24");
    const fields = { ...visitor(slots["13:00"]!), _key: "same-form-key-0123456789" };
    const first = await postFormAs(t.app, desk, at("/book"), fields);
    const second = await postFormAs(t.app, desk, at("/book"), fields);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(second.headers.get("location")).toBe(first.headers.get("location"));
    expect(await remainingOf(slots["13:00"]!)).toBe(10);
  });

  it("names each bad field and books nothing", async () => {
    const before = (await rows<{ n: number }>(sql`select count(*)::int as n from bookings`))[0]!.n;
    const res = await postFormAs(t.app, desk, at("/book"), { slotId: "", partySize: "0", name: "", email: "nope", lang: "de" });
    const html = await res.text();
    expect(res.status).toBe(400);
    for (const message of ["Choose a time.", "Enter the number of people", "Enter the visitor&#39;s name.", "Enter an e-mail address like", "Choose English or French."]) {
      expect(html).toContain(message);
    }
    const tooMany = await postFormAs(t.app, desk, at("/book"), visitor((await slotsOn("2026-11-24"))["14:00"]!, { partySize: "7" }));
    expect(tooMany.status).toBe(400);
    expect(await tooMany.text()).toContain("This visit takes 1 to 6 people per booking.");
    expect((await rows<{ n: number }>(sql`select count(*)::int as n from bookings`))[0]!.n).toBe(before);
  });

  it("offers the next times that fit the whole party when the time asked for is full", async () => {
    const slots = await slotsOn("2026-11-24");
    await bookAtDesk(slots["15:00"]!, { partySize: "6" });
    await bookAtDesk(slots["15:00"]!, { partySize: "5" });
    const res = await postFormAs(t.app, desk, at("/book"), visitor(slots["15:00"]!, { partySize: "3" }));
    const html = await res.text();
    expect(res.status).toBe(409);
    expect(html).toContain("Only 1 place is left at this time.");
    expect(html).toContain("Next times with room for 3 people");
    expect(html).toContain(`name="slotId" value="${slots["16:00"]}"`);
    expect(html).toContain("Book Tue 24 Nov at 16:00");
  });
});

describe("check-in", () => {
  it("admits a code once, only on its day", async () => {
    const today = await slotsOn("2026-11-24");
    const code = await bookAtDesk(today["11:00"]!, { name: "Grace Hopper" });
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`;
    const first = await postFormAs(t.app, desk, at("/check-in"), { code: typed });
    const firstHtml = await first.text();
    expect(first.status).toBe(200);
    expect(firstHtml).toContain("Admitted");
    expect(firstHtml).toContain("Grace Hopper, 2 people");
    expect(firstHtml).toContain("at 11:00.");
    expect(firstHtml).toMatch(/<input id="check-in-code" name="code" type="text" autofocus=""/);
    expect(await statusOf(code)).toBe("checked_in");
    expect(await auditedInSameTransaction("booking.check_in", code)).toBe(true);

    const again = await postFormAs(t.app, desk, at("/check-in"), { code });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Grace Hopper was already admitted at 09:00.");
    expect(await auditCount("booking.check_in", code)).toBe(1);

    const tomorrow = await slotsOn("2026-11-25");
    const later = await bookAtDesk(tomorrow["10:00"]!, { name: "Tomorrow Visitor" });
    const early = await postFormAs(t.app, desk, at("/check-in"), { code: later });
    expect(early.status).toBe(409);
    expect(await early.text()).toContain("This booking is for Wednesday 25 November 2026 at 10:00.");
    expect(await statusOf(later)).toBe("confirmed");
    clock = new Date("2026-11-25T08:30:00Z");
    try {
      const nextMorning = await deskSessionAt(clock);
      expect((await postFormAs(t.app, nextMorning, at("/check-in"), { code: later })).status).toBe(200);
      expect(await statusOf(later)).toBe("checked_in");
    } finally {
      clock = NOW;
    }
  });

  it("says when a code is unknown, cancelled or not a code", async () => {
    const unknown = await postFormAs(t.app, desk, at("/check-in"), { code: "ZZZZ-ZZZZ" });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("No booking of this place has the code ZZZZ-ZZZZ.");
    const bad = await postFormAs(t.app, desk, at("/check-in"), { code: "hello" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Enter a booking code: 8 letters and digits");
    const code = await bookAtDesk((await slotsOn("2026-11-24"))["16:00"]!, { partySize: "1" });
    expect((await postFormAs(t.app, desk, at(`/bookings/${code}/cancel`))).status).toBe(303);
    const cancelled = await postFormAs(t.app, desk, at("/check-in"), { code });
    expect(cancelled.status).toBe(409);
    expect(await cancelled.text()).toContain("was cancelled");
  });

  it("admits from the day's list and comes back to it", async () => {
    const code = await bookAtDesk((await slotsOn("2026-11-24"))["14:00"]!, { partySize: "1" });
    const back = `/admin/en/desk/${SHELTER}?date=2026-11-24`;
    const res = await postFormAs(t.app, desk, at(`/bookings/${code}/check-in`), { back });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${back}&done=checked_in&code=${code}`);
    // Anywhere else than this place's desk, it comes back to the booking instead.
    const other = await bookAtDesk((await slotsOn("2026-11-24"))["14:00"]!, { partySize: "1" });
    const evil = await postFormAs(t.app, desk, at(`/bookings/${other}/check-in`), { back: "https://evil.example/" });
    expect(evil.status).toBe(303);
    expect(evil.headers.get("location")).toBe(`/admin/en/desk/${SHELTER}/bookings/${other}?done=checked_in&code=${other}`);
  });
});

describe("no-show and cancel", () => {
  it("marks a no-show only once the visit has started", async () => {
    const code = await bookAtDesk((await slotsOn("2026-11-24"))["10:00"]!, { name: "Late Larry", partySize: "1" });
    const early = await postFormAs(t.app, desk, at(`/bookings/${code}/no-show`));
    expect(early.status).toBe(409);
    expect(await early.text()).toContain("This visit has not started yet");
    expect(await statusOf(code)).toBe("confirmed");
    expect(await auditCount("booking.no_show", code)).toBe(0);
    const dayBefore = await (await getAs(t.app, desk, at("?date=2026-11-24"))).text();
    expect(dayBefore).not.toContain(`aria-label="Mark ${code.slice(0, 4)}-${code.slice(4)} as a no-show"`);

    clock = new Date("2026-11-24T09:05:00Z"); // 10:05 in Paris
    try {
      const later = await deskSessionAt(clock);
      const day = await (await getAs(t.app, later, at("?date=2026-11-24"))).text();
      expect(day).toContain(`aria-label="Mark ${code.slice(0, 4)}-${code.slice(4)} as a no-show"`);
      expect((await postFormAs(t.app, later, at(`/bookings/${code}/no-show`))).status).toBe(303);
    } finally {
      clock = NOW;
    }
    expect(await statusOf(code)).toBe("no_show");
    expect(await auditedInSameTransaction("booking.no_show", code)).toBe(true);
  });

  it("cancels after a confirmation step, frees the places and tells the visitor", async () => {
    const slot = (await slotsOn("2026-11-26"))["17:00"]!;
    const code = await bookAtDesk(slot, { partySize: "4", email: "cancel.me@example.org" });
    expect(await remainingOf(slot)).toBe(8);
    const confirm = await getAs(t.app, desk, at(`/bookings/${code}/cancel`));
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain("Yes, cancel the booking");
    expect(await statusOf(code)).toBe("confirmed");

    const res = await postFormAs(t.app, desk, at(`/bookings/${code}/cancel`));
    expect(res.status).toBe(303);
    expect(await statusOf(code)).toBe("cancelled");
    expect(await remainingOf(slot)).toBe(12);
    expect(await auditedInSameTransaction("booking.cancel", code)).toBe(true);
    const mail = await rows<{ to_address: string }>(sql`select to_address from outbox_messages where kind = 'booking_cancelled'`);
    expect(mail.map((m) => m.to_address)).toContain("cancel.me@example.org");
    const again = await postFormAs(t.app, desk, at(`/bookings/${code}/cancel`));
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("This booking was already cancelled.");
    expect(await auditCount("booking.cancel", code)).toBe(1);
  });
});

describe("the day at the desk", () => {
  it("shows each time's places, booked, left and admitted, the bookings, and the next days", async () => {
    const slot = (await slotsOn("2026-11-27"))["10:00"]!;
    const code = await bookAtDesk(slot, { name: "Friday Family", partySize: "3" });
    const res = await getAs(t.app, desk, at("?date=2026-11-27"));
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain("Visits of Friday 27 November 2026");
    expect(html).toMatch(/<th scope="row">10:00<\/th><td>12<\/td><td>3<\/td><td>9<\/td><td>0<\/td>/);
    expect(html).toContain(`${code.slice(0, 4)}-${code.slice(4)}</a></th><td>Friday Family</td><td>3</td>`);
    expect(html).toContain("At the desk");
    // The week from that day: Friday to Thursday, Monday closed; 8 times of 12 places a day, 3 taken on Friday.
    expect(html).toContain(`href="/admin/en/desk/${SHELTER}?date=2026-11-27" aria-current="date">Fri 27 Nov</a>: 93 places left`);
    expect(html).toMatch(/Mon 30 Nov<\/a>: <span class="muted">closed<\/span>/);
    expect(html).toContain(`href="/admin/en/desk/${SHELTER}?date=2026-11-26"`);
    expect(html).toContain(`href="/admin/en/desk/${SHELTER}?date=2026-11-28"`);
  });

  it("shows an archived visit only on the days it still holds bookings", async () => {
    const { offer } = await storeOffer(t.handle.db, { placeSlug: SHELTER, slug: "old-tour", position: 5, title: { en: "Old tour", fr: "Ancienne visite" } });
    const { body } = await t.getJson(`/api/offers/${offer.id}/slots?from=2026-11-29&to=2026-11-29`);
    const code = await bookAtDesk(body.items[0].id, { name: "Kept Booking", partySize: "1" });
    await t.handle.db.execute(sql`update booking_offers set archived_at = ${NOW.toISOString()}::timestamptz where id = ${offer.id}`);
    const withBooking = await (await getAs(t.app, desk, at("?date=2026-11-29"))).text();
    expect(withBooking).toMatch(/Old tour <span class="badge warning">Archived<\/span>/);
    expect(withBooking).toContain(`/bookings/${code}`);
    const without = await (await getAs(t.app, desk, at("?date=2026-12-01"))).text();
    expect(without).not.toContain("Old tour");
    expect(await (await getAs(t.app, desk, at("/book"))).text()).not.toContain("Old tour");
  });

  it("refuses a day that is not a date with 400, naming the field", async () => {
    const res = await getAs(t.app, desk, at("?date=2026-02-30"));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Enter a day written YYYY-MM-DD");
  });

  it("finds bookings by name, e-mail address and code", async () => {
    const code = await bookAtDesk((await slotsOn("2026-11-28"))["11:00"]!, { name: "Marie Curie", email: "marie@example.org" });
    for (const q of ["curie", "MARIE@example", `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`]) {
      const html = await (await getAs(t.app, desk, at(`/find?q=${encodeURIComponent(q)}`))).text();
      expect(html, q).toContain(`/bookings/${code}`);
    }
    expect(await (await getAs(t.app, desk, at("/find?q=nobody-by-that-name"))).text()).toContain("No booking matches “nobody-by-that-name”.");
  });
});

describe("another place's front desk", () => {
  it("sees nothing of this place and may change nothing", async () => {
    const slots = await slotsOn("2026-11-24");
    const code = await bookAtDesk(slots["17:00"]!, { name: "Private Person", partySize: "1" });
    const before = (await rows<{ n: number }>(sql`select count(*)::int as n from bookings`))[0]!.n;
    expect((await getAs(t.app, otherDesk, at(""))).status).toBe(403);
    expect((await getAs(t.app, otherDesk, at("/find?q=Private"))).status).toBe(403);
    expect((await postFormAs(t.app, otherDesk, at("/book"), visitor(slots["17:00"]!))).status).toBe(403);
    expect((await postFormAs(t.app, otherDesk, at("/check-in"), { code })).status).toBe(403);
    expect((await postFormAs(t.app, otherDesk, at(`/bookings/${code}/cancel`))).status).toBe(403);
    // Through their own place's pages, this place's booking does not exist.
    expect((await getAs(t.app, otherDesk, at(`/bookings/${code}`, OTHER))).status).toBe(404);
    expect((await postFormAs(t.app, otherDesk, at(`/bookings/${code}/cancel`, OTHER))).status).toBe(404);
    expect((await postFormAs(t.app, otherDesk, at(`/bookings/${code}/check-in`, OTHER))).status).toBe(404);
    expect((await postFormAs(t.app, otherDesk, at("/check-in", OTHER), { code })).status).toBe(404);
    expect(await (await getAs(t.app, otherDesk, at("/find?q=Private", OTHER))).text()).not.toContain(code);
    // A slot of this place cannot be booked from the other place's form.
    expect((await postFormAs(t.app, otherDesk, at("/book", OTHER), visitor(slots["17:00"]!))).status).toBe(400);

    expect(await statusOf(code)).toBe("confirmed");
    expect((await rows<{ n: number }>(sql`select count(*)::int as n from bookings`))[0]!.n).toBe(before);
    const refusals = await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'permission_denied' and actor_id = ${otherDesk.accountId}`);
    expect(refusals[0]!.n).toBeGreaterThanOrEqual(5);
  });

  it("is refused to editors, allowed to administrators", async () => {
    expect((await getAs(t.app, editor, at(""))).status).toBe(403);
    expect((await getAs(t.app, editor, "/admin/en/desk")).status).toBe(403);
    expect((await getAs(t.app, admin, at(""))).status).toBe(200);
  });
});

describe("finding the desk", () => {
  it("takes a front desk member of one place straight to it, and lists places to administrators", async () => {
    const res = await getAs(t.app, desk, "/admin/en/desk");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/admin/en/desk/${SHELTER}`);
    const list = await (await getAs(t.app, admin, "/admin/fr/desk")).text();
    expect(list).toContain(`href="/admin/fr/desk/${SHELTER}"`);
    expect(list).toContain(`href="/admin/fr/desk/${OTHER}"`);
  });

  it("links the dashboard and the navigation of a front desk member to the desk, not an editor's", async () => {
    const html = await (await getAs(t.app, desk, "/admin/en/")).text();
    expect(html).toContain('<a href="/admin/en/desk">Front desk</a>');
    expect(html).not.toContain("No place is given to your account yet");
    const editors = await (await getAs(t.app, editor, "/admin/en/")).text();
    expect(editors).not.toContain('href="/admin/en/desk"');
    const fr = await (await getAs(t.app, desk, "/admin/fr/")).text();
    expect(fr).toContain('<a href="/admin/fr/desk">Accueil</a>');
  });
});
