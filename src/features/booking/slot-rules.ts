/**
 * Timed-visit slots from weekly patterns ("Tuesday to Sunday at 10:00, 10:30 ... 17:00"), kept
 * within the place's opening hours of each day and away from its closures, in the place's own time
 * zone: a 10:00 slot starts at 10:00 local time on both sides of a daylight-saving change. Pure: no
 * clock, no I/O (issue 5 stores and sells what this generates).
 */
import { DateTime } from "luxon";
import { hoursOn, type Schedule } from "../../lib/opening-hours.ts";

export interface SlotPattern {
  /** 1 = Monday ... 7 = Sunday. */
  weekdays: number[];
  /** Local start times, "HH:MM". */
  startTimes: string[];
  /** First and last local dates (YYYY-MM-DD) the pattern applies to, inclusive. */
  validFrom?: string;
  validUntil?: string;
}

export interface SlotRules {
  /** The place's hours, closures and time zone. */
  schedule: Schedule;
  patterns: SlotPattern[];
  durationMinutes: number;
}

export interface GeneratedSlot {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Local start time, "HH:MM". */
  time: string;
  start: Date;
  end: Date;
  /** ISO 8601 with the place's offset at that instant, e.g. "2026-03-29T10:00:00+02:00". */
  startIso: string;
  endIso: string;
}

/** The most days one call may cover: a year of slots is plenty for any calendar page. */
export const MAX_SLOT_DAYS = 366;

/**
 * Every slot from local date `from` to local date `to` (inclusive), in time order. A slot exists when
 * its pattern applies that day, its start time exists that day (not in a spring-forward gap) and the
 * whole visit fits inside one of the day's opening ranges (closures leave no range at all).
 */
export function generateSlots(rules: SlotRules, from: string, to: string): GeneratedSlot[] {
  const zone = rules.schedule.timeZone;
  const first = DateTime.fromISO(from, { zone });
  const last = DateTime.fromISO(to, { zone });
  if (!first.isValid || !last.isValid) throw new RangeError(`not local dates: ${from}, ${to}`);
  const days = Math.round(last.startOf("day").diff(first.startOf("day"), "days").days);
  if (days > MAX_SLOT_DAYS) throw new RangeError(`at most ${MAX_SLOT_DAYS} days at once`);
  const slots = new Map<number, GeneratedSlot>();
  for (let i = 0; i <= days; i++) {
    const day = first.startOf("day").plus({ days: i });
    const date = day.toISODate()!;
    const ranges = hoursOn(rules.schedule, date).ranges;
    if (ranges.length === 0) continue;
    for (const pattern of rules.patterns) {
      if (!pattern.weekdays.includes(day.weekday)) continue;
      if ((pattern.validFrom && date < pattern.validFrom) || (pattern.validUntil && date > pattern.validUntil)) continue;
      for (const time of pattern.startTimes) {
        const start = DateTime.fromISO(`${date}T${time}`, { zone });
        // In a spring-forward gap Luxon moves the time on; such a start never happens that day.
        if (!start.isValid || start.toFormat("HH:mm") !== time.slice(0, 5)) continue;
        const end = start.plus({ minutes: rules.durationMinutes });
        const fits = ranges.some((r) => {
          const opens = DateTime.fromISO(`${date}T${r.opens}`, { zone });
          const closes = DateTime.fromISO(`${date}T${r.closes}`, { zone });
          return opens <= start && end <= closes;
        });
        if (!fits) continue;
        const key = start.toMillis();
        if (!slots.has(key)) {
          slots.set(key, {
            date, time: time.slice(0, 5), start: start.toJSDate(), end: end.toJSDate(),
            startIso: start.toISO({ suppressMilliseconds: true })!, endIso: end.toISO({ suppressMilliseconds: true })!,
          });
        }
      }
    }
  }
  return [...slots.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * True when the rules give a slot starting exactly at `start`: the same answer as looking for it in
 * generateSlots of its local day, for the cost of one start (checked before every booking).
 */
export function isOfferedStart(rules: SlotRules, start: Date): boolean {
  const zone = rules.schedule.timeZone;
  const local = DateTime.fromJSDate(start, { zone });
  const date = local.toISODate()!;
  const time = local.toFormat("HH:mm");
  const applies = rules.patterns.some((p) => p.weekdays.includes(local.weekday) && p.startTimes.some((t) => t.slice(0, 5) === time)
    && !(p.validFrom && date < p.validFrom) && !(p.validUntil && date > p.validUntil));
  if (!applies || local.second !== 0 || local.millisecond !== 0) return false;
  // The same start the generator would make from the local date and time (none in a spring-forward gap; the first of a repeated hour).
  const made = DateTime.fromISO(`${date}T${time}`, { zone });
  if (made.toMillis() !== start.getTime()) return false;
  const end = made.plus({ minutes: rules.durationMinutes });
  return hoursOn(rules.schedule, date).ranges.some((r) =>
    DateTime.fromISO(`${date}T${r.opens}`, { zone }) <= made && end <= DateTime.fromISO(`${date}T${r.closes}`, { zone }));
}
