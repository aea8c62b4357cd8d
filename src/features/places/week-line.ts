/**
 * A place's usual week in one line: "Tue–Sun 10:00–18:00 · closed Mondays" /
 * "mar.–dim. 10:00–18:00 · fermé le lundi". Days sharing the same hours are written together (runs of
 * three or more days as "Tue–Sun", shorter ones listed); several ranges a day are joined by ", ".
 * Times keep the site's 24-hour "10:00" in both languages (format.ts: "18 h" is not used).
 * Pure: the weekly ranges valid on `onDate` (YYYY-MM-DD) are the week; none known → undefined.
 */
import type { Locale } from "../../lib/locales.ts";
import { formatList, formatTime } from "../../web/i18n/format.ts";

export interface WeeklyHours { weekday: number; opens: string; closes: string; validFrom?: string | null; validUntil?: string | null }

const TAG: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };
const dayFormat = (locale: Locale, style: "short" | "long") => new Intl.DateTimeFormat(TAG[locale], { weekday: style, timeZone: "UTC" });
/** 1 = Monday; 1 January 2024 was a Monday. */
const dayName = (locale: Locale, weekday: number, style: "short" | "long") => dayFormat(locale, style).format(new Date(Date.UTC(2024, 0, weekday)));

const WORDS = {
  en: { everyDay: "Every day", closed: (days: string[]) => `closed ${formatList("en", days.map((d) => `${d}s`))}` },
  fr: { everyDay: "Tous les jours", closed: (days: string[]) => `fermé ${formatList("fr", days.map((d) => `le ${d}`))}` },
} satisfies Record<Locale, { everyDay: string; closed: (days: string[]) => string }>;

/** Weekdays (sorted) written as runs: [2,3,4,5,6,7] → "Tue–Sun"; [1,3] → "Mon, Wed"; [6,7] → "Sat, Sun". */
function daysText(locale: Locale, days: number[]): string {
  const runs: number[][] = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && last.at(-1) === d - 1) last.push(d);
    else runs.push([d]);
  }
  return runs.map((run) => (run.length >= 3
    ? `${dayName(locale, run[0]!, "short")}–${dayName(locale, run.at(-1)!, "short")}`
    : run.map((d) => dayName(locale, d, "short")).join(", "))).join(", ");
}

export function weekLine(locale: Locale, hours: WeeklyHours[], onDate: string): string | undefined {
  const valid = hours.filter((h) => (!h.validFrom || h.validFrom <= onDate) && (!h.validUntil || onDate <= h.validUntil));
  if (valid.length === 0) return undefined;
  const rangesOf = (weekday: number) => [...new Set(valid.filter((h) => h.weekday === weekday)
    .map((h) => [formatTime(locale, h.opens), formatTime(locale, h.closes)] as const)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([o, c]) => `${o}–${c}`))].join(", ");
  const byHours = new Map<string, number[]>();
  const closed: number[] = [];
  for (let d = 1; d <= 7; d++) {
    const key = rangesOf(d);
    if (key === "") closed.push(d);
    else byHours.set(key, [...(byHours.get(key) ?? []), d]);
  }
  const w = WORDS[locale];
  // Groups in the order of their first day (Monday first).
  const groups = [...byHours.entries()].sort((a, b) => a[1][0]! - b[1][0]!)
    .map(([ranges, days]) => `${days.length === 7 ? w.everyDay : daysText(locale, days)} ${ranges}`);
  if (closed.length > 0) groups.push(w.closed(closed.map((d) => dayName(locale, d, "long"))));
  return groups.join(" · ");
}
