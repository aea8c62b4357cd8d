import { describe, expect, it } from "vitest";
import { vtimezone } from "./vtimezone.ts";

describe("vtimezone", () => {
  it("writes a zone with regular summer time as its two yearly rules", () => {
    expect(vtimezone("Europe/Paris", new Date("2026-03-28T09:00:00Z"))!.split("\r\n")).toEqual([
      "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
      "BEGIN:DAYLIGHT", "DTSTART:20250330T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
      "BEGIN:STANDARD", "DTSTART:20251026T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
      "END:VTIMEZONE",
    ]);
    expect(vtimezone("America/New_York", new Date("2026-07-01T00:00:00Z"))).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400");
  });

  it("gives a zone without changes one offset, and refuses an unknown zone", () => {
    expect(vtimezone("Asia/Kolkata", new Date("2026-01-01T00:00:00Z"))).toBe(
      "BEGIN:VTIMEZONE\r\nTZID:Asia/Kolkata\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\nEND:VTIMEZONE",
    );
    expect(vtimezone("Mars/Olympus_Mons", new Date())).toBeNull();
  });
});
