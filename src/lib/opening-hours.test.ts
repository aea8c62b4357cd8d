import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT, runs } from "../../test/property.ts";
import { hoursOn, openingStatus, weekdaysClosed, weekFrom, type Schedule } from "./opening-hours.ts";

// The Musée de la Libération: Tuesday to Sunday, 10:00 to 18:00, in Paris.
const liberation: Schedule = {
  timeZone: "Europe/Paris",
  weekly: [2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "10:00", closes: "18:00" })),
  exceptions: [{ startsOn: "2026-12-25", endsOn: "2026-12-25", opens: null, closes: null }],
};
const at = (iso: string) => new Date(iso);

describe("openingStatus", () => {
  it("is open on a Tuesday afternoon in Paris and closes at 18:00", () => {
    // 2026-11-24 is a Tuesday; 14:00 UTC is 15:00 in Paris (winter time).
    const s = openingStatus(liberation, at("2026-11-24T14:00:00Z"));
    expect(s).toMatchObject({ state: "open", closesAt: "18:00" });
    expect((s as { nextChange: Date }).nextChange.toISOString()).toBe("2026-11-24T17:00:00.000Z");
  });

  it("is closed on Monday and opens on Tuesday at 10:00", () => {
    const s = openingStatus(liberation, at("2026-11-23T12:00:00Z"));
    expect(s).toMatchObject({ state: "closed", opensAt: { date: "2026-11-24", weekday: 2, time: "10:00", isToday: false, isTomorrow: true } });
  });

  it("is closed before opening time and opens today", () => {
    const s = openingStatus(liberation, at("2026-11-24T07:30:00Z"));
    expect(s).toMatchObject({ state: "closed", opensAt: { date: "2026-11-24", isToday: true } });
  });

  it("uses the place's time zone, not the server's: 17:30 UTC in summer is 19:30 in Paris, closed", () => {
    expect(openingStatus(liberation, at("2026-07-14T15:59:00Z")).state).toBe("open");
    expect(openingStatus(liberation, at("2026-07-14T16:00:00Z")).state).toBe("closed");
  });

  it("honours a closure: closed on Christmas Day, a Friday", () => {
    const s = openingStatus(liberation, at("2026-12-25T12:00:00Z"));
    expect(s).toMatchObject({ state: "closed", opensAt: { date: "2026-12-26" } });
  });

  it("keeps 10:00 local on both sides of the daylight-saving change", () => {
    // Clocks go forward on Sunday 2027-03-28 in Paris.
    const before = openingStatus(liberation, at("2027-03-27T08:30:00Z"));
    const after = openingStatus(liberation, at("2027-03-28T07:30:00Z"));
    expect(before.state).toBe("closed"); // 09:30 CET
    expect(after.state).toBe("closed"); // 09:30 CEST
    expect(openingStatus(liberation, at("2027-03-27T09:00:00Z")).state).toBe("open"); // 10:00 CET
    expect(openingStatus(liberation, at("2027-03-28T08:00:00Z")).state).toBe("open"); // 10:00 CEST
  });

  it("says unknown when a place publishes no hours", () => {
    expect(openingStatus({ timeZone: "Europe/Paris", weekly: [], exceptions: [] }, new Date()).state).toBe("unknown");
  });

  it("always agrees with the day's ranges, at any instant (property)", () => {
    fc.assert(fc.property(fc.date({ min: at("2020-01-01T00:00:00Z"), max: at("2030-12-31T00:00:00Z"), noInvalidDate: true }), (now) => {
      const s = openingStatus(liberation, now);
      const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
        .formatToParts(now);
      const get = (t: string) => parts.find((p) => p.type === t)!.value;
      const date = `${get("year")}-${get("month")}-${get("day")}`;
      const time = `${get("hour")}:${get("minute")}`;
      const open = hoursOn(liberation, date).ranges.some((r) => r.opens <= time && time < r.closes);
      expect(s.state === "open").toBe(open);
      if (s.state !== "unknown" && s.nextChange) expect(s.nextChange.getTime()).toBeGreaterThan(now.getTime());
    }), runs());
  }, PROPERTY_TIMEOUT);
});

describe("the week", () => {
  it("lists seven days from today, Monday closed", () => {
    const week = weekFrom(liberation, at("2026-11-23T12:00:00Z"));
    expect(week.map((d) => d.date)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"]);
    expect(week[0]!.ranges).toEqual([]);
    expect(week[1]!.ranges).toEqual([{ opens: "10:00", closes: "18:00" }]);
  });

  it("knows the place is closed on Mondays", () => {
    expect(weekdaysClosed(liberation)).toEqual([1]);
  });
});
