/** The live facts of a place page: its schedule and what it says right now. */
import { nextLocalMidnight, openingStatus, upcomingExceptions, weekdaysClosed, weekFrom, type Schedule } from "../../lib/opening-hours.ts";
import type { presentPlace } from "./places.presenter.ts";

type PresentedPlace = ReturnType<typeof presentPlace>;

/**
 * Whether entering a place is free: free when an offer covering the permanent collection or the
 * whole site is free; paid when such offers exist and none is; undefined when none is published.
 * The one rule behind the home cards, the place page's badge and its JSON-LD.
 */
export function admissionOf(offers: { covers: string; isFree: boolean }[]): "free" | "paid" | undefined {
  const entry = offers.filter((o) => o.covers === "permanent_collection" || o.covers === "whole_site");
  if (entry.length === 0) return undefined;
  return entry.some((o) => o.isFree) ? "free" : "paid";
}

interface HoursLike { weekday: number; opens?: string | null; closes?: string | null; validFrom?: string | null; validUntil?: string | null }
interface ExceptionLike { startsOn: string; endsOn: string; opens?: string | null; closes?: string | null }

/** A place's schedule from its hours and exceptions, as rows or as presented (absent and null alike). */
export function scheduleOf(timeZone: string, hours: HoursLike[], exceptions: ExceptionLike[]): Schedule {
  return {
    timeZone,
    weekly: hours.flatMap((h) => (h.opens && h.closes
      ? [{ weekday: h.weekday, opens: h.opens, closes: h.closes, validFrom: h.validFrom, validUntil: h.validUntil }] : [])),
    exceptions: exceptions.map((e) => ({ startsOn: e.startsOn, endsOn: e.endsOn, opens: e.opens ?? null, closes: e.closes ?? null })),
  };
}

/** Status now, the week from today, weekdays always closed, coming exceptions, and when this all next changes. */
export function liveHours(place: PresentedPlace, now: Date) {
  return liveHoursOf(scheduleOf(place.timeZone, place.openingHours, place.openingExceptions), now);
}

/** `liveHours` from a schedule built directly from rows (the place cards, which load no details). */
export function liveHoursOf(schedule: Schedule, now: Date) {
  const status = openingStatus(schedule, now);
  const week = weekFrom(schedule, now);
  // The week table shifts at local midnight even when the status does not change.
  const midnight = nextLocalMidnight(schedule, now);
  const statusChange = status.state === "unknown" ? null : status.nextChange;
  const expiresAt = statusChange && statusChange < midnight ? statusChange : midnight;
  return { status, week, closedWeekdays: weekdaysClosed(schedule), exceptions: upcomingExceptions(schedule, now), expiresAt };
}
export type LiveHours = ReturnType<typeof liveHours>;
