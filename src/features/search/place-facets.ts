/**
 * Which places pass the search's place filters (kind, city, free admission, an age, open on a date, bookable
 * visits). Pure: the facts come from the repository, the date rules from lib/opening-hours.
 */
import { hoursOn, type Schedule } from "../../lib/opening-hours.ts";

export interface AudienceAdvice { audience: string; recommended: boolean; minAge: number | null; maxAge: number | null }

export interface PlaceFacts {
  id: number;
  kind: string;
  city: string | null;
  admission: "free" | "paid" | undefined;
  audience: AudienceAdvice[];
  schedule: Schedule;
  bookable: boolean;
}

export interface PlaceFilters {
  placeKind?: string;
  city?: string;
  free?: boolean;
  age?: number;
  /** A date, YYYY-MM-DD, in the place's own calendar. */
  openOn?: string;
  bookable?: boolean;
}

/** Ages an audience covers when the advice gives no band of its own. Everyone and families: all ages. */
const AUDIENCE_AGES: Record<string, [number, number]> = {
  everyone: [0, 200], families: [0, 200], children: [0, 11], teenagers: [12, 17], adults: [18, 200],
  school_groups: [6, 18], researchers: [18, 200],
};

function covers(advice: AudienceAdvice, age: number): boolean {
  const [min, max] = AUDIENCE_AGES[advice.audience] ?? [0, 200];
  return age >= (advice.minAge ?? min) && age <= (advice.maxAge ?? max);
}

/**
 * A place suits an age when some advice it gives recommends it for that age, and none advises against it.
 * A place that gives no advice is not claimed to suit anyone.
 */
export function suitsAge(audience: AudienceAdvice[], age: number): boolean {
  if (audience.some((a) => !a.recommended && covers(a, age))) return false;
  return audience.some((a) => a.recommended && covers(a, age));
}

export function isOpenOn(schedule: Schedule, date: string): boolean {
  return hoursOn(schedule, date).ranges.length > 0;
}

/** True when some place filter is set, so records not at a place drop out. */
export function hasPlaceFilter(f: PlaceFilters): boolean {
  return f.placeKind !== undefined || f.city !== undefined || f.free === true || f.age !== undefined
    || f.openOn !== undefined || f.bookable === true;
}

export function passesPlaceFilters(place: PlaceFacts, f: PlaceFilters): boolean {
  if (f.placeKind !== undefined && place.kind !== f.placeKind) return false;
  if (f.city !== undefined && (place.city ?? "").toLocaleLowerCase("fr") !== f.city.toLocaleLowerCase("fr")) return false;
  if (f.free === true && place.admission !== "free") return false;
  if (f.age !== undefined && !suitsAge(place.audience, f.age)) return false;
  if (f.openOn !== undefined && !isOpenOn(place.schedule, f.openOn)) return false;
  if (f.bookable === true && !place.bookable) return false;
  return true;
}
