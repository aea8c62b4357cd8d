/**
 * The booking as an iCalendar file (RFC 5545) that adds the visit to the visitor's calendar. Times
 * are the place's wall-clock times with their VTIMEZONE (built from the zone rules Node has), so a
 * 10:00 visit reads 10:00 at the museum and every calendar shows it at the right instant. The file
 * only changes when the booking does: DTSTAMP is the booking's last change and SEQUENCE counts its
 * changes (one, the cancellation), so the same booking gives the same bytes (and ETag) on every
 * download, and a cancellation (METHOD:CANCEL in its mail) replaces the event the confirmation added.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { vtimezone } from "../../lib/vtimezone.ts";
import { bookingMailText } from "./booking.mail-text.ts";
import type { TicketFacts } from "./ticket-facts.ts";

/** The same event for a booking in every file made of it, so a second download updates the first. */
export const bookingEventUid = (t: Pick<TicketFacts, "code" | "ticketUrl">) =>
  `booking-${t.code.replace(/[^A-Za-z0-9]/g, "")}@${new URL(t.ticketUrl).hostname}`;

/** Where the booking stands for a calendar: `changedAt` is when it was made, or cancelled. */
export interface BookingEventState {
  cancelled: boolean;
  changedAt: Date;
}

export type BookingCalendarMethod = "PUBLISH" | "CANCEL";

/** The .ics text: PUBLISH for the download and the confirmation, CANCEL in the cancellation notice. */
export function bookingIcs(t: TicketFacts, state: BookingEventState, method: BookingCalendarMethod = "PUBLISH"): string {
  const w = bookingMailText(t.lang);
  const calendar = ical({
    prodId: { company: "Remembrance", product: "Bookings", language: t.lang.toUpperCase() },
    method: method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: (zone) => vtimezone(zone, t.start) },
  });
  // A cancelled booking has no ticket to open nor anything left to cancel: its links are left out.
  const links = state.cancelled ? [] : ["", w.labelled(w.ticket, t.ticketUrl), w.labelled(w.cancel, t.cancelUrl)];
  const description = [
    w.labelled(w.code, t.code),
    w.labelled(w.party, w.people(t.partySize)),
    ...(t.requirements.length > 0 ? ["", w.listIntro(w.beforeYouCome), ...t.requirements.map((r) => `- ${r}`)] : []),
    ...links,
  ];
  const local = (d: Date) => DateTime.fromJSDate(d, { zone: t.timeZone });
  calendar.createEvent({
    id: bookingEventUid(t),
    sequence: state.cancelled ? 1 : 0,
    timezone: t.timeZone,
    start: local(t.start),
    end: local(t.end),
    stamp: state.changedAt,
    summary: t.offerTitle,
    location: [t.placeName, t.placeAddress].filter(Boolean).join(", "),
    description: description.join("\n"),
    url: state.cancelled ? null : t.ticketUrl,
    status: state.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  // RFC 5545 ends every content line with CRLF, the last one included.
  return `${calendar.toString().replace(/(\r\n)?$/, "")}\r\n`;
}
