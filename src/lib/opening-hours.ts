/**
 * Opening hours in a place's own time zone: is it open now, when does it close or open next, what
 * are this week's hours. Weekly rules (several ranges a day allowed) are overridden, date by date,
 * by exceptions (closures, special hours). Pure: the clock is a parameter.
 */
import { DateTime } from "luxon";

export interface WeeklyRange {
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** "HH:MM" or "HH:MM:SS", local time. */
  opens: string;
  closes: string;
  validFrom?: string | null;
  validUntil?: string | null;
}

export interface DateException {
  startsOn: string;
  endsOn: string;
  /** Both null: closed all day. */
  opens: string | null;
  closes: string | null;
}

export interface Schedule {
  timeZone: string;
  weekly: WeeklyRange[];
  exceptions: DateException[];
}

export interface Range { opens: string; closes: string }

export interface DayHours {
  /** Local date, YYYY-MM-DD. */
  date: string;
  weekday: number;
  ranges: Range[];
  /** True when an exception (closure or special hours) decides this day. */
  exceptional: boolean;
}

export type OpeningStatus =
  | { state: "open"; closesAt: string; nextChange: Date }
  | { state: "closed"; opensAt: { date: string; weekday: number; time: string; isToday: boolean; isTomorrow: boolean } | null; nextChange: Date | null }
  | { state: "unknown" };

const hhmm = (t: string) => t.slice(0, 5);

/** The ranges a place is open on one local date (YYYY-MM-DD), exceptions first. */
export function hoursOn(schedule: Schedule, date: string): DayHours {
  const day = DateTime.fromISO(date, { zone: schedule.timeZone });
  const exception = schedule.exceptions.find((e) => e.startsOn <= date && date <= e.endsOn);
  if (exception) {
    const ranges = exception.opens && exception.closes ? [{ opens: hhmm(exception.opens), closes: hhmm(exception.closes) }] : [];
    return { date, weekday: day.weekday, ranges, exceptional: true };
  }
  const ranges = schedule.weekly
    .filter((r) => r.weekday === day.weekday && (!r.validFrom || r.validFrom <= date) && (!r.validUntil || date <= r.validUntil))
    .map((r) => ({ opens: hhmm(r.opens), closes: hhmm(r.closes) }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
  return { date, weekday: day.weekday, ranges, exceptional: false };
}

/** The seven days starting on the local date of `now`. */
export function weekFrom(schedule: Schedule, now: Date): DayHours[] {
  const start = DateTime.fromJSDate(now, { zone: schedule.timeZone }).startOf("day");
  return Array.from({ length: 7 }, (_, i) => hoursOn(schedule, start.plus({ days: i }).toISODate()!));
}

/** The instant a local date and time happens in the place's zone (DST-safe: 10:00 is 10:00 local). */
function instant(schedule: Schedule, date: string, time: string): DateTime {
  return DateTime.fromISO(`${date}T${hhmm(time)}`, { zone: schedule.timeZone });
}

/**
 * Whether the place is open at `now`, when it closes, or when it next opens (looking ahead up to
 * `horizonDays`), and the instant this answer next changes (for caching).
 */
export function openingStatus(schedule: Schedule, now: Date, horizonDays = 14): OpeningStatus {
  if (schedule.weekly.length === 0 && schedule.exceptions.length === 0) return { state: "unknown" };
  const local = DateTime.fromJSDate(now, { zone: schedule.timeZone });
  const today = local.toISODate()!;
  for (const range of hoursOn(schedule, today).ranges) {
    const opens = instant(schedule, today, range.opens);
    const closes = instant(schedule, today, range.closes);
    if (opens <= local && local < closes) return { state: "open", closesAt: range.closes, nextChange: closes.toJSDate() };
  }
  for (let i = 0; i <= horizonDays; i++) {
    const date = local.startOf("day").plus({ days: i }).toISODate()!;
    for (const range of hoursOn(schedule, date).ranges) {
      const opens = instant(schedule, date, range.opens);
      if (opens > local) {
        return {
          state: "closed",
          opensAt: { date, weekday: opens.weekday, time: range.opens, isToday: i === 0, isTomorrow: i === 1 },
          nextChange: opens.toJSDate(),
        };
      }
    }
  }
  return { state: "closed", opensAt: null, nextChange: null };
}

/** Weekdays (1-7) with no weekly opening at all: "closed on Mondays". */
export function weekdaysClosed(schedule: Schedule): number[] {
  if (schedule.weekly.length === 0) return [];
  const open = new Set(schedule.weekly.map((r) => r.weekday));
  return [1, 2, 3, 4, 5, 6, 7].filter((d) => !open.has(d));
}

/** Closures and special hours from the local date of `now` on, soonest first. */
export function upcomingExceptions(schedule: Schedule, now: Date, limit = 5): DateException[] {
  const today = DateTime.fromJSDate(now, { zone: schedule.timeZone }).toISODate()!;
  return schedule.exceptions.filter((e) => e.endsOn >= today).sort((a, b) => a.startsOn.localeCompare(b.startsOn)).slice(0, limit);
}

/** The instant the local day after `now` begins in the place's zone (when "today" changes). */
export function nextLocalMidnight(schedule: Pick<Schedule, "timeZone">, now: Date): Date {
  return DateTime.fromJSDate(now, { zone: schedule.timeZone }).startOf("day").plus({ days: 1 }).toJSDate();
}
