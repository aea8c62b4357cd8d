/**
 * Counts a public write against its limits, in the database (so every app process counts the same),
 * and says whether it may go on: the one limiter of bookings, sign-in and every public write.
 */
import type { Queryable } from "../../db/database.ts";
import { countHits, refundHits } from "./limit-counters.repository.ts";
import { judgeHits, type LimitCheck, type LimitVerdict } from "./limit-rules.ts";

/**
 * Counts one hit on every key and judges them. When a proof of work is needed, `proofIsValid` is
 * asked (once); without a valid proof the hits are taken back (a write that was not let through does
 * not count against the visitor) and the answer is "proof_required". Refused hits stay counted.
 */
export async function spendLimits(db: Queryable, checks: readonly LimitCheck[], now: Date, proofIsValid: () => Promise<boolean> = async () => false): Promise<LimitVerdict> {
  // One statement for every key: a booking counts its address, e-mail and day in one round trip.
  const states = await countHits(db, checks.map((c) => ({ key: c.key, windowMs: c.rule.windowMs })), 1, now);
  const verdict = judgeHits(checks.map((check) => ({ ...check, ...states.get(check.key)! })), now);
  if (verdict.kind !== "proof_required" || (await proofIsValid())) return verdict.kind === "proof_required" ? { kind: "allowed" } : verdict;
  await refundHits(db, checks.map((c) => c.key), 1, now);
  return verdict;
}
