import { describe, expect, it } from "vitest";
import { readCalendarEvent } from "../../../test/calendar-read.ts";
import { bookingIcs } from "./booking-calendar.ts";
import type { TicketFacts } from "./ticket-facts.ts";
import { aTicket as facts, parisAt } from "../../../test/tickets.ts";

/** RFC 5545: unfolds the lines, then reads each "NAME;PARAMS:value" into a list per name. */
function parseIcs(ics: string) {
  const properties = new Map<string, { params: string; value: string }[]>();
  for (const line of ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean)) {
    const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) throw new Error(`Not a content line: ${line}`);
    const list = properties.get(match[1]!) ?? [];
    list.push({ params: match[2]!, value: match[3]! });
    properties.set(match[1]!, list);
  }
  const one = (name: string) => properties.get(name)?.[0]?.value;
  const text = (name: string) => one(name)?.replace(/\\n/gi, "\n").replace(/\\([,;\\])/g, "$1");
  return { properties, one, text };
}

const booked = { cancelled: false, changedAt: new Date("2026-03-20T08:00:00Z") };

describe("the booking's .ics file", () => {
  it("gives the visit at the place's wall-clock time with its VTIMEZONE, which ical.js reads as the booked instant", () => {
    const winter = parseIcs(bookingIcs(facts(), booked));
    expect(winter.properties.get("DTSTART")!.at(-1)).toEqual({ params: ";TZID=Europe/Paris", value: "20260328T100000" });
    expect(winter.properties.get("BEGIN")!.map((b) => b.value)).toEqual(["VCALENDAR", "VTIMEZONE", "DAYLIGHT", "STANDARD", "VEVENT"]);
    expect(winter.one("X-WR-TIMEZONE")).toBeUndefined();
    expect(winter.one("METHOD")).toBe("PUBLISH");
    // Saturday 28 March 2026 is the last day of winter time (+01:00), Monday 30 March is summer time (+02:00).
    const first = readCalendarEvent(bookingIcs(facts(), booked));
    expect(first.start.zone.tzid).toBe("Europe/Paris");
    expect([first.start.hour, first.start.minute]).toEqual([10, 0]);
    expect(first.start.toJSDate().toISOString()).toBe("2026-03-28T09:00:00.000Z");
    expect(first.end.toJSDate().toISOString()).toBe("2026-03-28T10:00:00.000Z");
    const summer = readCalendarEvent(bookingIcs(facts({ start: parisAt("2026-03-30T10:00"), end: parisAt("2026-03-30T11:30") }), booked));
    expect(summer.start.toString()).toBe("2026-03-30T10:00:00");
    expect(summer.start.toJSDate().toISOString()).toBe("2026-03-30T08:00:00.000Z");
    expect(summer.end.toJSDate().toISOString()).toBe("2026-03-30T09:30:00.000Z");
    const autumn = readCalendarEvent(bookingIcs(facts({ start: parisAt("2026-10-26T10:00"), end: parisAt("2026-10-26T11:00") }), booked));
    expect(autumn.start.toJSDate().toISOString()).toBe("2026-10-26T09:00:00.000Z");
  });

  it("writes the same bytes for the same booking, whenever it is made, and a cancellation as a new version of the event", () => {
    expect(bookingIcs(facts(), { ...booked })).toBe(bookingIcs(facts(), booked));
    const before = readCalendarEvent(bookingIcs(facts(), booked));
    expect(before).toMatchObject({ status: "CONFIRMED", sequence: 0, stamp: "2026-03-20T08:00:00.000Z" });
    const after = readCalendarEvent(bookingIcs(facts(), { cancelled: true, changedAt: new Date("2026-03-21T09:30:00Z") }, "CANCEL"));
    expect(after).toMatchObject({ method: "CANCEL", uid: before.uid, status: "CANCELLED", sequence: 1, stamp: "2026-03-21T09:30:00.000Z" });
    expect(after.description).not.toContain("http");
  });

  it("gives a zone without summer time one offset, and one with other rules its own changes", () => {
    const tokyo = readCalendarEvent(bookingIcs(facts({ timeZone: "Asia/Tokyo", start: new Date("2026-07-01T01:00:00Z"), end: new Date("2026-07-01T02:00:00Z") }), booked));
    expect(tokyo.start.toString()).toBe("2026-07-01T10:00:00");
    expect(tokyo.start.toJSDate().toISOString()).toBe("2026-07-01T01:00:00.000Z");
    for (const [zone, iso] of [["America/New_York", "2026-03-09T14:00:00Z"], ["Australia/Sydney", "2026-04-06T00:00:00Z"], ["Africa/Casablanca", "2026-03-01T10:00:00Z"]] as const) {
      const visit = readCalendarEvent(bookingIcs(facts({ timeZone: zone, start: new Date(iso), end: new Date(Date.parse(iso) + 3_600_000) }), booked));
      expect(visit.start.zone.tzid).toBe(zone);
      expect(visit.start.toJSDate().toISOString()).toBe(new Date(iso).toISOString());
    }
  });

  it("names the visit, the place and the booking", () => {
    const ics = parseIcs(bookingIcs(facts(), booked));
    expect(ics.text("SUMMARY")).toBe("Guided tour of the command post of Colonel Rol-Tanguy, 26 metres underground");
    expect(ics.text("LOCATION")).toBe("Musée de la Libération de Paris – musée du Général Leclerc – musée Jean Moulin, 4 avenue du Colonel Henri Rol-Tanguy, 75014 Paris");
    expect(ics.one("UID")).toBe("booking-K7QM3XPD@memorial.example.org");
    const description = ics.text("DESCRIPTION")!;
    expect(description).toContain("Booking code: K7QM-3XPD");
    expect(description).toContain("- 100 steps to go down and back up.");
    expect(description).toContain("Cancel the booking: https://memorial.example.org/en/bookings/K7QM3XPD/cancel?secret=abc");
  });

  it("speaks the booking's language", () => {
    const description = parseIcs(bookingIcs(facts({ lang: "fr", requirements: ["À partir de 12\u00a0ans."] }), booked)).text("DESCRIPTION")!;
    expect(description).toContain("Code de réservation\u00a0: K7QM-3XPD");
    expect(description).toContain("Avant de venir\u00a0:\n- À partir de 12\u00a0ans.");
  });

  it("is the same event in every file made for a booking", () => {
    const uid = (t: TicketFacts) => parseIcs(bookingIcs(t, booked)).one("UID");
    expect(uid(facts({ lang: "fr", ticketUrl: "https://memorial.example.org/fr/bookings/K7QM3XPD?secret=" }))).toBe(uid(facts()));
    expect(uid(facts({ code: "ABCD-EFGH" }))).not.toBe(uid(facts()));
  });

  it("folds lines to 75 octets with CRLF, as RFC 5545 requires", () => {
    const raw = bookingIcs(facts({ requirements: ["Visite déconseillée aux personnes claustrophobes ; prévoir une veste, il fait 14 °C sous terre toute l'année."] }), booked);
    expect(raw.endsWith("\r\n")).toBe(true);
    expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const octets = raw.split("\r\n").map((line) => Buffer.byteLength(line, "utf8"));
    expect(Math.max(...octets)).toBeLessThanOrEqual(75);
    expect(raw.split("\r\n").some((line) => line.startsWith(" "))).toBe(true);
  });
});
