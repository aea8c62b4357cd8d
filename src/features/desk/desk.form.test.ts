import { describe, expect, it } from "vitest";
import { codeFromInput, deskDate, deskReturn, readDeskBooking, withDone } from "./desk.form.ts";

const form = (fields: Record<string, string>) => (name: string) => fields[name];

describe("readDeskBooking", () => {
  it("reads a booking with no e-mail address (the desk may book without one)", () => {
    const read = readDeskBooking(form({ slotId: "12", partySize: " 3 ", name: "  Ada ", email: "", lang: "fr" }));
    expect(read.problems).toEqual({});
    expect(read.valid).toEqual({ slotId: 12, partySize: 3, name: "Ada", email: undefined, lang: "fr" });
  });

  it("names every field that is wrong", () => {
    const read = readDeskBooking(form({ slotId: "x", partySize: "0", name: "", email: "not-an-address", lang: "de" }));
    expect(read.valid).toBeUndefined();
    expect(read.problems).toEqual({
      slotId: "slot_required", partySize: "party_invalid", name: "name_required", email: "email_invalid", lang: "lang_invalid",
    });
    expect(readDeskBooking(form({ slotId: "1", partySize: "1.5", name: "x".repeat(121), email: "a@example.org", lang: "en" })).problems)
      .toEqual({ partySize: "party_invalid", name: "name_too_long" });
  });
});

describe("codeFromInput", () => {
  it("reads a code however it is typed or scanned", () => {
    expect(codeFromInput("k7qm 3xpd")).toBe("K7QM3XPD");
    expect(codeFromInput(" K7QM-3XPD\n")).toBe("K7QM3XPD");
    expect(codeFromInput("https://remembrance.test/en/bookings/K7QM3XPD?secret=abc")).toBe("K7QM3XPD");
  });

  it("refuses what cannot be a code", () => {
    expect(codeFromInput("")).toBeUndefined();
    expect(codeFromInput("K7QM-3XP0")).toBeUndefined(); // 0 is not in the alphabet
    expect(codeFromInput("https://example.org/bookings/")).toBeUndefined();
  });
});

describe("deskDate", () => {
  it("defaults to today and accepts real dates within a year", () => {
    expect(deskDate(undefined, "2026-11-24")).toBe("2026-11-24");
    expect(deskDate("", "2026-11-24")).toBe("2026-11-24");
    expect(deskDate("2027-02-28", "2026-11-24")).toBe("2027-02-28");
    expect(deskDate("2026-01-01", "2026-11-24")).toBe("2026-01-01");
  });

  it("refuses what is not a date, or too far", () => {
    expect(deskDate("2027-02-29", "2026-11-24")).toBeUndefined();
    expect(deskDate("24/11/2026", "2026-11-24")).toBeUndefined();
    expect(deskDate("2028-01-01", "2026-11-24")).toBeUndefined();
  });
});

describe("deskReturn", () => {
  const prefix = "/admin/en/desk/museum";
  it("goes back to a page of the same place's desk only", () => {
    expect(deskReturn("/admin/en/desk/museum?date=2026-11-24", prefix, "/fallback")).toBe("/admin/en/desk/museum?date=2026-11-24");
    expect(deskReturn("/admin/en/desk/museum/find?q=ada", prefix, "/fallback")).toBe("/admin/en/desk/museum/find?q=ada");
    expect(deskReturn("/admin/en/desk/museum-two", prefix, "/fallback")).toBe("/fallback");
    expect(deskReturn("https://evil.example/admin/en/desk/museum", prefix, "/fallback")).toBe("/fallback");
    expect(deskReturn("/admin/en/desk/museum//evil.example", prefix, "/fallback")).toBe("/fallback");
    expect(deskReturn(undefined, prefix, "/fallback")).toBe("/fallback");
  });

  it("adds what was done, replacing an earlier confirmation", () => {
    expect(withDone("/admin/en/desk/museum?date=2026-11-24&done=no_show&code=AAAAAAAA", "checked_in", "K7QM3XPD"))
      .toBe("/admin/en/desk/museum?date=2026-11-24&done=checked_in&code=K7QM3XPD");
  });
});
