/** A purge every app process runs on a timer (expired keys, ended counters): one at a time, failures logged and retried next time. */
import type { Logger } from "../lib/logger.ts";

export interface PeriodicPurge {
  /** Runs the purge now (or joins the one running). */
  purge(): Promise<void>;
  /** Stops the timer; a purge under way finishes first. */
  stop(): Promise<void>;
}

export function startPeriodicPurge(what: string, run: (now: Date) => Promise<number>, { logger, now, intervalMs }: { logger: Logger; now: () => Date; intervalMs: number }): PeriodicPurge {
  let running: Promise<void> | undefined;
  const purge = () => {
    running ??= run(now())
      .then((n) => { if (n > 0) logger.info(`${what} purged`, { count: n }); })
      .catch((error: unknown) => logger.warn(`purging ${what} failed; will retry`, { error }))
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
