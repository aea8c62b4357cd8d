/**
 * The abuse limits' rules, without I/O. A rule allows `limit` hits per key in a fixed window of
 * `windowMs`; past `proofAfter` hits in the window it asks for a proof of work (a short calculation
 * the visitor's browser does, see proof-of-work.ts) before it counts another. Keys name what is
 * counted: "booking:address:<address>", "booking:email:<e-mail>", "booking:day:<offer>:<date>"…
 */
import { isIPv4, isIPv6 } from "node:net";
import type { LimitRule } from "../../lib/rates.ts";

export type { LimitRule };

/** One key to count, under its rule. */
export interface LimitCheck {
  key: string;
  rule: LimitRule;
}

export interface CountedHit extends LimitCheck {
  /** Hits in the key's window, this one included. */
  hits: number;
  windowEndsAt: Date;
}

/** What a write may do once its hits are counted. */
export type LimitVerdict =
  | { kind: "allowed" }
  /** A proof of work is needed; without one, waiting `retryAfterMs` also clears it. */
  | { kind: "proof_required"; retryAfterMs: number }
  | { kind: "refused"; retryAfterMs: number };

const msUntil = (hit: CountedHit, now: Date) => Math.max(1000, hit.windowEndsAt.getTime() - now.getTime());

/** Refused when any key is over its limit (the longest wait); else whether some key asks for a proof. */
export function judgeHits(hits: CountedHit[], now: Date): LimitVerdict {
  const over = hits.filter((h) => h.hits > h.rule.limit);
  if (over.length > 0) return { kind: "refused", retryAfterMs: Math.max(...over.map((h) => msUntil(h, now))) };
  const asking = hits.filter((h) => h.rule.proofAfter !== undefined && h.hits > h.rule.proofAfter);
  if (asking.length > 0) return { kind: "proof_required", retryAfterMs: Math.max(...asking.map((h) => msUntil(h, now))) };
  return { kind: "allowed" };
}

/** Whole seconds for a Retry-After header (rounded up, at least 1). */
export const retryAfterSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Whole minutes to tell a visitor (rounded up, at least 1). */
export const minutesOf = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/**
 * The part of a client address that is counted: an IPv4 address whole (an IPv4 address written as
 * IPv6, "::ffff:1.2.3.4", as IPv4), an IPv6 address by its /64 network (one household or one server
 * holds a whole /64), anything else (no socket, as in-process tests) as "unknown".
 */
export function addressKey(address: string | null | undefined): string {
  if (!address) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return "unknown";
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === "" ? [] : tail.split(":");
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
