/** Ticket facts for tests of what a booking says (messages, .ics), already worded as the booking feature words them. */
import { DateTime } from "luxon";
import type { TicketFacts } from "../src/features/booking/ticket-facts.ts";

/** The instant of a local time in Paris, e.g. "2026-03-28T10:00". */
export const parisAt = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Paris" }).toJSDate();

export const aTicket = (o: Partial<TicketFacts> = {}): TicketFacts => ({
  code: "K7QM-3XPD",
  lang: "en",
  offerTitle: "Guided tour of the command post of Colonel Rol-Tanguy, 26 metres underground",
  placeName: "Musée de la Libération de Paris – musée du Général Leclerc – musée Jean Moulin",
  placeAddress: "4 avenue du Colonel Henri Rol-Tanguy, 75014 Paris",
  timeZone: "Europe/Paris",
  start: parisAt("2026-03-28T10:00"),
  end: parisAt("2026-03-28T11:00"),
  localDateText: "Saturday 28 March 2026",
  localTimeText: "10:00",
  partySize: 3,
  name: "Ada Lovelace",
  requirements: ["100 steps to go down and back up.", "Not step-free (no wheelchair access)."],
  ticketUrl: "https://memorial.example.org/en/bookings/K7QM3XPD?secret=abc",
  cancelUrl: "https://memorial.example.org/en/bookings/K7QM3XPD/cancel?secret=abc",
  onsite: false,
  ...o,
});
