/**
 * Dates of known precision, as historians write them: "6 November 1943", "January 1945",
 * "mid-April 1945", "summer 1944", "1940/1944", "before 1945".
 *
 * The notation stored in the data (and typed by editors) is:
 *   1943-11-06 | 1945-01 | 1944 | 1940s           a day, a month, a year, a decade
 *   early|mid|late <month or year>                 "mid 1945-04" is mid-April 1945
 *   spring|summer|autumn|winter <year>             "winter 1943" is December 1943 to February 1944
 *   <date>/<date>                                  a range, each end any of the above
 *   before <date> | after <date>                   open-ended
 * Every date resolves to its first and last possible day, so vague dates sort among precise ones.
 */
import type { Locale } from "./locales.ts";

export type DatePrecision = "day" | "month" | "season" | "year" | "decade" | "range";
export type Season = "spring" | "summer" | "autumn" | "winter";
export type Part = "early" | "mid" | "late";

export interface FuzzyDate {
  text: string;
  precision: DatePrecision;
  /** First possible day (YYYY-MM-DD), null when open-ended before. */
  start: string | null;
  /** Last possible day (YYYY-MM-DD), null when open-ended after. */
  end: string | null;
}

interface Point {
  precision: Exclude<DatePrecision, "range">;
  start: string;
  end: string;
  year: number;
  month?: number;
  day?: number;
  part?: Part;
  season?: Season;
  decade?: boolean;
}

/** A notation that is not a date; `code` and `params` let a reader word it in its own language. */
export class FuzzyDateError extends Error {
  constructor(message: string, readonly code: string, readonly params: Record<string, string>) {
    super(message);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function shiftDay(isoDate: string, delta: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + delta);
  return d.toISOString().slice(0, 10);
}

const SEASON_MONTHS: Record<Season, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 14] };

function parsePoint(input: string): Point {
  const s = input.trim();
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(early|mid|late) (\d{4})(?:-(\d{2}))?$/))) {
    const part = m[1] as Part;
    const base = parsePoint(m[3] ? `${m[2]}-${m[3]}` : m[2]!);
    if (base.precision === "month") {
      const last = daysInMonth(base.year, base.month!);
      const [from, to] = part === "early" ? [1, 10] : part === "mid" ? [11, 20] : [21, last];
      return { ...base, part, start: iso(base.year, base.month!, from), end: iso(base.year, base.month!, to) };
    }
    const [from, to] = part === "early" ? [1, 4] : part === "mid" ? [5, 8] : [9, 12];
    return { ...base, part, start: iso(base.year, from, 1), end: iso(base.year, to, daysInMonth(base.year, to)) };
  }
  if ((m = s.match(/^(spring|summer|autumn|winter) (\d{4})$/))) {
    const season = m[1] as Season;
    const year = Number(m[2]);
    const [from, to] = SEASON_MONTHS[season];
    const endYear = year + Math.floor((to - 1) / 12);
    const endMonth = ((to - 1) % 12) + 1;
    return { precision: "season", season, year, start: iso(year, from, 1), end: iso(endYear, endMonth, daysInMonth(endYear, endMonth)) };
  }
  if ((m = s.match(/^(\d{3})0s$/))) {
    const year = Number(m[1]) * 10;
    return { precision: "decade", decade: true, year, start: iso(year, 1, 1), end: iso(year + 9, 12, 31) };
  }
  if ((m = s.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/))) {
    const year = Number(m[1]);
    if (!m[2]) return { precision: "year", year, start: iso(year, 1, 1), end: iso(year, 12, 31) };
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new FuzzyDateError(`month ${m[2]} does not exist in "${input}"`, "date_month", { month: m[2]!, text: input });
    if (!m[3]) return { precision: "month", year, month, start: iso(year, month, 1), end: iso(year, month, daysInMonth(year, month)) };
    const day = Number(m[3]);
    if (day < 1 || day > daysInMonth(year, month)) throw new FuzzyDateError(`day ${m[3]} does not exist in "${input}"`, "date_day", { day: m[3]!, text: input });
    const date = iso(year, month, day);
    return { precision: "day", year, month, day, start: date, end: date };
  }
  const examples = `1943-11-06, 1945-01, 1944, 1940s, "mid 1945-04", "summer 1944", 1940/1944 or "before 1945"`;
  throw new FuzzyDateError(`"${input}" is not a date; write e.g. ${examples}`, "date_notation", { text: input, examples });
}

/** Parses the notation described above; throws FuzzyDateError with a message saying what to write instead. */
export function parseFuzzyDate(text: string): FuzzyDate {
  const s = text.trim();
  const open = s.match(/^(before|after) (.+)$/);
  if (open) {
    const point = parsePoint(open[2]!);
    return open[1] === "before"
      ? { text: s, precision: point.precision, start: null, end: shiftDay(point.start, -1) }
      : { text: s, precision: point.precision, start: shiftDay(point.end, 1), end: null };
  }
  const parts = s.split("/");
  if (parts.length === 2) {
    const from = parsePoint(parts[0]!);
    const to = parsePoint(parts[1]!);
    if (from.start > to.end) throw new FuzzyDateError(`"${text}" ends before it starts`, "date_range_order", { text });
    return { text: s, precision: "range", start: from.start, end: to.end };
  }
  if (parts.length > 2) throw new FuzzyDateError(`"${text}" has more than one "/"; a range has two ends`, "date_range_ends", { text });
  const point = parsePoint(s);
  return { text: s, precision: point.precision, start: point.start, end: point.end };
}

const WORDS = {
  en: { before: "before", after: "after", early: "early", mid: "mid-", late: "late",
    spring: "spring", summer: "summer", autumn: "autumn", winter: "winter", decade: (y: number) => `${y}s` },
  fr: { before: "avant", after: "après", early: "début", mid: "mi-", late: "fin",
    spring: "printemps", summer: "été", autumn: "automne", winter: "hiver", decade: (y: number) => `années ${y}` },
} as const;

function formatPoint(p: Point, locale: Locale): string {
  const w = WORDS[locale];
  const tag = locale === "fr" ? "fr-FR" : "en-GB";
  const month = (opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { ...opts, timeZone: "UTC" }).format(new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1)));
  if (p.precision === "decade") return w.decade(p.year);
  if (p.precision === "season") {
    const name = w[p.season!];
    return p.season === "winter" ? `${name} ${p.year}–${p.year + 1}` : `${name} ${p.year}`;
  }
  if (p.precision === "day") return month({ day: "numeric", month: "long", year: "numeric" });
  const base = p.precision === "month" ? month({ month: "long", year: "numeric" }) : String(p.year);
  if (!p.part) return base;
  const lead = w[p.part];
  return lead.endsWith("-") ? `${lead}${base}` : `${lead} ${base}`;
}

/** Reads a stored notation as a person would write it, in the given language. */
export function formatFuzzyDate(text: string, locale: Locale): string {
  const s = text.trim();
  const open = s.match(/^(before|after) (.+)$/);
  if (open) return `${WORDS[locale][open[1] as "before" | "after"]} ${formatPoint(parsePoint(open[2]!), locale)}`;
  const parts = s.split("/");
  if (parts.length === 2) {
    const [a, b] = [parsePoint(parts[0]!), parsePoint(parts[1]!)];
    if (a.precision === "year" && b.precision === "year" && !a.part && !b.part) return `${a.year}–${b.year}`;
    return `${formatPoint(a, locale)} – ${formatPoint(b, locale)}`;
  }
  return formatPoint(parsePoint(s), locale);
}

/** Orders dates by first possible day, then by last; open starts sort first, open ends last. */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  const startA = a.start ?? a.end ?? "";
  const startB = b.start ?? b.end ?? "";
  if (startA !== startB) return startA < startB ? -1 : 1;
  const endA = a.end ?? "9999-12-31";
  const endB = b.end ?? "9999-12-31";
  return endA === endB ? 0 : endA < endB ? -1 : 1;
}
