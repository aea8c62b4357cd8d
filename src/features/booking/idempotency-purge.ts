/** Forgets idempotency keys once they expire (24 hours after use), hourly, in every app process. */
import type { Database } from "../../db/database.ts";
import { startPeriodicPurge } from "../../db/periodic-purge.ts";
import type { Logger } from "../../lib/logger.ts";
import { purgeExpiredIdempotencyKeys } from "./booking.repository.ts";

export function startIdempotencyPurge({ db, logger, now, intervalMs = 3_600_000 }: { db: Database; logger: Logger; now: () => Date; intervalMs?: number }) {
  return startPeriodicPurge("expired idempotency keys", (at) => purgeExpiredIdempotencyKeys(db, at), { logger, now, intervalMs });
}
