/**
 * Delivers the outbox: every `intervalMs` it claims the messages that are due, sends them one by one
 * through the transport and marks each sent or failed. A failure waits longer each time (see
 * outbox.retry.ts) and never holds up the other messages. Several processes may run a sender on one
 * database: a claimed message is leased to one of them (see claimDueMessages).
 */
import type { Database } from "../../db/database.ts";
import type { Logger } from "../../lib/logger.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";
import type { MailTransport } from "./mail-transport.ts";
import { claimDueMessages, markFailed, markSent, releaseClaims, type OutboxMessage } from "./outbox.repository.ts";
import { MAX_SEND_ATTEMPTS, nextAttemptAfterFailure } from "./outbox.retry.ts";
import { openBodies } from "./outbox.sealing.ts";

export interface OutboxSenderOptions {
  db: Database;
  /** Closed by stop(). */
  transport: MailTransport;
  /** Opens the sealed bodies of the messages to send. */
  secrets: SecretKeyring;
  logger: Logger;
  now?: () => Date;
  intervalMs?: number;
  /** Messages claimed at once. */
  batchSize?: number;
  /** How long a claim keeps other senders off a message: longer than any send can take. */
  leaseMs?: number;
}

export interface OutboxSender {
  /** Stops polling, waits for the send in progress, hands back the rest of its claim, closes the transport. */
  stop(): Promise<void>;
  /** Sends every message due now (after any pass in progress); resolves with how many were sent. */
  flush(): Promise<number>;
}

export function startOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { db, transport, logger, secrets } = options;
  const now = options.now ?? (() => new Date());
  const intervalMs = options.intervalMs ?? 1000;
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let passes: Promise<number> = Promise.resolve(0);
  let stopping: Promise<void> | undefined;

  /** Sends one claimed message; true when it went. Never throws: one message's trouble stays its own. */
  const deliver = async (message: OutboxMessage): Promise<boolean> => {
    const context = { outboxId: message.id, kind: message.kind, attempts: message.attempts };
    try {
      // A body that does not open (its key is gone) fails like a refused send: retried, then given up on.
      await transport.send(openBodies(secrets, message));
    } catch (error) {
      const failedAt = now();
      const retryAt = nextAttemptAfterFailure(message.attempts, failedAt);
      if (retryAt) logger.error("outbox message not sent, will retry", { ...context, retryAt: retryAt.toISOString(), error });
      else logger.error(`outbox message not sent after ${MAX_SEND_ATTEMPTS} attempts, giving up`, { ...context, error });
      await markFailed(db, message.id, error instanceof Error ? error.message : String(error), retryAt ?? failedAt)
        .catch((markError: unknown) => logger.error("outbox failure not recorded", { ...context, error: markError }));
      return false;
    }
    try {
      await markSent(db, message.id, now());
    } catch (error) {
      // Sent, but not marked: it goes again when its lease ends (at least once, never lost).
      logger.error("outbox message sent but not marked sent", { ...context, error });
    }
    logger.debug("outbox message sent", context);
    return true;
  };

  const sendDue = async (): Promise<number> => {
    let sent = 0;
    while (!stopped) {
      let batch: OutboxMessage[];
      try {
        batch = await claimDueMessages(db, now(), batchSize, { leaseMs, maxAttempts: MAX_SEND_ATTEMPTS });
      } catch (error) {
        logger.error("outbox messages not claimed", { error });
        return sent;
      }
      if (batch.length === 0) return sent;
      for (const [i, message] of batch.entries()) {
        if (stopped) {
          await releaseClaims(db, batch.slice(i).map((m) => m.id), now())
            .catch((error: unknown) => logger.error("outbox claims not released", { error }));
          return sent;
        }
        if (await deliver(message)) sent += 1;
      }
    }
    return sent;
  };

  const runPass = () => (passes = passes.then(sendDue, sendDue));
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void runPass().finally(schedule), intervalMs);
    timer.unref();
  };
  schedule();
  logger.info("outbox sender started", { transport: transport.description });

  return {
    flush: () => (stopped ? Promise.resolve(0) : runPass()),
    stop: () => (stopping ??= (async () => {
      stopped = true;
      clearTimeout(timer);
      await passes;
      transport.close();
    })()),
  };
}
