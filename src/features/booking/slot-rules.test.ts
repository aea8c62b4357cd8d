import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT, runs } from "../../../test/property.ts";
import type { Schedule } from "../../lib/opening-hours.ts";
import { generateSlots, isOfferedStart, type SlotRules } from "./slot-rules.ts";

/** The shelter's shape: Tuesday to Sunday 10:00-18:00, visits every half hour. */
const paris: Schedule = {
  timeZone: "Europe/Paris",
  weekly: [2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "10:00", closes: "18:00" })),
  exceptions: [],
};
const everyHalfHour = Array.from({ length: 16 }, (_, i) => `${String(10 + Math.floor(i / 2)).padStart(2, "0")}:${i % 2 ? "30" : "00"}`);
const shelter: SlotRules = { schedule: paris, patterns: [{ weekdays: [2, 3, 4, 5, 6, 7], startTimes: everyHalfHour }], durationMinutes: 30 };

describe("slot generation, examples", () => {
  it("starts at 10:00 local on both sides of the spring and autumn changes in Paris", () => {
    const spring = generateSlots(shelter, "2026-03-28", "2026-03-29").filter((s) => s.time === "10:00");
    expect(spring.map((s) => s.startIso)).toEqual(["2026-03-28T10:00:00+01:00", "2026-03-29T10:00:00+02:00"]);
    const autumn = generateSlots(shelter, "2026-10-24", "2026-10-25").filter((s) => s.time === "10:00");
    expect(autumn.map((s) => s.startIso)).toEqual(["2026-10-24T10:00:00+02:00", "2026-10-25T10:00:00+01:00"]);
  });

  it("offers 16 half-hour visits a day, the last at 17:30 ending at closing time, and none on Mondays", () => {
    const week = generateSlots(shelter, "2026-11-23", "2026-11-29"); // Monday to Sunday
    expect(week).toHaveLength(6 * 16);
    expect(week.some((s) => s.date === "2026-11-23")).toBe(false);
    const tuesday = week.filter((s) => s.date === "2026-11-24");
    expect(tuesday.at(-1)).toMatchObject({ time: "17:30", endIso: "2026-11-24T18:00:00+01:00" });
  });

  it("leaves out closures, keeps special hours, and drops a visit that would run past closing", () => {
    const schedule: Schedule = {
      ...paris,
      exceptions: [
        { startsOn: "2026-12-25", endsOn: "2026-12-25", opens: null, closes: null },
        { startsOn: "2026-12-24", endsOn: "2026-12-24", opens: "10:00", closes: "14:15" },
      ],
    };
    const slots = generateSlots({ ...shelter, schedule }, "2026-12-24", "2026-12-25");
    expect(slots.some((s) => s.date === "2026-12-25")).toBe(false);
    expect(slots.filter((s) => s.date === "2026-12-24").at(-1)?.time).toBe("13:30");
  });

  it("skips a start time that does not exist that day (a spring-forward gap)", () => {
    const night: SlotRules = {
      schedule: { timeZone: "Europe/Paris", weekly: [7].map((weekday) => ({ weekday, opens: "00:00", closes: "23:59" })), exceptions: [] },
      patterns: [{ weekdays: [7], startTimes: ["01:30", "02:30", "03:30"] }],
      durationMinutes: 30,
    };
    expect(generateSlots(night, "2026-03-29", "2026-03-29").map((s) => s.time)).toEqual(["01:30", "03:30"]);
  });
});

const ZONES = ["Europe/Paris", "America/New_York", "Australia/Sydney", "Pacific/Chatham", "UTC"];
const time = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.constantFrom(0, 15, 30, 45) })
  .map(({ h, m }) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => DateTime.fromISO("2025-01-01", { zone: "UTC" }).plus({ days: n }).toISODate()!);
const rulesArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  ranges: fc.array(fc.record({ weekday: fc.integer({ min: 1, max: 7 }), a: time, b: time }), { maxLength: 10 }),
  closures: fc.array(fc.record({ from: day, length: fc.integer({ min: 0, max: 5 }) }), { maxLength: 3 }),
  patterns: fc.array(fc.record({ weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }), startTimes: fc.array(time, { minLength: 1, maxLength: 6 }) }), { minLength: 1, maxLength: 3 }),
  duration: fc.constantFrom(15, 30, 45, 60, 90),
  from: day,
  span: fc.integer({ min: 0, max: 20 }),
}).map((r): { rules: SlotRules; from: string; to: string } => {
  const schedule: Schedule = {
    timeZone: r.zone,
    weekly: r.ranges.filter((x) => x.a < x.b).map((x) => ({ weekday: x.weekday, opens: x.a, closes: x.b })),
    exceptions: r.closures.map((c) => ({
      startsOn: c.from, endsOn: DateTime.fromISO(c.from).plus({ days: c.length }).toISODate()!, opens: null, closes: null,
    })),
  };
  return { rules: { schedule, patterns: r.patterns, durationMinutes: r.duration }, from: r.from, to: DateTime.fromISO(r.from).plus({ days: r.span }).toISODate()! };
});

describe("slot generation, properties", () => {
  it("every slot starts at its local time in the place's zone, lasts the duration, and fits in that day's hours", () => {
    fc.assert(fc.property(rulesArb, ({ rules, from, to }) => {
      const zone = rules.schedule.timeZone;
      for (const slot of generateSlots(rules, from, to)) {
        const local = DateTime.fromJSDate(slot.start, { zone });
        expect(local.toISODate()).toBe(slot.date);
        expect(local.toFormat("HH:mm")).toBe(slot.time);
        expect(slot.end.getTime() - slot.start.getTime()).toBe(rules.durationMinutes * 60_000);
        expect(DateTime.fromISO(slot.startIso).toMillis()).toBe(slot.start.getTime());
        const closed = rules.schedule.exceptions.some((e) => e.startsOn <= slot.date && slot.date <= e.endsOn);
        expect(closed).toBe(false);
        const inside = rules.schedule.weekly.some((r) => r.weekday === local.weekday
          && DateTime.fromISO(`${slot.date}T${r.opens}`, { zone }) <= local
          && DateTime.fromJSDate(slot.end, { zone }) <= DateTime.fromISO(`${slot.date}T${r.closes}`, { zone }));
        expect(inside).toBe(true);
      }
    }), runs(300));
  }, PROPERTY_TIMEOUT);

  it("is in time order without duplicates, and misses no pattern time that fits", () => {
    fc.assert(fc.property(rulesArb, ({ rules, from, to }) => {
      const slots = generateSlots(rules, from, to);
      for (let i = 1; i < slots.length; i++) expect(slots[i]!.start.getTime()).toBeGreaterThan(slots[i - 1]!.start.getTime());
      // An independent count: every (day, pattern time) whose wall-clock start exists and whose visit fits in a range.
      const zone = rules.schedule.timeZone;
      const expected = new Set<string>();
      for (let d = DateTime.fromISO(from, { zone }); d.toISODate()! <= to; d = d.plus({ days: 1 })) {
        const date = d.toISODate()!;
        if (rules.schedule.exceptions.some((e) => e.startsOn <= date && date <= e.endsOn)) continue;
        for (const p of rules.patterns.filter((x) => x.weekdays.includes(d.weekday))) {
          for (const t of p.startTimes) {
            const start = DateTime.fromISO(`${date}T${t}`, { zone });
            if (start.toFormat("HH:mm") !== t) continue;
            const end = start.plus({ minutes: rules.durationMinutes });
            const fits = rules.schedule.weekly.some((r) => r.weekday === d.weekday
              && DateTime.fromISO(`${date}T${r.opens}`, { zone }) <= start && end <= DateTime.fromISO(`${date}T${r.closes}`, { zone }));
            if (fits) expected.add(start.toISO()!);
          }
        }
      }
      expect(new Set(slots.map((s) => DateTime.fromJSDate(s.start, { zone }).toISO()!))).toEqual(expected);
    }), runs(300));
  }, PROPERTY_TIMEOUT);

  it("says a start is offered exactly when generateSlots gives it (the check made before each booking)", () => {
    fc.assert(fc.property(rulesArb, fc.constantFrom(0, 30, -60, 60, 15), ({ rules, from, to }, shiftMinutes) => {
      const zone = rules.schedule.timeZone;
      const generated = new Set(generateSlots(rules, from, to).map((s) => s.start.getTime()));
      for (let d = DateTime.fromISO(from, { zone }); d.toISODate()! <= to; d = d.plus({ days: 1 })) {
        for (const t of rules.patterns.flatMap((p) => p.startTimes)) {
          // Each pattern time of each day, and the instants around it (an hour repeated or skipped by a clock change).
          const shifted = DateTime.fromISO(`${d.toISODate()}T${t}`, { zone }).plus({ minutes: shiftMinutes });
          if (shifted.toISODate()! < from || shifted.toISODate()! > to) continue;
          const candidate = shifted.toJSDate();
          expect(isOfferedStart(rules, candidate)).toBe(generated.has(candidate.getTime()));
        }
      }
    }), runs(300));
  }, PROPERTY_TIMEOUT);
});
