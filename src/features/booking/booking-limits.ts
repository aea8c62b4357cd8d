/**
 * The abuse limits of a booking made online (the API and the booking form alike): per client
 * address, per e-mail and per day of the visit, counted before the booking (features/limits).
 */
import type { LimitSettings } from "../../lib/config.ts";
import type { AbuseLimits } from "../../web/app-env.ts";
import { addressKey, type LimitCheck, type LimitVerdict } from "../limits/limit-rules.ts";
import { spendLimits } from "../limits/limiter.service.ts";
import type { Database } from "../../db/database.ts";
import { findSlotDay } from "./booking.repository.ts";

export interface BookingAttempt {
  slotId: number;
  email: string;
  /** The client's address (null when unknown). */
  address: string | null;
  /** The proof of work sent with the attempt, if any. */
  proof?: string;
}

export async function bookingLimitChecks(db: Database, settings: LimitSettings, attempt: BookingAttempt): Promise<LimitCheck[]> {
  const checks: LimitCheck[] = [];
  if (settings.bookingsPerAddress) checks.push({ key: `booking:address:${addressKey(attempt.address)}`, rule: settings.bookingsPerAddress });
  if (settings.bookingsPerEmail) checks.push({ key: `booking:email:${attempt.email.trim().toLowerCase()}`, rule: settings.bookingsPerEmail });
  const day = settings.bookingsPerVisitDay ? await findSlotDay(db, attempt.slotId) : undefined;
  if (day && settings.bookingsPerVisitDay) checks.push({ key: `booking:day:${day.offerId}:${day.localDate}`, rule: settings.bookingsPerVisitDay });
  return checks;
}

/** Counts the attempt against every booking limit: allowed, refused for a while, or in need of a proof of work. */
export async function spendBookingLimits(db: Database, limits: AbuseLimits | undefined, attempt: BookingAttempt, now: Date): Promise<LimitVerdict> {
  if (!limits) return { kind: "allowed" };
  const checks = await bookingLimitChecks(db, limits.settings, attempt);
  return spendLimits(db, checks, now, () => limits.proofIsValid(attempt.proof));
}

/** Counts a cancellation with a booking's secret against the limit per client address (guessing secrets costs). */
export async function spendCancelLimits(db: Database, limits: AbuseLimits | undefined, address: string | null, now: Date): Promise<LimitVerdict> {
  const rule = limits?.settings.cancelsPerAddress;
  return rule ? spendLimits(db, [{ key: `cancel:address:${addressKey(address)}`, rule }], now) : { kind: "allowed" };
}
