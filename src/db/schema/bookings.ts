/**
 * Timed visits (issue 5): the offers a place sells, the slots materialised from their weekly rules,
 * the bookings made on them, the idempotency keys of the booking API and the outbox of messages.
 * Offers are content (part of their place's document, bump the content revision); slots, bookings,
 * keys and messages are operational and never touch the page cache.
 */
import { sql } from "drizzle-orm";
import {
  bigint, boolean, check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique,
} from "drizzle-orm/pg-core";
import { localized } from "./columns.ts";
import { type LocalizedText } from "../../lib/locales.ts";
import { places } from "./places.ts";

/** A weekly rule of start times, as stored (see features/booking/slot-rules.ts). */
export interface StoredSlotPattern {
  weekdays: number[];
  startTimes: string[];
  validFrom?: string;
  validUntil?: string;
}

/** What a visitor must know before booking. */
export interface VisitRequirements {
  /** Steps to climb or descend, if any. */
  steps?: number;
  stepFree: boolean;
  minimumAge?: number;
  headset: boolean;
  /** Anything else, in each language. */
  notes?: LocalizedText;
}

export const BOOKING_CHANNELS = ["online", "onsite"] as const;
export type BookingChannel = (typeof BOOKING_CHANNELS)[number];

export const bookingOffers = pgTable("booking_offers", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  placeId: integer().notNull().references(() => places.id, { onDelete: "cascade" }),
  slug: text().notNull(),
  position: smallint().notNull(),
  title: localized().notNull(),
  description: localized(),
  durationMinutes: integer().notNull(),
  capacity: integer().notNull(),
  minParty: integer().notNull().default(1),
  maxParty: integer().notNull(),
  /** Languages the visit is given in (BCP 47 codes, e.g. "fr", "en"). */
  languages: text().array().notNull().default(sql`'{}'::text[]`),
  isFree: boolean().notNull().default(false),
  /** Price per person in cents; null with isFree false: the price is not stated (given at the museum). */
  priceCents: integer(),
  requirements: jsonb().$type<VisitRequirements>().notNull(),
  /** "online": sold on the website and API; "onsite": at the museum's desk. The desk may always book. */
  channels: text().array().$type<BookingChannel[]>().notNull(),
  patterns: jsonb().$type<StoredSlotPattern[]>().notNull(),
  /** How many days ahead visits can be booked. */
  bookingHorizonDays: integer().notNull().default(60),
  /**
   * Most places one e-mail address may hold on this offer on one day, online (a limit against
   * one requester emptying a day); null: twice `maxParty` (a teacher with two classes).
   */
  placesPerEmailPerDay: integer(),
  /** Where facts not given by the content's source come from (e.g. a capacity set by the museum). */
  factsSource: text(),
  /** Set when the offer was removed from its place while bookings held it: no new slots or bookings. */
  archivedAt: timestamp({ withTimezone: true }),
}, (t) => [
  unique("booking_offers_place_slug").on(t.placeId, t.slug),
  check("booking_offers_duration", sql`${t.durationMinutes} between 1 and 1440`),
  check("booking_offers_party", sql`${t.minParty} >= 1 and ${t.minParty} <= ${t.maxParty} and ${t.maxParty} <= ${t.capacity}`),
  check("booking_offers_places_per_email", sql`${t.placesPerEmailPerDay} is null or ${t.placesPerEmailPerDay} >= ${t.maxParty}`),
  check("booking_offers_price", sql`${t.priceCents} is null or ${t.priceCents} >= 0`),
  check("booking_offers_channels", sql`cardinality(${t.channels}) >= 1 and ${t.channels} <@ array['online','onsite']::text[]`),
]);

/**
 * One bookable time of an offer, created the first time it is listed. `booked` counts the places
 * held by its bookings (kept by a trigger on bookings); the check is the backstop against overselling.
 */
export const bookingSlots = pgTable("booking_slots", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  offerId: integer().notNull().references(() => bookingOffers.id, { onDelete: "cascade" }),
  startsAt: timestamp({ withTimezone: true }).notNull(),
  endsAt: timestamp({ withTimezone: true }).notNull(),
  /** The local date of the start in the place's time zone (the day a ticket is valid). */
  localDate: date({ mode: "string" }).notNull(),
  capacity: integer().notNull(),
  booked: integer().notNull().default(0),
}, (t) => [
  unique("booking_slots_offer_start").on(t.offerId, t.startsAt),
  index("booking_slots_local_date").on(t.localDate),
  check("booking_slots_capacity_backstop", sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
]);

export const bookingStatus = pgEnum("booking_status", ["confirmed", "checked_in", "no_show", "cancelled"]);
/** How a booking was made: on the website/API, or by the front desk for a visitor in front of them. */
export const bookingSource = pgEnum("booking_source", ["online", "desk"]);

export const bookings = pgTable("bookings", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** What the visitor shows and the desk types or scans, e.g. "K7QM3XPD". */
  code: text().notNull().unique(),
  /** SHA-256 of the secret that lets the visitor cancel (in the confirmation link and message). */
  secretHash: text().notNull(),
  slotId: integer().notNull().references(() => bookingSlots.id, { onDelete: "restrict" }),
  partySize: integer().notNull(),
  name: text().notNull(),
  email: text(),
  lang: text().notNull(),
  source: bookingSource().notNull(),
  status: bookingStatus().notNull().default("confirmed"),
  /** The member of staff who booked at the desk. No foreign key: bookings outlive accounts. */
  bookedByAccountId: integer(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  cancelledAt: timestamp({ withTimezone: true }),
  checkedInAt: timestamp({ withTimezone: true }),
}, (t) => [
  index("bookings_slot").on(t.slotId),
  index("bookings_email").on(sql`lower(${t.email})`),
  check("bookings_party_size", sql`${t.partySize} between 1 and 1000`),
  check("bookings_lang", sql`${t.lang} in ('en', 'fr')`),
]);

/** Replies of POST /api/bookings by Idempotency-Key, kept at least 24 hours. */
export const idempotencyKeys = pgTable("idempotency_keys", {
  scope: text().notNull(),
  key: text().notNull(),
  /** SHA-256 of the request body: the same key with another body is refused. */
  requestHash: text().notNull(),
  statusCode: smallint().notNull(),
  response: jsonb().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.scope, t.key] }), index("idempotency_keys_expires").on(t.expiresAt)]);

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  /** UTF-8 text content (e.g. an iCalendar file). */
  content: string;
}

/** Messages to send, written in the transaction of what they announce; a sender delivers them. */
export const outboxMessages = pgTable("outbox_messages", {
  id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  /** What the message is about, e.g. "booking_confirmed", "booking_cancelled", "staff_invitation". */
  kind: text().notNull(),
  toAddress: text().notNull(),
  subject: text().notNull(),
  textBody: text().notNull(),
  htmlBody: text(),
  attachments: jsonb().$type<OutboxAttachment[]>().notNull().default(sql`'[]'::jsonb`),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  attempts: integer().notNull().default(0),
  nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp({ withTimezone: true }),
  lastError: text(),
}, (t) => [index("outbox_messages_pending").on(t.nextAttemptAt).where(sql`${t.sentAt} is null`)]);
