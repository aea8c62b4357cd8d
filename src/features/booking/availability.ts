/** How a slot's places are shown: plenty, "few left", or sold out. Pure. */
export type Availability = "available" | "few_left" | "sold_out";

/** "Few left" from this many places down: a fifth of the capacity, at least 2 (never all of a tiny slot). */
export function fewLeftThreshold(capacity: number): number {
  return Math.min(capacity - 1, Math.max(2, Math.ceil(capacity / 5)));
}

export function availabilityOf(capacity: number, remaining: number): Availability {
  if (remaining <= 0) return "sold_out";
  return remaining <= fewLeftThreshold(capacity) ? "few_left" : "available";
}
