/** Forgets idempotency keys once they expire (24 hours after use), hourly, in every app process. */
import type { Database } from "../../db/database.ts";
import type { Logger } from "../../lib/logger.ts";
import { purgeExpiredIdempotencyKeys } from "./booking.repository.ts";

export function startIdempotencyPurge({ db, logger, now, intervalMs = 3_600_000 }: { db: Database; logger: Logger; now: () => Date; intervalMs?: number }) {
  let running: Promise<void> | undefined;
  const purge = () => {
    running ??= purgeExpiredIdempotencyKeys(db, now())
      .then((n) => { if (n > 0) logger.info("expired idempotency keys purged", { count: n }); })
      .catch((error: unknown) => logger.warn("purging idempotency keys failed; will retry", { error }))
      .finally(() => { running = undefined; });
    return running;
  };
  const timer = setInterval(purge, intervalMs);
  timer.unref();
  return {
    purge,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
