/**
 * Reading what the front desk sends, without I/O: the booking form (e-mail optional, unlike the
 * public form), a typed or scanned code, the day asked for, and where to go back after an action.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { LOCALES, type Locale } from "../../lib/locales.ts";
import { normalizeCode } from "../booking/booking-code.ts";
import { controlCharacterFields } from "../../web/validation.ts";

export type DeskProblem =
  | "slot_required" | "slot_unknown" | "slot_started" | "party_invalid" | "name_required" | "name_too_long" | "email_invalid"
  | "control_characters" | "lang_invalid" | "form_reused" | "date_invalid" | "code_invalid";

/** The fields of the desk booking form, by input name. */
export type DeskBookingField = "slotId" | "partySize" | "name" | "email" | "lang";

export interface DeskBookingValues {
  slotId: string;
  partySize: string;
  name: string;
  email: string;
  lang: string;
}

export interface DeskBooking {
  slotId: number;
  partySize: number;
  name: string;
  email?: string;
  lang: Locale;
}

export const MAX_VISITOR_NAME = 120;

const wholeNumber = /^[0-9]{1,6}$/;
const email = z.email();

/** The desk booking form as sent: its values (to show again) and, per field, what is wrong; `valid` when nothing is. */
export function readDeskBooking(get: (name: string) => string | undefined): {
  values: DeskBookingValues; problems: Partial<Record<DeskBookingField, DeskProblem>>; valid?: DeskBooking;
} {
  const values: DeskBookingValues = {
    slotId: (get("slotId") ?? "").trim(),
    partySize: (get("partySize") ?? "").trim(),
    name: (get("name") ?? "").trim(),
    email: (get("email") ?? "").trim(),
    lang: (get("lang") ?? "").trim(),
  };
  const problems: Partial<Record<DeskBookingField, DeskProblem>> = {};
  if (!wholeNumber.test(values.slotId) || Number(values.slotId) < 1) problems.slotId = "slot_required";
  if (!wholeNumber.test(values.partySize) || Number(values.partySize) < 1) problems.partySize = "party_invalid";
  if (values.name === "") problems.name = "name_required";
  else if (values.name.length > MAX_VISITOR_NAME) problems.name = "name_too_long";
  if (values.email !== "" && (values.email.length > 254 || !email.safeParse(values.email).success)) problems.email = "email_invalid";
  if (!(LOCALES as readonly string[]).includes(values.lang)) problems.lang = "lang_invalid";
  // The one rule of every text input (web/validation.ts): each field is one line without C0 characters.
  for (const field of Object.keys(controlCharacterFields(values)) as DeskBookingField[]) problems[field] = "control_characters";
  if (Object.keys(problems).length > 0) return { values, problems };
  return {
    values, problems,
    valid: {
      slotId: Number(values.slotId), partySize: Number(values.partySize), name: values.name,
      email: values.email === "" ? undefined : values.email, lang: values.lang as Locale,
    },
  };
}

/**
 * The booking code in what a scanner or a person typed: a code in any case with spaces or dashes
 * ("k7qm 3xpd"), or an address ending in one (a ticket's QR code may hold the ticket's link).
 */
export function codeFromInput(input: string): string | undefined {
  const text = input.trim();
  const direct = normalizeCode(text);
  if (direct) return direct;
  const inLink = /\/bookings\/([A-Za-z0-9-]{8,9})(?:[/?#]|$)/.exec(text);
  return inLink ? normalizeCode(inLink[1]!) : undefined;
}

/** How far from today the desk may look, either way. */
export const DESK_DAYS_RANGE = 366;

/** The day asked for (`?date=`): today when absent, undefined when not a real date within a year of today. */
export function deskDate(asked: string | undefined, today: string): string | undefined {
  if (asked === undefined || asked === "") return today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asked)) return undefined;
  const day = DateTime.fromISO(asked, { zone: "utc" });
  if (!day.isValid) return undefined;
  const distance = Math.abs(day.diff(DateTime.fromISO(today, { zone: "utc" }), "days").days);
  return distance <= DESK_DAYS_RANGE ? asked : undefined;
}

/** `back` when it is a desk page of this place (never another site or page), else `fallback`. */
export function deskReturn(back: string | undefined, placePrefix: string, fallback: string): string {
  if (!back || !back.startsWith(placePrefix)) return fallback;
  const rest = back.slice(placePrefix.length);
  if (rest !== "" && !/^[/?]/.test(rest)) return fallback;
  if (/[\\\s]|\/\/|%2f|%5c/i.test(back)) return fallback;
  return back;
}

/** `path` with `?done=…&code=…` added (after an action, the page says what was done). */
export function withDone(path: string, done: string, code: string): string {
  const url = new URL(path, "http://desk.invalid");
  url.searchParams.delete("done");
  url.searchParams.delete("code");
  url.searchParams.set("done", done);
  url.searchParams.set("code", code);
  return url.pathname + url.search;
}
