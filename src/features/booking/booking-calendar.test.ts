import { describe, expect, it } from "vitest";
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

describe("the booking's .ics file", () => {
  it("holds one event at the booked instant, written in UTC, across the change to summer time", () => {
    const winter = parseIcs(bookingIcs(facts(), new Date()));
    expect(winter.one("DTSTART")).toBe("20260328T090000Z");
    expect(winter.one("DTEND")).toBe("20260328T100000Z");
    const summer = parseIcs(bookingIcs(facts({ start: parisAt("2026-03-30T10:00"), end: parisAt("2026-03-30T11:30") }), new Date()));
    expect(summer.one("DTSTART")).toBe("20260330T080000Z");
    expect(summer.one("DTEND")).toBe("20260330T093000Z");
    expect(winter.properties.get("BEGIN")!.map((b) => b.value)).toEqual(["VCALENDAR", "VEVENT"]);
    expect(winter.properties.get("DTSTART")![0]!.params).toBe("");
    expect(winter.one("X-WR-TIMEZONE")).toBe("Europe/Paris");
    expect(winter.one("METHOD")).toBe("PUBLISH");
  });

  it("names the visit, the place and the booking", () => {
    const ics = parseIcs(bookingIcs(facts(), new Date()));
    expect(ics.text("SUMMARY")).toBe("Guided tour of the command post of Colonel Rol-Tanguy, 26 metres underground");
    expect(ics.text("LOCATION")).toBe("Musée de la Libération de Paris – musée du Général Leclerc – musée Jean Moulin, 4 avenue du Colonel Henri Rol-Tanguy, 75014 Paris");
    expect(ics.one("UID")).toBe("booking-K7QM3XPD@memorial.example.org");
    const description = ics.text("DESCRIPTION")!;
    expect(description).toContain("Booking code: K7QM-3XPD");
    expect(description).toContain("- 100 steps to go down and back up.");
    expect(description).toContain("Cancel the booking: https://memorial.example.org/en/bookings/K7QM3XPD/cancel?secret=abc");
  });

  it("speaks the booking's language", () => {
    const description = parseIcs(bookingIcs(facts({ lang: "fr", requirements: ["À partir de 12\u00a0ans."] }), new Date())).text("DESCRIPTION")!;
    expect(description).toContain("Code de réservation\u00a0: K7QM-3XPD");
    expect(description).toContain("Avant de venir\u00a0:\n- À partir de 12\u00a0ans.");
  });

  it("is the same event in every file made for a booking", () => {
    const uid = (t: TicketFacts) => parseIcs(bookingIcs(t, new Date())).one("UID");
    expect(uid(facts({ lang: "fr", ticketUrl: "https://memorial.example.org/fr/bookings/K7QM3XPD?secret=" }))).toBe(uid(facts()));
    expect(uid(facts({ code: "ABCD-EFGH" }))).not.toBe(uid(facts()));
  });

  it("folds lines to 75 octets with CRLF, as RFC 5545 requires", () => {
    const raw = bookingIcs(facts({ requirements: ["Visite déconseillée aux personnes claustrophobes ; prévoir une veste, il fait 14 °C sous terre toute l'année."] }), new Date());
    expect(raw.endsWith("\r\n")).toBe(true);
    expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const octets = raw.split("\r\n").map((line) => Buffer.byteLength(line, "utf8"));
    expect(Math.max(...octets)).toBeLessThanOrEqual(75);
    expect(raw.split("\r\n").some((line) => line.startsWith(" "))).toBe(true);
  });
});
