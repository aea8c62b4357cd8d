/**
 * The booking form's rules around the booking service: which time a form books (and why it may not),
 * what the visitor typed wrong (in their language), and what the form shows when the time is full.
 */
import type { Queryable } from "../../db/database.ts";
import type { Locale } from "../../lib/locales.ts";
import { visitSummaryOf, type VisitSummary } from "./booking-pages.presenter.ts";
import { bookingText } from "./booking.page-text.ts";
import { findOfferById, findSlotById } from "./booking.repository.ts";
import { bookingRequest, MAX_NAME_LENGTH } from "./booking.schemas.ts";
import { isPublicOffer, nextSlotsFitting, slotsOfOffer, type OfferRow, type SlotView } from "./booking.service.ts";
import type { BookingFormData, FormErrors, FormValues } from "./booking-form.views.tsx";
import { localDateText } from "./visit-words.ts";
import { controlCharacterFields } from "../../web/validation.ts";

/** Next fitting times the form offers when its time is full. */
const NEXT_TIMES = 5;

export interface BookableSlot {
  kind: "bookable";
  offer: OfferRow;
  visit: VisitSummary;
  view: SlotView;
  /** The day at the place, in the page's language: "Tuesday 24 November 2026". */
  dayText: string;
}

export type SlotOfForm =
  | BookableSlot
  | { kind: "onsite_only"; visit: VisitSummary }
  | { kind: "started"; visit: VisitSummary }
  | { kind: "beyond_horizon"; visit: VisitSummary; horizonDays: number };

/** The slot a form books with its places left, or why visitors cannot book it online; undefined when it is not offered. */
export async function slotOfForm(db: Queryable, slotId: number, locale: Locale, now: Date): Promise<SlotOfForm | undefined> {
  const slot = await findSlotById(db, slotId);
  const offer = slot && await findOfferById(db, slot.offerId);
  if (!slot || !offer || !isPublicOffer(offer)) return undefined;
  const visit = visitSummaryOf(offer, locale);
  if (!visit.online) return { kind: "onsite_only", visit };
  // The day's slots as the offer's rules give them now: a time removed since, started or too far is not listed.
  const view = (await slotsOfOffer(db, offer, slot.localDate, slot.localDate, now)).find((s) => s.id === slot.id);
  if (view) return { kind: "bookable", offer, visit, view, dayText: localDateText(view.start, offer.timeZone, locale) };
  if (slot.startsAt.getTime() <= now.getTime()) return { kind: "started", visit };
  if (slot.startsAt.getTime() > now.getTime() + offer.bookingHorizonDays * 86_400_000) {
    return { kind: "beyond_horizon", visit, horizonDays: offer.bookingHorizonDays };
  }
  return undefined;
}

/** What is wrong with the form, field by field, in the visitor's language (empty when nothing is). */
export function formErrorsOf(values: FormValues, visit: VisitSummary, locale: Locale): FormErrors {
  const w = bookingText(locale);
  const errors: FormErrors = {};
  if (values.party < visit.partyMin || values.party > visit.partyMax) errors.party = w.partyInvalid(visit.partyMin, visit.partyMax);
  // The API's rules for a name and an e-mail address, worded for the form.
  const parsed = bookingRequest.pick({ name: true, email: true }).safeParse({ name: values.name, email: values.email });
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    if (issue.path[0] === "name") errors.name = values.name.trim() === "" ? w.nameMissing : w.nameTooLong(MAX_NAME_LENGTH);
    if (issue.path[0] === "email") errors.email = w.emailInvalid;
  }
  // The one rule of every text input (web/validation.ts): a name or address is one line, no C0 character.
  const control = controlCharacterFields({ name: values.name, email: values.email });
  if (control.name) errors.name = w.controlCharacters;
  if (control.email) errors.email = w.controlCharacters;
  if (visit.needsAcknowledgement && !values.acknowledge) errors.acknowledge = w.acknowledgeMissing;
  return errors;
}

export interface FormContext {
  locale: Locale;
  now: Date;
  csrfToken: string;
  formKey: string;
  /** Set when a booking was just refused because the time filled up. */
  full?: BookingFormData["full"];
  notice?: string;
  /** The limits ask this form for a proof of work (see BookingFormData). */
  proof?: boolean;
}

/** The form of a slot: party sizes up to what is left, and the next fitting times when the party does not fit. */
export async function bookingFormData(db: Queryable, slot: BookableSlot, values: FormValues, errors: FormErrors, ctx: FormContext): Promise<BookingFormData> {
  const { visit, view, offer } = slot;
  const w = bookingText(ctx.locale);
  const most = Math.min(visit.partyMax, view.remaining);
  const partySizes = most < visit.partyMin ? [] : Array.from({ length: most - visit.partyMin + 1 }, (_, i) => visit.partyMin + i);
  const wanted = Math.max(values.party, visit.partyMin);
  let full = ctx.full;
  if (!full && view.remaining < wanted) {
    full = {
      message: view.remaining === 0 ? w.timeFull : w.onlyLeft(view.remaining, wanted),
      next: await nextSlotsFitting(db, offer, view.start, wanted, ctx.now, NEXT_TIMES),
      party: wanted,
    };
  }
  return {
    visit,
    slot: { id: view.id, dayText: slot.dayText, time: view.localTime },
    partySizes,
    values: { ...values, party: partySizes.length > 0 ? Math.min(wanted, most) : wanted },
    errors,
    full,
    notice: ctx.notice,
    proof: ctx.proof ?? false,
    showForm: partySizes.length > 0,
    csrfToken: ctx.csrfToken,
    formKey: ctx.formKey,
  };
}
