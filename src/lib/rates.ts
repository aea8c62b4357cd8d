/** A rate limit as configured: hits per window ("30/1h"), and after how many a proof of work is asked. */

export interface LimitRule {
  /** Hits allowed per key in one window; the next ones are refused (429) until it ends. */
  limit: number;
  windowMs: number;
  /** Hits per window after which each further one needs a proof of work; none when undefined. */
  proofAfter?: number;
}

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
export const RATE = /^(\d{1,7})\/(\d{1,4})(s|m|h|d)$/;

/** "30/1h" → 30 hits per hour; undefined when the text is not of that form. */
export function parseRate(text: string): Pick<LimitRule, "limit" | "windowMs"> | undefined {
  const m = RATE.exec(text.trim());
  if (!m) return undefined;
  const windowMs = Number(m[2]) * UNIT_MS[m[3] as keyof typeof UNIT_MS];
  return windowMs > 0 ? { limit: Number(m[1]), windowMs } : undefined;
}

