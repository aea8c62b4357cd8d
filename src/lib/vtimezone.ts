/**
 * An iCalendar VTIMEZONE (RFC 5545 §3.6.5) for an IANA zone, made from the zone rules Node already
 * has (Intl, through Luxon): there is no zone database to download. The transitions are found in the
 * years around the instant the calendar is about; when each kind of change (to summer, to winter)
 * falls on the same weekday rule every year, it is written once with a yearly RRULE, otherwise each
 * change found is written out, which still covers the instant.
 */
import { IANAZone } from "luxon";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

interface Transition { at: number; from: number; to: number }

/** "+0100", "-0330": an offset in minutes as iCalendar writes it. */
const offsetText = (minutes: number) => {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}${String(a % 60).padStart(2, "0")}`;
};

/** The wall-clock time, as iCalendar's local DATE-TIME, of an instant seen at a fixed offset. */
const localText = (ms: number, offset: number) => new Date(ms + offset * MINUTE).toISOString().replace(/[-:]/g, "").slice(0, 15);

/** Every change of offset between two instants, to the minute. */
function transitions(zone: IANAZone, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  for (let day = from; day < to; day += DAY) {
    const before = zone.offset(day);
    if (zone.offset(day + DAY) === before) continue;
    let lo = day;
    let hi = day + DAY;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
      if (zone.offset(mid) === before) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: before, to: zone.offset(hi) });
  }
  return found;
}

/** The yearly rule of a change ("last Sunday of March at 02:00"), as a key and its RRULE. */
function ruleOf(t: Transition) {
  const local = new Date(t.at + t.from * MINUTE);
  const day = local.getUTCDate();
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  const nth = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  const rrule = `FREQ=YEARLY;BYMONTH=${local.getUTCMonth() + 1};BYDAY=${nth}${WEEKDAYS[local.getUTCDay()]}`;
  return { rrule, key: `${rrule} ${localText(t.at, t.from).slice(9)} ${t.from} ${t.to}` };
}

function component(kind: "STANDARD" | "DAYLIGHT", start: string, from: number, to: number, rrule?: string): string[] {
  return [
    `BEGIN:${kind}`, `DTSTART:${start}`, ...(rrule ? [`RRULE:${rrule}`] : []),
    `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`,
  ];
}

/** Made once per zone and year: finding the changes asks Intl some thousand offsets. */
const made = new Map<string, string | null>();

/** The VTIMEZONE of `zoneName` that is right for the year of `around` and the years beside it; null for an unknown zone. */
export function vtimezone(zoneName: string, around: Date): string | null {
  const key = `${zoneName} ${around.getUTCFullYear()}`;
  if (!made.has(key)) made.set(key, make(zoneName, around.getUTCFullYear()));
  return made.get(key)!;
}

function make(zoneName: string, year: number): string | null {
  if (!IANAZone.isValidZone(zoneName)) return null;
  const zone = IANAZone.create(zoneName);
  const from = Date.UTC(year - 1, 0, 1);
  const changes = transitions(zone, from, Date.UTC(year + 2, 0, 1));
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zoneName}`];
  if (changes.length === 0) {
    const offset = zone.offset(from);
    lines.push(...component("STANDARD", "19700101T000000", offset, offset));
  } else {
    // Summer time is the change to the larger offset of the pair (for the rare zone whose summer offset is smaller, the label is all that differs).
    const kindOf = (t: Transition) => (t.to > t.from ? "DAYLIGHT" : "STANDARD");
    const byKind = new Map<string, Transition[]>();
    for (const t of changes) byKind.set(kindOf(t), [...(byKind.get(kindOf(t)) ?? []), t]);
    const regular = [...byKind.values()].every((list) => list.length === 3 && new Set(list.map((t) => ruleOf(t).key)).size === 1);
    // Before the first change found, the zone keeps the offset it had then.
    if (!regular || byKind.size === 1) lines.push(...component("STANDARD", localText(from, changes[0]!.from), changes[0]!.from, changes[0]!.from));
    for (const t of regular ? [...byKind.values()].map((list) => list[0]!) : changes) {
      lines.push(...component(kindOf(t), localText(t.at, t.from), t.from, t.to, regular ? ruleOf(t).rrule : undefined));
    }
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}
