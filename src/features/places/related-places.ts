/**
 * "You like history...": which other places to suggest after a place, and why. A pure rule: it
 * scores every candidate by the themes it shares with the place (a theme few places carry counts
 * more than one they all carry), a partnership either way, the people both tell of, and distance.
 */

export interface Coordinates { latitude: number; longitude: number }

/** What the rule knows of a place. Slugs identify themes, partners and people. */
export interface PlaceFacts {
  slug: string;
  /** The name in the reader's language: ties in score are broken by it. */
  name: string;
  themes: readonly string[];
  /** Slugs of the places this one lists as partners. */
  partners: readonly string[];
  /** Slugs of the people the place tells of. */
  people: readonly string[];
  coordinates?: Coordinates | null;
}

export type RelatedReason =
  | { kind: "themes"; themes: string[] }
  | { kind: "partner" }
  | { kind: "people"; people: string[] }
  | { kind: "distance"; km: number };

export interface RelatedPlace { slug: string; name: string; score: number; reasons: RelatedReason[] }

export interface RelatedOptions {
  /** How many places to return. */
  limit?: number;
  /** Slugs never to return (the place's own suggestions, already shown). */
  exclude?: Iterable<string>;
  /** How names compare when scores tie. */
  collator?: Intl.Collator;
}

export const RELATED_LIMIT = 6;
/** Points of a shared theme carried by every place; rarer themes are worth more (see themeWeights). */
export const THEME_POINTS = 2;
export const PARTNER_POINTS = 5;
export const PERSON_POINTS = 3;
/** Points of a place at the same spot; they fall linearly to none at NEARBY_KM. */
export const DISTANCE_POINTS = 4;
export const NEARBY_KM = 100;
/**
 * The score a place needs to be suggested: a partnership, one shared person, being within 25 km,
 * or a theme some places lack reach it alone; a theme every place carries does not.
 */
export const MIN_SCORE = 3;

const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points, in kilometres. */
export function haversineKm(a: Coordinates, b: Coordinates): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The weight of each theme among `places`: 1 + ln(places / places carrying it), so a theme every
 * place carries weighs 1 and one carried by a single place in twelve about 3.5.
 */
export function themeWeights(places: readonly PlaceFacts[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of places) for (const t of new Set(p.themes)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return new Map([...counts].map(([t, n]) => [t, 1 + Math.log(places.length / n)]));
}

/** Points for a distance: DISTANCE_POINTS at 0 km down to 0 at NEARBY_KM and beyond. */
export const distancePoints = (km: number) => (km >= NEARBY_KM ? 0 : DISTANCE_POINTS * (1 - km / NEARBY_KM));

const shared = (a: readonly string[], b: readonly string[]) => {
  const other = new Set(b);
  return [...new Set(a)].filter((x) => other.has(x));
};

/** The score of `other` as a suggestion after `place`, with its reasons (score 0: not related). */
export function scoreRelated(place: PlaceFacts, other: PlaceFacts, weights: Map<string, number>): { score: number; reasons: RelatedReason[] } {
  const reasons: RelatedReason[] = [];
  let score = 0;
  const weightOf = (t: string) => weights.get(t) ?? 1;
  // Rarest first: the theme that says most about the pair is named first.
  const themes = shared(place.themes, other.themes).sort((a, b) => weightOf(b) - weightOf(a) || (a < b ? -1 : a > b ? 1 : 0));
  if (themes.length > 0) {
    score += THEME_POINTS * themes.reduce((sum, t) => sum + weightOf(t), 0);
    reasons.push({ kind: "themes", themes });
  }
  if (place.partners.includes(other.slug) || other.partners.includes(place.slug)) {
    score += PARTNER_POINTS;
    reasons.push({ kind: "partner" });
  }
  const people = shared(place.people, other.people).sort();
  if (people.length > 0) {
    score += PERSON_POINTS * people.length;
    reasons.push({ kind: "people", people });
  }
  if (place.coordinates && other.coordinates) {
    const km = haversineKm(place.coordinates, other.coordinates);
    const points = distancePoints(km);
    if (points > 0) {
      score += points;
      reasons.push({ kind: "distance", km });
    }
  }
  return { score, reasons };
}

/**
 * The places to suggest after `place`, best first: highest score, then name, then slug. Only
 * places scoring MIN_SCORE or more; never the place itself nor an excluded one.
 */
export function relatedPlaces(place: PlaceFacts, candidates: readonly PlaceFacts[], options: RelatedOptions = {}): RelatedPlace[] {
  const limit = options.limit ?? RELATED_LIMIT;
  const collator = options.collator ?? new Intl.Collator("en");
  const excluded = new Set(options.exclude ?? []);
  const others = candidates.filter((c) => c.slug !== place.slug);
  const weights = themeWeights([place, ...others]);
  const scored: RelatedPlace[] = [];
  for (const other of others) {
    if (excluded.has(other.slug)) continue;
    const { score, reasons } = scoreRelated(place, other, weights);
    if (score >= MIN_SCORE) scored.push({ slug: other.slug, name: other.name, score, reasons });
  }
  scored.sort((a, b) => b.score - a.score || collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return scored.slice(0, limit);
}
