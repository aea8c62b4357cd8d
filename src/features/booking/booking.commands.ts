/**
 * Booking from the website's API: the one command `POST /api/bookings` calls. It books through the
 * service, queues the confirmation in the booking's transaction and builds the reply with the
 * presenter, so the same reply is stored for an Idempotency-Key and answered to its retries.
 */
import type { Database } from "../../db/database.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";
import { sha256Hex } from "../../lib/secrets.ts";
import { notifyBookingConfirmed } from "./booking-notifications.ts";
import { presentBookingConfirmation, type BookingConfirmationReply } from "./booking.presenter.ts";
import type { BookingRequest } from "./booking.schemas.ts";
import { book, type BookingSettings, type BookOutcome } from "./booking.service.ts";

/** Canonical JSON (keys sorted) of a request body, so the same request hashes the same however it is spaced. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export interface BookOnlineContext {
  db: Database;
  now: Date;
  /** The site's own address, for the links of the reply and of the confirmation. */
  siteUrl: string;
  settings?: BookingSettings;
  /** The client's Idempotency-Key and the body exactly as sent (hashed, so another body under the same key is refused). */
  idempotency?: { key: string; body: unknown };
  /** Seals the confirmation while it waits and the reply kept for the Idempotency-Key. */
  secrets: SecretKeyring;
}

/** What booking online did: the reply of a new booking, or why there is none (a replay carries its stored reply). */
export type OnlineBookingOutcome = Exclude<BookOutcome, { kind: "booked" }> | { kind: "booked"; reply: BookingConfirmationReply };

/** Books a visitor's request made online (refused for offers sold only at the desk) and confirms it by e-mail. */
export async function bookOnline(input: BookingRequest, ctx: BookOnlineContext): Promise<OnlineBookingOutcome> {
  const { siteUrl, idempotency } = ctx;
  const outcome = await book(ctx.db, { ...input, source: "online" }, {
    now: ctx.now,
    settings: ctx.settings,
    secrets: ctx.secrets,
    idempotency: idempotency === undefined ? undefined : {
      scope: "bookings", key: idempotency.key, requestHash: sha256Hex(canonicalJson(idempotency.body)),
      reply: (booked) => presentBookingConfirmation(booked, siteUrl),
    },
    onBooked: (tx, booked) => notifyBookingConfirmed(tx, ctx.secrets, booked.booking, booked.offer, booked.secret, siteUrl),
  });
  return outcome.kind === "booked" ? { kind: "booked", reply: presentBookingConfirmation(outcome, siteUrl) } : outcome;
}
