/**
 * Counts a public write against its limits, in the database (so every app process counts the same),
 * and says whether it may go on: the one limiter of bookings, sign-in and every public write.
 */
import type { Queryable } from "../../db/database.ts";
import { countHit, refundHit } from "./limit-counters.repository.ts";
import { judgeHits, type LimitCheck, type LimitVerdict } from "./limit-rules.ts";

/**
 * Counts one hit on every key and judges them. When a proof of work is needed, `proofIsValid` is
 * asked (once); without a valid proof the hits are taken back (a write that was not let through does
 * not count against the visitor) and the answer is "proof_required". Refused hits stay counted.
 */
export async function spendLimits(db: Queryable, checks: readonly LimitCheck[], now: Date, proofIsValid: () => Promise<boolean> = async () => false): Promise<LimitVerdict> {
  const counted = [];
  for (const check of checks) counted.push({ ...check, ...(await countHit(db, check.key, 1, check.rule.windowMs, now)) });
  const verdict = judgeHits(counted, now);
  if (verdict.kind !== "proof_required" || (await proofIsValid())) return verdict.kind === "proof_required" ? { kind: "allowed" } : verdict;
  for (const check of checks) await refundHit(db, check.key, 1, now);
  return verdict;
}
