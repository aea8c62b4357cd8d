/** The work every app process does besides answering requests: sending the outbox, forgetting expired idempotency keys and ended limit counters. */
import type { Database } from "../db/database.ts";
import { startIdempotencyPurge } from "../features/booking/idempotency-purge.ts";
import { startCounterPurge } from "../features/limits/counter-purge.ts";
import { createMailTransport, type MailSettings } from "../features/outbox/mail-transport.ts";
import { startOutboxSender } from "../features/outbox/outbox.sender.ts";
import type { Logger } from "../lib/logger.ts";
import type { SecretKeyring } from "../lib/secret-key.ts";

export interface BackgroundJobs {
  /** Stops them all; a message being sent and a purge under way finish first. */
  stop(): Promise<void>;
}

export function startBackgroundJobs({ db, mail, logger, now, secrets }: { db: Database; mail: MailSettings; logger: Logger; now: () => Date; secrets: SecretKeyring }): BackgroundJobs {
  const outbox = startOutboxSender({ db, transport: createMailTransport(mail), logger, secrets });
  const keyPurge = startIdempotencyPurge({ db, logger, now });
  const counterPurge = startCounterPurge({ db, logger, now });
  return {
    async stop() {
      await Promise.all([outbox.stop(), keyPurge.stop(), counterPurge.stop()]);
    },
  };
}
