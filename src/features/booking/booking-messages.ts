/** The messages a booking sends, in its language: for the outbox, queued in the booking's transaction. */
import type { NewOutboxMessage } from "../outbox/outbox.service.ts";
import { bookingIcs, type BookingEventState } from "./booking-calendar.ts";
import { CancellationMail, ConfirmationMail } from "./booking-mail.views.tsx";
import { bookingMailText, type BookingMailText } from "./booking.mail-text.ts";
import type { TicketFacts } from "./ticket-facts.ts";

/** Renders a synchronous hono/jsx tree to a string. */
function renderHtml(element: ReturnType<typeof ConfirmationMail>): string {
  const html = element.toString();
  if (typeof html !== "string") throw new Error("A mail view must render synchronously.");
  return `<!DOCTYPE html>${html}`;
}

function visitLines(t: TicketFacts, w: BookingMailText): string[] {
  return [
    w.labelled(w.visit, t.offerTitle),
    w.labelled(w.place, t.placeName),
    ...(t.placeAddress ? [w.labelled(w.address, t.placeAddress)] : []),
    w.labelled(w.when, w.at(t.localDateText, t.localTimeText)),
    w.labelled(w.party, w.people(t.partySize)),
  ];
}

/** The confirmation: the visit, the code, what to know, the ticket and cancel links, and the .ics attached. */
export function bookingConfirmedMessage(t: TicketFacts, email: string, state: BookingEventState): NewOutboxMessage {
  const w = bookingMailText(t.lang);
  const subject = w.confirmedSubject(t.offerTitle, t.localDateText, t.localTimeText);
  const text = [
    w.hello(t.name), "",
    w.confirmed, "",
    ...visitLines(t, w),
    w.labelled(w.code, t.code), "",
    w.showCode, "",
    ...(t.requirements.length > 0 ? [w.listIntro(w.beforeYouCome), ...t.requirements.map((r) => `- ${r}`), ""] : []),
    w.labelled(w.ticket, t.ticketUrl),
    w.labelled(w.cancel, t.cancelUrl),
    w.cancelHint, "",
    w.calendarHint,
    w.keepPrivate,
  ];
  return {
    kind: "booking_confirmed",
    toAddress: email,
    subject,
    textBody: `${text.join("\n")}\n`,
    htmlBody: renderHtml(ConfirmationMail({ t, w, subject })),
    attachments: [{ filename: `visit-${t.code}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: bookingIcs(t, state) }],
  };
}

/**
 * The notice that a booking is cancelled: no links, the booking is over. Its .ics (METHOD:CANCEL, the
 * confirmation's UID, a higher SEQUENCE) lets the visitor's mail client take the visit off their calendar.
 */
export function bookingCancelledMessage(t: TicketFacts, email: string, state: BookingEventState): NewOutboxMessage {
  const w = bookingMailText(t.lang);
  const subject = w.cancelledSubject(t.offerTitle, t.localDateText, t.localTimeText);
  const text = [w.hello(t.name), "", w.cancelled, "", ...visitLines(t, w), w.labelled(w.code, t.code), "", w.anotherTime];
  return {
    kind: "booking_cancelled",
    toAddress: email,
    subject,
    textBody: `${text.join("\n")}\n`,
    htmlBody: renderHtml(CancellationMail({ t, w, subject })),
    attachments: [{ filename: `visit-${t.code}.ics`, contentType: "text/calendar; charset=utf-8; method=CANCEL", content: bookingIcs(t, state, "CANCEL") }],
  };
}
