/**
 * What the front desk does to bookings, as commands: book for a visitor, check in, mark a no-show,
 * cancel. Each checks the actor's right to the place's bookings (a refusal is a 403, audited), then
 * lets booking change the booking and records the audit entry in booking's transaction.
 */
import type { Transaction } from "../../db/database.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";
import { sha256Hex } from "../../lib/secrets.ts";
import type { Actor } from "../../web/app-env.ts";
import { recordAudit, type CommandContext } from "../audit/audit.service.ts";
import { localIso } from "../booking/booking.presenter.ts";
import { notifyBookingCancelled, notifyBookingConfirmed } from "../booking/booking-notifications.ts";
import {
  book, cancelBooking, checkIn, markNoShow,
  type BookInput, type BookingRow, type BookingSettings, type BookOutcome, type CancelOutcome, type CheckInOutcome, type NoShowOutcome, type OfferRow,
} from "../booking/booking.service.ts";
import { authorizeActor } from "../staff/staff.guard.ts";
import type { DeskPlace } from "./desk.repository.ts";

/** What the audit log keeps of a booking after a change. */
export function bookingSnapshot(row: BookingRow, offer: OfferRow) {
  const b = row.booking;
  return {
    code: b.code, status: b.status, partySize: b.partySize, name: b.name, email: b.email, lang: b.lang, source: b.source,
    offer: offer.slug, start: localIso(row.slot.startsAt, offer.timeZone),
    ...(b.checkedInAt ? { checkedInAt: b.checkedInAt.toISOString() } : {}),
    ...(b.cancelledAt ? { cancelledAt: b.cancelledAt.toISOString() } : {}),
  };
}

export type BookingAction = "booking.create" | "booking.check_in" | "booking.no_show" | "booking.cancel";

/** Records a change to a booking in the audit log, inside the transaction of the change. */
const auditBooking = (tx: Transaction, ctx: CommandContext, action: BookingAction, row: BookingRow, offer: OfferRow) =>
  recordAudit(tx, ctx.origin, {
    action, entityKind: "booking", entityKey: row.booking.code, placeId: offer.placeId, after: bookingSnapshot(row, offer),
  }, ctx.now());

const mayManage = (actor: Actor, place: DeskPlace, code: string | undefined, ctx: CommandContext) =>
  authorizeActor(actor, "bookings.manage", { placeId: place.id }, { entityKind: "booking", entityKey: code }, ctx);

/** The commands that queue a message also take the keyring that seals it. */
type SealingContext = CommandContext & { secrets: SecretKeyring };

export interface DeskBookingInput {
  place: DeskPlace;
  booking: Omit<BookInput, "source" | "bookedByAccountId">;
  /** The form's own key: a second click on "Book" (or a resent form) books once. */
  formKey?: string;
  /** The site's address, for the links of the confirmation. */
  siteUrl: string;
  settings?: BookingSettings;
}

/** Books a visit for someone at the desk (any visit of the place, sold online or not), with its confirmation message. */
export async function bookAtDesk(actor: Actor, input: DeskBookingInput, ctx: SealingContext): Promise<BookOutcome> {
  await mayManage(actor, input.place, undefined, ctx);
  const { booking, formKey, siteUrl } = input;
  return book(ctx.db, { ...booking, source: "desk", bookedByAccountId: actor.accountId }, {
    now: ctx.now(),
    settings: input.settings,
    secrets: ctx.secrets,
    idempotency: formKey ? {
      scope: `desk:${actor.accountId}`, key: formKey, requestHash: sha256Hex(JSON.stringify(booking)), reply: (booked) => ({ code: booked.booking.booking.code }),
    } : undefined,
    onBooked: async (tx, booked) => {
      await auditBooking(tx, ctx, "booking.create", booked.booking, booked.offer);
      await notifyBookingConfirmed(tx, ctx.secrets, booked.booking, booked.offer, booked.secret, siteUrl);
    },
  });
}

/** Admits the party of booking `code` of the place (on the day of its visit only). */
export async function checkInAtDesk(actor: Actor, input: { place: DeskPlace; code: string }, ctx: CommandContext): Promise<CheckInOutcome> {
  await mayManage(actor, input.place, input.code, ctx);
  return checkIn(ctx.db, input.code, [input.place.id], ctx.now(), (tx, admitted) => auditBooking(tx, ctx, "booking.check_in", admitted.booking, admitted.offer));
}

/** Records that the party of booking `code` of the place did not come. */
export async function markNoShowAtDesk(actor: Actor, input: { place: DeskPlace; code: string }, ctx: CommandContext): Promise<NoShowOutcome> {
  await mayManage(actor, input.place, input.code, ctx);
  return markNoShow(ctx.db, input.code, [input.place.id], ctx.now(), (tx, marked) => auditBooking(tx, ctx, "booking.no_show", marked.booking, marked.offer));
}

/**
 * Cancels booking `code` (until its party is admitted), with the cancellation message. The caller
 * has checked the booking is one of the place's: the booking service does not know places.
 */
export async function cancelAtDesk(actor: Actor, input: { place: DeskPlace; code: string; siteUrl: string }, ctx: SealingContext): Promise<CancelOutcome> {
  await mayManage(actor, input.place, input.code, ctx);
  return cancelBooking(ctx.db, input.code, {
    now: ctx.now(), byStaff: true,
    onCancelled: async (tx, cancelled) => {
      await auditBooking(tx, ctx, "booking.cancel", cancelled.booking, cancelled.offer);
      await notifyBookingCancelled(tx, ctx.secrets, cancelled.booking, cancelled.offer, input.siteUrl);
    },
  });
}
