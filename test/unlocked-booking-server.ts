/**
 * The negative control's server (src/features/booking/booking.concurrency.db.test.ts): the real app,
 * configured from the environment as `remembrance serve` is, except that bookings are inserted
 * without locking the slot's row, to show that the lock is what stops concurrent bookings from
 * overselling. Only this file installs that insert; run through tsx (see UNLOCKED_BOOKING_SERVER).
 */
import { startServer } from "../src/app/start-server.ts";
import { insertBookingIfRoom } from "../src/features/booking/booking.repository.ts";
import { loadConfig } from "../src/lib/config.ts";
import { createLogger } from "../src/lib/logger.ts";

const config = loadConfig();
const logger = createLogger(config.logLevel);
const running = await startServer(config, logger, {
  booking: { insertBooking: (tx, booking) => insertBookingIfRoom(tx, booking, false) },
});
// The line test/server-process.ts waits for.
process.stdout.write(`Remembrance is ready: browse ${running.url} (bookings without the slot lock)\n`);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => void running.stop().finally(() => process.exit(0)));
}
