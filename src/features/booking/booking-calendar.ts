/**
 * The booking as an iCalendar file (RFC 5545) that adds the visit to the visitor's calendar. Times
 * are written in UTC, which every calendar reads without a VTIMEZONE block, and shown by it in the
 * visitor's own zone; X-WR-TIMEZONE names the place's zone for the clients that use it.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { bookingMailText } from "./booking.mail-text.ts";
import type { TicketFacts } from "./ticket-facts.ts";

/** The same event for a booking in every file made of it, so a second download updates the first. */
export const bookingEventUid = (t: Pick<TicketFacts, "code" | "ticketUrl">) =>
  `booking-${t.code.replace(/[^A-Za-z0-9]/g, "")}@${new URL(t.ticketUrl).hostname}`;

/** The .ics text; `stamp` (DTSTAMP) is when the file is made. */
export function bookingIcs(t: TicketFacts, stamp: Date): string {
  const w = bookingMailText(t.lang);
  const calendar = ical({
    prodId: { company: "Remembrance", product: "Bookings", language: t.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    x: [{ key: "X-WR-TIMEZONE", value: t.timeZone }],
  });
  const description = [
    w.labelled(w.code, t.code),
    w.labelled(w.party, w.people(t.partySize)),
    ...(t.requirements.length > 0 ? ["", w.listIntro(w.beforeYouCome), ...t.requirements.map((r) => `- ${r}`)] : []),
    "",
    w.labelled(w.ticket, t.ticketUrl),
    w.labelled(w.cancel, t.cancelUrl),
  ];
  calendar.createEvent({
    id: bookingEventUid(t),
    start: t.start,
    end: t.end,
    stamp,
    summary: t.offerTitle,
    location: [t.placeName, t.placeAddress].filter(Boolean).join(", "),
    description: description.join("\n"),
    url: t.ticketUrl,
    status: ICalEventStatus.CONFIRMED,
  });
  // RFC 5545 ends every content line with CRLF, the last one included.
  return `${calendar.toString().replace(/(\r\n)?$/, "")}\r\n`;
}
