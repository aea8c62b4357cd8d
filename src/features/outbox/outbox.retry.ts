/** When a message that could not be sent is tried again. Pure: no clock, no I/O. */

/** Attempts before a message is given up on (it stays in the outbox with its last error). */
export const MAX_SEND_ATTEMPTS = 10;

const FIRST_DELAY_MS = 60_000;
const LONGEST_DELAY_MS = 60 * 60_000;

/** The wait after the `attempts`-th failed attempt: 1 minute, doubling, at most 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_DELAY_MS);
}

/** The next try after a failure, or undefined when the message is given up on. */
export function nextAttemptAfterFailure(attempts: number, failedAt: Date): Date | undefined {
  if (attempts >= MAX_SEND_ATTEMPTS) return undefined;
  return new Date(failedAt.getTime() + retryDelayMs(attempts));
}
