import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCalendarEvent } from "../../../test/calendar-read.ts";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { storeOffer } from "../../../test/booking-offers.ts";
import { openedOutboxMessages } from "../../../test/outbox.ts";

// Tuesday 24 November 2026, 09:00 in Paris (winter time, +01:00).
let clock = new Date("2026-11-24T08:00:00Z");
let t: TestApp;
let online: Awaited<ReturnType<typeof storeOffer>>;

beforeAll(async () => {
  t = await createTestApp(() => clock);
  online = await storeOffer(t.handle.db, { capacity: 5, maxParty: 5 });
});
afterAll(() => t.handle.close());

async function bookTen(day: string) {
  const { body } = await t.getJson(`/api/offers/${online.offer.id}/slots?from=${day}&to=${day}`);
  const slot = (body.items as { id: number; start: string }[])[0]!;
  const res = await t.app.request("/api/bookings", {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ slotId: slot.id, partySize: 1, name: "Ada Lovelace", email: "ada@example.org", lang: "en" }),
  });
  expect(res.status).toBe(201);
  return { ...(await res.json() as { code: string; secret: string }), start: slot.start };
}

const calendarUrl = (b: { code: string; secret: string }) => `/api/bookings/${b.code}/calendar.ics?secret=${encodeURIComponent(b.secret)}`;

describe("a booking's .ics", () => {
  it("gives a 10:00 visit at 10:00 in Paris, with the zone's VTIMEZONE, in winter and in summer", async () => {
    const winter = await bookTen("2026-11-24");
    expect(winter.start).toBe("2026-11-24T10:00:00+01:00");
    const res = await t.app.request(calendarUrl(winter));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = await res.text();
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n");
    expect(ics).toContain("DTSTART;TZID=Europe/Paris:20261124T100000\r\n");
    const event = readCalendarEvent(ics);
    expect(event.start.zone.tzid).toBe("Europe/Paris");
    expect(event.start.toJSDate().toISOString()).toBe("2026-11-24T09:00:00.000Z");

    clock = new Date("2027-06-01T06:00:00Z");
    const summer = await bookTen("2027-06-01");
    expect(summer.start).toBe("2027-06-01T10:00:00+02:00");
    const inSummer = readCalendarEvent(await (await t.app.request(calendarUrl(summer))).text());
    expect(inSummer.start.toString()).toBe("2027-06-01T10:00:00");
    expect(inSummer.start.toJSDate().toISOString()).toBe("2027-06-01T08:00:00.000Z");
  });

  it("is the same file on every download: the same UID and ETag, and 304 with If-None-Match", async () => {
    clock = new Date("2026-11-24T08:00:00Z");
    const made = await bookTen("2026-11-24");
    const first = await t.app.request(calendarUrl(made));
    clock = new Date("2026-11-24T08:05:00Z");
    const second = await t.app.request(calendarUrl(made));
    const [a, b] = [await first.text(), await second.text()];
    expect(b).toBe(a);
    expect(readCalendarEvent(b).uid).toBe(readCalendarEvent(a).uid);
    expect(readCalendarEvent(a).uid).toBe(`booking-${made.code}@remembrance.test`);
    const tag = first.headers.get("etag");
    expect(tag).toBeTruthy();
    expect(second.headers.get("etag")).toBe(tag);
    const again = await t.app.request(calendarUrl(made), { headers: { "if-none-match": tag! } });
    expect(again.status).toBe(304);
  });

  it("after cancellation says CANCELLED with a higher SEQUENCE, and the cancellation mail carries METHOD:CANCEL for the same event", async () => {
    clock = new Date("2026-11-24T08:00:00Z");
    const made = await bookTen("2026-11-24");
    const before = await t.app.request(calendarUrl(made));
    const beforeEvent = readCalendarEvent(await before.text());
    expect(beforeEvent).toMatchObject({ method: "PUBLISH", status: "CONFIRMED", sequence: 0 });

    clock = new Date("2026-11-24T08:30:00Z");
    const cancel = await t.app.request(`/api/bookings/${made.code}?secret=${encodeURIComponent(made.secret)}`, { method: "DELETE" });
    expect(cancel.status).toBe(200);
    const after = await t.app.request(calendarUrl(made), { headers: { "if-none-match": before.headers.get("etag")! } });
    expect(after.status).toBe(200);
    const afterEvent = readCalendarEvent(await after.text());
    expect(afterEvent).toMatchObject({ uid: beforeEvent.uid, status: "CANCELLED" });
    expect(afterEvent.sequence).toBeGreaterThan(beforeEvent.sequence);

    const messages = (await openedOutboxMessages(t.handle.db))
      .filter((m) => m.toAddress === "ada@example.org" && m.textBody.includes(`${made.code.slice(0, 4)}-${made.code.slice(4)}`));
    expect(messages.map((m) => m.kind)).toEqual(["booking_confirmed", "booking_cancelled"]);
    const [confirmation, cancellation] = messages.map((m) => m.attachments[0]!);
    expect(confirmation!.contentType).toBe("text/calendar; charset=utf-8; method=PUBLISH");
    expect(cancellation!.contentType).toBe("text/calendar; charset=utf-8; method=CANCEL");
    const sent = readCalendarEvent(confirmation!.content as string);
    const cancelled = readCalendarEvent(cancellation!.content as string);
    expect(sent).toMatchObject({ method: "PUBLISH", uid: beforeEvent.uid, status: "CONFIRMED", sequence: 0 });
    expect(cancelled).toMatchObject({ method: "CANCEL", uid: beforeEvent.uid, status: "CANCELLED" });
    expect(cancelled.sequence).toBeGreaterThan(sent.sequence);
  });
});
