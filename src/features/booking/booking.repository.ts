/** Queries of timed visits: offers with their place's schedule, slots, bookings and idempotency keys. */
import { and, asc, eq, gt, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import { rowsOf, type Queryable } from "../../db/database.ts";
import { jsonRows } from "../../db/json-rows.ts";
import { bookingOffers, bookings, bookingSlots, idempotencyKeys } from "../../db/schema/bookings.ts";
import { openingExceptions, openingHours, places } from "../../db/schema/places.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";

type TimeText = string;

const offerColumns = {
  id: bookingOffers.id, slug: bookingOffers.slug, position: bookingOffers.position, title: bookingOffers.title,
  description: bookingOffers.description, durationMinutes: bookingOffers.durationMinutes, capacity: bookingOffers.capacity,
  minParty: bookingOffers.minParty, maxParty: bookingOffers.maxParty, languages: bookingOffers.languages,
  isFree: bookingOffers.isFree, priceCents: bookingOffers.priceCents, requirements: bookingOffers.requirements,
  channels: bookingOffers.channels, patterns: bookingOffers.patterns, bookingHorizonDays: bookingOffers.bookingHorizonDays,
  placesPerEmailPerDay: bookingOffers.placesPerEmailPerDay,
  archivedAt: bookingOffers.archivedAt,
  placeId: places.id, placeSlug: places.slug, placeName: places.name, placeStatus: places.status, timeZone: places.timeZone,
  streetAddress: places.streetAddress, postalCode: places.postalCode, city: places.city,
  placePhone: places.phone, placeEmail: places.email, placeWebsite: places.website,
  hours: jsonRows<{ weekday: number; opens: TimeText; closes: TimeText; validFrom: string | null; validUntil: string | null }>(
    { weekday: openingHours.weekday, opens: openingHours.opens, closes: openingHours.closes, validFrom: openingHours.validFrom, validUntil: openingHours.validUntil },
    sql`${openingHours}`, sql`${openingHours.placeId} = ${places.id}`, sql`${openingHours.weekday}, ${openingHours.opens}`),
  exceptions: jsonRows<{ startsOn: string; endsOn: string; opens: TimeText | null; closes: TimeText | null }>(
    { startsOn: openingExceptions.startsOn, endsOn: openingExceptions.endsOn, opens: openingExceptions.opens, closes: openingExceptions.closes },
    sql`${openingExceptions}`, sql`${openingExceptions.placeId} = ${places.id}`, sql`${openingExceptions.startsOn}`),
};

const offersWithPlace = (db: Queryable) => db.select(offerColumns).from(bookingOffers).innerJoin(places, eq(places.id, bookingOffers.placeId));

/** An offer with its place's identity, address and schedule. */
export type OfferRow = Awaited<ReturnType<typeof findOfferById>> & {};

/** A slot with its offer (and the offer's place and schedule), in one query: the first read of every booking. */
export async function findSlotWithOffer(db: Queryable, slotId: number) {
  const [row] = await db.select({ slot: bookingSlots, ...offerColumns }).from(bookingSlots)
    .innerJoin(bookingOffers, eq(bookingOffers.id, bookingSlots.offerId))
    .innerJoin(places, eq(places.id, bookingOffers.placeId))
    .where(eq(bookingSlots.id, slotId));
  if (!row) return undefined;
  const { slot, ...offer } = row;
  return { slot, offer };
}

/** The offer and local day of a slot (what the day's limit counts), if the slot exists. */
export async function findSlotDay(db: Queryable, slotId: number) {
  const [row] = await db.select({ offerId: bookingSlots.offerId, localDate: bookingSlots.localDate }).from(bookingSlots).where(eq(bookingSlots.id, slotId));
  return row;
}

/**
 * Places held (not cancelled) by bookings under `email` (any case) on an offer's local day, after
 * waiting for any other transaction counting the same e-mail, offer and day: until this transaction
 * ends, two bookings by one address on one day are counted one after the other.
 */
export async function lockPlacesHeldByEmail(db: Queryable, offerId: number, localDate: string, email: string): Promise<number> {
  const address = email.toLowerCase();
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`places-per-email:${offerId}:${localDate}:${address}`}))`);
  const [row] = await db.select({ places: sql<number>`coalesce(sum(${bookings.partySize}), 0)::integer` }).from(bookings)
    .innerJoin(bookingSlots, eq(bookingSlots.id, bookings.slotId))
    .where(and(eq(bookingSlots.offerId, offerId), eq(bookingSlots.localDate, localDate), sql`lower(${bookings.email}) = ${address}`, sql`${bookings.status} <> 'cancelled'`));
  return Number(row?.places ?? 0);
}

export async function findOfferById(db: Queryable, id: number) {
  const [row] = await offersWithPlace(db).where(eq(bookingOffers.id, id));
  return row;
}

/** Offers visitors can see: of published places, not archived; of one place when `placeSlug` is given. */
export async function findPublicOffers(db: Queryable, filter: { placeSlug?: string; offerSlug?: string; limit: number; offset: number }) {
  const where = and(eq(places.status, "published"), isNull(bookingOffers.archivedAt),
    filter.placeSlug === undefined ? undefined : eq(places.slug, filter.placeSlug),
    filter.offerSlug === undefined ? undefined : eq(bookingOffers.slug, filter.offerSlug));
  const [rows, [count]] = await Promise.all([
    offersWithPlace(db).where(where).orderBy(asc(places.slug), asc(bookingOffers.position)).limit(filter.limit).offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(bookingOffers).innerJoin(places, eq(places.id, bookingOffers.placeId)).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** Every offer (archived ones too) of the given places: the front desk's view. */
export async function findOffersOfPlaces(db: Queryable, placeIds: number[]) {
  if (placeIds.length === 0) return [];
  return offersWithPlace(db).where(inArray(places.id, placeIds)).orderBy(asc(places.slug), asc(bookingOffers.position));
}

export interface NewSlot { offerId: number; startsAt: Date; endsAt: Date; localDate: string; capacity: number }

/** Creates the slots that do not exist yet (concurrent callers may race: the unique key settles it). */
export async function insertMissingSlots(db: Queryable, slots: NewSlot[]): Promise<void> {
  if (slots.length === 0) return;
  await db.insert(bookingSlots).values(slots).onConflictDoNothing({ target: [bookingSlots.offerId, bookingSlots.startsAt] });
}

/** The stored slots of an offer starting in [from, to). */
export async function findSlotsBetween(db: Queryable, offerId: number, from: Date, to: Date) {
  return db.select().from(bookingSlots)
    .where(and(eq(bookingSlots.offerId, offerId), gte(bookingSlots.startsAt, from), lt(bookingSlots.startsAt, to)))
    .orderBy(asc(bookingSlots.startsAt));
}
export type SlotRow = Awaited<ReturnType<typeof findSlotsBetween>>[number];

/** The place a slot belongs to, if the slot exists. */
export async function findPlaceIdOfSlot(db: Queryable, slotId: number): Promise<number | undefined> {
  const [row] = await db.select({ placeId: bookingOffers.placeId }).from(bookingSlots)
    .innerJoin(bookingOffers, eq(bookingOffers.id, bookingSlots.offerId)).where(eq(bookingSlots.id, slotId));
  return row?.placeId;
}

export async function findSlotById(db: Queryable, id: number) {
  const [row] = await db.select().from(bookingSlots).where(eq(bookingSlots.id, id));
  return row;
}

export interface NewBooking {
  code: string;
  createdAt: Date;
  secretHash: string;
  slotId: number;
  partySize: number;
  name: string;
  email: string | null;
  lang: string;
  source: "online" | "desk";
  bookedByAccountId: number | null;
}

/**
 * Inserts the booking if its slot has room for the party, as one statement that locks the slot's row
 * (`FOR UPDATE`): a concurrent booking of the slot waits for this transaction, then re-checks the room
 * against the committed count. The insert's trigger adds the party to the slot's `booked`. Returns
 * undefined when there was no room, else the new booking's id.
 */
export async function insertBookingIfRoom(db: Queryable, b: NewBooking): Promise<number | undefined> {
  const result = await db.execute<{ id: number }>(sql`
    insert into ${bookings} (code, secret_hash, slot_id, party_size, name, email, lang, source, booked_by_account_id, created_at)
    select ${b.code}, ${b.secretHash}, ${bookingSlots.id}, ${b.partySize}, ${b.name}, ${b.email}, ${b.lang}, ${b.source}::booking_source,
      ${b.bookedByAccountId}::integer, ${b.createdAt.toISOString()}::timestamptz
    from ${bookingSlots}
    where ${bookingSlots.id} = ${b.slotId} and ${bookingSlots.capacity} - ${bookingSlots.booked} >= ${b.partySize}
    for update
    returning id`);
  const rows = rowsOf<{ id: number }>(result);
  return rows[0] === undefined ? undefined : Number(rows[0].id);
}

const bookingColumns = {
  booking: bookings,
  slot: { id: bookingSlots.id, startsAt: bookingSlots.startsAt, endsAt: bookingSlots.endsAt, localDate: bookingSlots.localDate },
  offerId: bookingOffers.id,
};

const bookingsWithSlot = (db: Queryable) => db.select(bookingColumns).from(bookings)
  .innerJoin(bookingSlots, eq(bookingSlots.id, bookings.slotId))
  .innerJoin(bookingOffers, eq(bookingOffers.id, bookingSlots.offerId));

export async function findBookingByCode(db: Queryable, code: string, forUpdate = false) {
  const query = bookingsWithSlot(db).where(eq(bookings.code, code));
  const [row] = await (forUpdate ? query.for("update", { of: bookings }) : query);
  return row;
}
export type BookingRow = Awaited<ReturnType<typeof findBookingByCode>> & {};

export async function updateBookingStatus(db: Queryable, id: number, set: Partial<Pick<typeof bookings.$inferInsert, "status" | "cancelledAt" | "checkedInAt">>) {
  await db.update(bookings).set(set).where(eq(bookings.id, id));
}

/** Bookings of the given places matching a code, a name or an e-mail (most recent slots first). */
export async function searchBookings(db: Queryable, placeIds: number[], text: string, limit: number) {
  if (placeIds.length === 0) return [];
  const like = `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const code = text.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return bookingsWithSlot(db)
    .where(and(inArray(bookingOffers.placeId, placeIds), sql`(${bookings.code} = ${code} or ${bookings.name} ilike ${like} or lower(${bookings.email}) like lower(${like}))`))
    .orderBy(sql`${bookingSlots.startsAt} desc`, asc(bookings.id)).limit(limit);
}

/** Every booking of the given slots, in the order they were made. */
export async function findBookingsOfSlots(db: Queryable, slotIds: number[]) {
  if (slotIds.length === 0) return [];
  return db.select().from(bookings).where(inArray(bookings.slotId, slotIds)).orderBy(asc(bookings.slotId), asc(bookings.id));
}

/** Slots of an offer with at least `places` left, starting after `after` and before `until`. */
export async function findSlotsWithRoom(db: Queryable, offerId: number, after: Date, until: Date, places: number, limit: number) {
  return db.select().from(bookingSlots)
    .where(and(eq(bookingSlots.offerId, offerId), gt(bookingSlots.startsAt, after), lt(bookingSlots.startsAt, until),
      sql`${bookingSlots.capacity} - ${bookingSlots.booked} >= ${places}`))
    .orderBy(asc(bookingSlots.startsAt)).limit(limit);
}

/**
 * A stored reply holds the booking's links with its secret: it is kept as `{"sealed": "sealed:v1:…"}`
 * and opened when replayed. A reply stored before sealing existed is read as it is.
 */
interface SealedReply {
  sealed: string;
}

const isSealedReply = (value: unknown): value is SealedReply =>
  typeof value === "object" && value !== null && typeof (value as { sealed?: unknown }).sealed === "string" && Object.keys(value).length === 1;

const sealReply = (secrets: SecretKeyring, response: unknown): SealedReply => ({ sealed: secrets.seal(JSON.stringify(response)) });
const openReply = (secrets: SecretKeyring, stored: unknown): unknown => (isSealedReply(stored) ? JSON.parse(secrets.open(stored.sealed)) : stored);

/**
 * Claims an idempotency key for this transaction. If another transaction holds it uncommitted, this
 * waits for it (the primary key's uniqueness check), then sees its stored reply. Returns undefined
 * when claimed, else the stored key with its reply opened.
 */
export async function claimIdempotencyKey(db: Queryable, secrets: SecretKeyring, key: { scope: string; key: string; requestHash: string; expiresAt: Date }) {
  const claimed = await db.insert(idempotencyKeys)
    .values({ ...key, statusCode: 0, response: sql`'null'::jsonb` })
    .onConflictDoNothing().returning({ key: idempotencyKeys.key });
  if (claimed.length > 0) return undefined;
  const [stored] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, key.scope), eq(idempotencyKeys.key, key.key)));
  return stored && { ...stored, response: openReply(secrets, stored.response) };
}

/** Keeps the reply of a key, sealed. */
export async function storeIdempotentReply(db: Queryable, secrets: SecretKeyring, scope: string, key: string, statusCode: number, response: unknown) {
  await db.update(idempotencyKeys).set({ statusCode, response: sealReply(secrets, response) })
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
}

/**
 * Seals again, under the current key, every stored reply not expired yet (a key being claimed is
 * skipped); returns how many were sealed again.
 */
export async function resealIdempotentReplies(db: Queryable, secrets: SecretKeyring, now: Date): Promise<number> {
  const k = idempotencyKeys;
  let count = 0;
  const live = await db.select({ scope: k.scope, key: k.key }).from(k).where(and(gte(k.expiresAt, now), sql`${k.response} <> 'null'::jsonb`));
  for (const { scope, key } of live) {
    await db.transaction(async (tx) => {
      const where = and(eq(k.scope, scope), eq(k.key, key));
      const [row] = await tx.select({ response: k.response }).from(k).where(where).for("update", { skipLocked: true });
      if (!row || row.response === null) return;
      await tx.update(k).set({ response: sealReply(secrets, openReply(secrets, row.response)) }).where(where);
      count += 1;
    });
  }
  return count;
}

export async function deleteIdempotencyKey(db: Queryable, scope: string, key: string) {
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
}

/** Forgets keys past their expiry; returns how many. */
export async function purgeExpiredIdempotencyKeys(db: Queryable, now: Date): Promise<number> {
  const gone = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, now)).returning({ key: idempotencyKeys.key });
  return gone.length;
}
