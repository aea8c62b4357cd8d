/** Forgets the limits' counters whose window has ended, every 10 minutes, in every app process. */
import type { Database } from "../../db/database.ts";
import { startPeriodicPurge } from "../../db/periodic-purge.ts";
import type { Logger } from "../../lib/logger.ts";
import { purgeEndedCounters } from "./limit-counters.repository.ts";

export function startCounterPurge({ db, logger, now, intervalMs = 600_000 }: { db: Database; logger: Logger; now: () => Date; intervalMs?: number }) {
  return startPeriodicPurge("ended limit counters", (at) => purgeEndedCounters(db, at), { logger, now, intervalMs });
}
