/** Input of the booking API and pages (Zod): every message says what to fix. */
import { z } from "zod";
import { LOCALES } from "../../lib/locales.ts";
import { slug } from "../../lib/slug.ts";
import { digitsAsNumber, langParam, listQuery } from "../../web/validation.ts";
import { normalizeCode } from "./booking-code.ts";

/** The most days one slots request may span (a month and a bit: a calendar page). */
export const MAX_SLOT_RANGE_DAYS = 62;

const localDate = z.iso.date("must be a date written YYYY-MM-DD");
const jsonId = (what: string) => z.number({ error: `must be the ${what}'s id, a whole number` })
  .int(`must be the ${what}'s id, a whole number`).min(1, `must be the ${what}'s id, a whole number`).max(2_147_483_647, `must be the ${what}'s id, a whole number`);
/** An id in a path: text, digits only. */
const wholeId = (what: string) => digitsAsNumber(jsonId(what));

export const offerListQuery = listQuery({ place: slug.optional() });

export const offerIdParam = z.object({ id: wholeId("offer") });

export const slotsQuery = z.object({
  lang: langParam,
  from: localDate.optional(),
  to: localDate.optional(),
}).strict().superRefine((q, ctx) => {
  if (q.from && q.to) {
    if (q.to < q.from) ctx.addIssue({ code: "custom", path: ["to"], message: "must be on or after from" });
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
    if (days > MAX_SLOT_RANGE_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: `must be at most ${MAX_SLOT_RANGE_DAYS} days after from` });
  }
});

export const MAX_NAME_LENGTH = 120;

/**
 * A booking request, from the API (JSON) or the booking form. Numbers are JSON numbers: `true` or
 * `"2"` is refused, not read as 1 or 2 (the form reads its digits before).
 */
export const bookingRequest = z.object({
  slotId: jsonId("slot"),
  partySize: z.number({ error: "must be the number of people, a whole number" }).int("must be the number of people, a whole number")
    .min(1, "must be at least 1").max(1000, "must be at most 1000"),
  name: z.string({ error: "must be the name the booking is under" }).trim().min(1, "must be the name the booking is under")
    .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`),
  email: z.string({ error: "must be an e-mail address" }).trim().max(254, "must be at most 254 characters")
    .pipe(z.email("must be an e-mail address, e.g. name@example.org")),
  lang: z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(", ")}` }),
}).strict();
export type BookingRequest = z.infer<typeof bookingRequest>;

/** An Idempotency-Key header: any printable ASCII token a client generates (e.g. a UUID). */
export const idempotencyKeyHeader = z.string().regex(/^[\x21-\x7e]{1,255}$/, "must be 1 to 255 printable ASCII characters, e.g. a UUID");

export const bookingCode = z.string().transform((value, ctx) => {
  const code = normalizeCode(value);
  if (!code) {
    ctx.addIssue({ code: "custom", message: "must be a booking code of 8 letters and digits, e.g. K7QM-3XPD" });
    return z.NEVER;
  }
  return code;
});

export const bookingSecretQuery = z.object({
  secret: z.string().min(1, "must be the secret from the booking confirmation").max(200).optional(),
  lang: langParam,
}).strict();
