/**
 * The front desk's view of a place's days: each visit's slots of a day with what is booked, left and
 * admitted and the bookings made on them; places left per day for the week ahead; and the times
 * with room the desk can book. Slots come from the booking service (its rules, its stored rows).
 */
import type { Queryable } from "../../db/database.ts";
import { isPublicOffer, plusDays, slotsOfOffer, type OfferRow, type SlotView } from "../booking/booking.service.ts";
import { bookingsOfSlots, type SlotBookingRow as DeskBookingRow } from "../booking/booking-staff.service.ts";

/** Days ahead (today included) the booking form offers times for. */
export const DESK_BOOKING_DAYS = 7;
/** Days the summary under a day covers (that day included). */
export const SUMMARY_DAYS = 7;

export interface DeskSlot extends SlotView {
  booked: number;
  /** People admitted (checked in) on this slot. */
  admitted: number;
  started: boolean;
  bookings: DeskBookingRow[];
}

export interface DeskOfferDay {
  offer: OfferRow;
  slots: DeskSlot[];
}

export interface DaySummary {
  date: string;
  /** Places still for sale that day (in slots not started yet). */
  placesLeft: number;
  /** False when no visit is given that day (closed). */
  hasVisits: boolean;
}

export interface DeskDay {
  date: string;
  offers: DeskOfferDay[];
  summary: DaySummary[];
}

const peopleAdmitted = (bookings: DeskBookingRow[]) =>
  bookings.filter((b) => b.status === "checked_in").reduce((sum, b) => sum + b.partySize, 0);

/**
 * The day `date` at a place whose offers are `offers`: archived visits only when they hold bookings
 * that day. Listing creates the slot rows not stored yet, as for visitors.
 */
export async function deskDay(db: Queryable, offers: OfferRow[], date: string, now: Date): Promise<DeskDay> {
  const last = plusDays(date, SUMMARY_DAYS - 1);
  const slotsByOffer = await Promise.all(offers.map((offer) => slotsOfOffer(db, offer, date, last, now, { includeStarted: true, ignoreHorizon: true })));
  const ofDay = slotsByOffer.map((slots) => slots.filter((s) => s.localDate === date));
  const bookings = await bookingsOfSlots(db, ofDay.flat().map((s) => s.id));
  const bySlot = new Map<number, DeskBookingRow[]>();
  for (const b of bookings) bySlot.set(b.slotId, [...(bySlot.get(b.slotId) ?? []), b]);

  const days: DeskOfferDay[] = offers.flatMap((offer, i) => {
    const slots = ofDay[i]!.map((s): DeskSlot => {
      const held = bySlot.get(s.id) ?? [];
      return { ...s, booked: s.capacity - s.remaining, admitted: peopleAdmitted(held), started: s.start.getTime() <= now.getTime(), bookings: held };
    });
    if (offer.archivedAt !== null && slots.every((s) => s.bookings.length === 0)) return [];
    return [{ offer, slots }];
  });

  const summary: DaySummary[] = [];
  for (let d = 0; d < SUMMARY_DAYS; d++) {
    const day = plusDays(date, d);
    const slots = slotsByOffer.flatMap((list, i) => (isPublicOffer(offers[i]!) ? list.filter((s) => s.localDate === day) : []));
    summary.push({
      date: day,
      hasVisits: slots.length > 0,
      placesLeft: slots.filter((s) => s.start.getTime() > now.getTime()).reduce((sum, s) => sum + s.remaining, 0),
    });
  }
  return { date, offers: days, summary };
}

export interface BookableGroup {
  date: string;
  offer: OfferRow;
  slots: SlotView[];
}

/**
 * Times the desk can book, by day and visit: not started, with room, from today for
 * DESK_BOOKING_DAYS days (beyond the public horizon too), plus the day `alsoDate` when it lies later.
 */
export async function bookableSlots(db: Queryable, offers: OfferRow[], today: string, now: Date, alsoDate?: string): Promise<BookableGroup[]> {
  const last = plusDays(today, DESK_BOOKING_DAYS - 1);
  const open = offers.filter(isPublicOffer);
  const lists = await Promise.all(open.map(async (offer) => {
    const slots = await slotsOfOffer(db, offer, today, last, now, { ignoreHorizon: true });
    const extra = alsoDate !== undefined && alsoDate > last ? await slotsOfOffer(db, offer, alsoDate, alsoDate, now, { ignoreHorizon: true }) : [];
    return [...slots, ...extra].filter((s) => s.remaining > 0);
  }));
  const groups: BookableGroup[] = [];
  open.forEach((offer, i) => {
    for (const slot of lists[i]!) {
      let group = groups.find((g) => g.date === slot.localDate && g.offer.id === offer.id);
      if (!group) groups.push(group = { date: slot.localDate, offer, slots: [] });
      group.slots.push(slot);
    }
  });
  // By day, then in the order the place lists its visits (offers come sorted by position).
  return groups.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : open.indexOf(a.offer) - open.indexOf(b.offer)));
}
