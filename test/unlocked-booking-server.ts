/**
 * The negative control's server (src/features/booking/booking.concurrency.db.test.ts): the real app,
 * configured from the environment as `remembrance serve` is, except that bookings are inserted
 * without locking the slot's row, to show that the lock is what stops concurrent bookings from
 * overselling. Only this file installs that insert; run through tsx (see UNLOCKED_BOOKING_SERVER).
 */
import { sql } from "drizzle-orm";
import { startServer } from "../src/app/start-server.ts";
import { rowsOf, type Transaction } from "../src/db/database.ts";
import { bookings, bookingSlots } from "../src/db/schema/bookings.ts";
import type { NewBooking } from "../src/features/booking/booking.repository.ts";
import { loadConfig } from "../src/lib/config.ts";
import { createLogger } from "../src/lib/logger.ts";

/** The production insert (booking.repository.ts insertBookingIfRoom) less its `for update`: the room is checked against an unlocked read. */
async function insertWithoutSlotLock(tx: Transaction, b: NewBooking): Promise<number | undefined> {
  const result = await tx.execute<{ id: number }>(sql`
    insert into ${bookings} (code, secret_hash, slot_id, party_size, name, email, lang, source, booked_by_account_id, created_at)
    select ${b.code}, ${b.secretHash}, ${bookingSlots.id}, ${b.partySize}, ${b.name}, ${b.email}, ${b.lang}, ${b.source}::booking_source,
      ${b.bookedByAccountId}::integer, ${b.createdAt.toISOString()}::timestamptz
    from ${bookingSlots}
    where ${bookingSlots.id} = ${b.slotId} and ${bookingSlots.capacity} - ${bookingSlots.booked} >= ${b.partySize}
    returning id`);
  const rows = rowsOf<{ id: number }>(result);
  return rows[0] === undefined ? undefined : Number(rows[0].id);
}

const config = loadConfig();
const logger = createLogger(config.logLevel);
const running = await startServer(config, logger, {
  booking: { insertBooking: insertWithoutSlotLock },
});
// The line test/server-process.ts waits for.
process.stdout.write(`Remembrance is ready: browse ${running.url} (bookings without the slot lock)\n`);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => void running.stop().finally(() => process.exit(0)));
}
