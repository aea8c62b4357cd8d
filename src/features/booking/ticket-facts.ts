/** What a ticket says, already worded: the confirmation page, the messages and the .ics file are made from it. */
export interface TicketFacts {
  /** The booking code as the visitor reads it, e.g. "K7QM-3XPD". */
  code: string;
  lang: "en" | "fr";
  offerTitle: string;
  placeName: string;
  placeAddress?: string;
  /** The place's IANA time zone, e.g. "Europe/Paris". */
  timeZone: string;
  start: Date;
  end: Date;
  /** The visit's date at the place, in `lang`: "Saturday 28 March 2026" / "samedi 28 mars 2026". */
  localDateText: string;
  /** The visit's start time at the place: "10:00". */
  localTimeText: string;
  partySize: number;
  /** The visitor's name as they gave it (untrusted text: escape it in HTML). */
  name: string;
  /** What to know before coming, one sentence each, in `lang`. */
  requirements: string[];
  ticketUrl: string;
  cancelUrl: string;
  /** The offer is sold at the museum's desk only (not online). */
  onsite: boolean;
}
