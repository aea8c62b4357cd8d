/**
 * The booking API: `/api/offers` (offers and their slots) and `/api/bookings` (book with an optional
 * Idempotency-Key, read, cancel with the secret from the confirmation, the .ics of a visit).
 */
import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError, invalidInput } from "../../lib/errors.ts";
import { apiRouter } from "../../web/api-routes.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { pageOf, offsetOf } from "../../web/paging.ts";
import { parseInput, requestLocale } from "../../web/validation.ts";
import { siteUrlOf } from "../../web/site.tsx";
import {
  cancelOwnBooking, createBooking, DEFAULT_SLOT_DAYS, getBooking, getBookingCalendar, getOffer, listOffers, listSlots,
} from "./booking.api.ts";
import { BookingConfirmation, BookingRequest, SoldOut } from "./booking.api-schemas.ts";
import { findPublicOffers, findOfferById } from "./booking.repository.ts";
import { bookingRequest, MAX_SLOT_RANGE_DAYS } from "./booking.schemas.ts";
import { bookOnline } from "./booking.commands.ts";
import { presentBooking, presentOffer, presentSlot } from "./booking.presenter.ts";
import { cancelBooking, findOwnBooking, isPublicOffer, localToday, plusDays, slotsOfOffer, type BookOutcome } from "./booking.service.ts";
import { notifyBookingCancelled, ticketCalendar } from "./booking-notifications.ts";
import { spendBookingLimits, spendCancelLimits } from "./booking-limits.ts";
import { limitRefusalOf } from "../limits/limit-answers.ts";
import { PROOF_HEADER } from "../limits/proof-of-work.ts";
import { requestOrigin } from "../../web/request-origin.ts";

const offerNotFound = (id: number) => new AppError(404, "not_found", `No bookable offer has the id ${id}. List them at /api/offers.`);
const bookingNotFound = () => new AppError(404, "not_found", "No booking has this code with this secret. Check the link in your confirmation.");

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The body as JSON, only when it says it is: a form body (or none) is never read as JSON. */
async function readJson(c: Context<AppEnv>): Promise<unknown> {
  const invalid = () => new AppError(400, "invalid_json", "The body must be JSON sent as Content-Type: application/json, e.g. {\"slotId\": 12, \"partySize\": 2, \"name\": \"Ada\", \"email\": \"ada@example.org\", \"lang\": \"en\"}.");
  if (!JSON_TYPE.test(c.req.header("content-type") ?? "")) throw invalid();
  try {
    return await c.req.json();
  } catch {
    throw invalid();
  }
}

/** The answer to a booking attempt that did not book (booked ones are answered by the caller). */
export function refusalOf(outcome: Exclude<BookOutcome, { kind: "booked" | "replayed" }>): AppError | { status: 409; body: z.input<typeof SoldOut> } {
  switch (outcome.kind) {
    case "sold_out":
      return { status: 409, body: {
        error: "sold_out",
        message: outcome.remaining > 0
          ? `Only ${outcome.remaining} place(s) are left at this time. The next times with room for the whole party are under "next".`
          : "This time is sold out. The next times with room for the whole party are under \"next\".",
        remaining: outcome.remaining,
        next: outcome.next.map(presentSlot),
      } };
    case "onsite_only":
      return new AppError(403, "onsite_only", "This visit is booked only at the museum's desk, not online. Ask at the desk when you arrive.");
    case "slot_not_found":
      return new AppError(404, "not_found", "No bookable time has this slotId. List the current times at /api/offers/{id}/slots.", { slotId: "is not a bookable time" });
    case "started":
      return new AppError(409, "slot_started", "This visit has already started; choose a later time.");
    case "beyond_horizon":
      return new AppError(409, "beyond_horizon", `This time cannot be booked yet: visits open for booking ${outcome.offer.bookingHorizonDays} days ahead.`);
    case "party_size":
      return new AppError(400, "invalid_input", `partySize must be between ${outcome.min} and ${outcome.max} for this visit.`,
        { partySize: `must be between ${outcome.min} and ${outcome.max} for this visit` });
    case "places_per_email": {
      const left = Math.max(0, outcome.cap - outcome.held);
      return new AppError(409, "places_per_email", `This e-mail address already holds ${outcome.held} place(s) for this visit on this day, and one address may hold at most ${outcome.cap}: `
        + (left > 0 ? `book at most ${left} more, ` : "") + "or ask the museum for a group booking.", { partySize: left > 0 ? `must be at most ${left} for this e-mail address on this day` : "no more places for this e-mail address on this day" });
    }
    case "key_reused":
      return new AppError(422, "idempotency_key_reused", "This Idempotency-Key was already used with a different request. Use a new key for a new booking.");
  }
}

export function offerRoutes({ db, now }: AppDeps) {
  return apiRouter()
    .openapi(listOffers, async (c) => {
      const { lang, page, pageSize, place } = c.req.valid("query");
      const locale = requestLocale(c, lang);
      const { rows, total } = await findPublicOffers(db, { placeSlug: place, limit: pageSize, offset: offsetOf({ page, pageSize }) });
      return c.json(pageOf(rows.map((o) => presentOffer(o, locale)), total, { page, pageSize }, c.req.url), 200);
    })
    .openapi(getOffer, async (c) => {
      const { id } = c.req.valid("param");
      const locale = requestLocale(c, c.req.valid("query").lang);
      const offer = await findOfferById(db, id);
      if (!offer || !isPublicOffer(offer)) throw offerNotFound(id);
      return c.json(presentOffer(offer, locale), 200);
    })
    .openapi(listSlots, async (c) => {
      const { id } = c.req.valid("param");
      const query = c.req.valid("query");
      const offer = await findOfferById(db, id);
      if (!offer || !isPublicOffer(offer)) throw offerNotFound(id);
      const from = query.from ?? localToday(offer.timeZone, now());
      const to = query.to ?? plusDays(from, DEFAULT_SLOT_DAYS);
      const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      if (span < 0) throw invalidInput({ to: `must be on or after from (${from})` });
      if (span > MAX_SLOT_RANGE_DAYS) throw invalidInput({ to: `must be at most ${MAX_SLOT_RANGE_DAYS} days after from (${from})` });
      const slots = await slotsOfOffer(db, offer, from, to, now());
      c.header("Cache-Control", "no-store");
      return c.json({ offer: offer.id, timeZone: offer.timeZone, from, to, items: slots.map(presentSlot) }, 200);
    });
}

export function bookingRoutes(deps: AppDeps) {
  const { db, now } = deps;
  const router = apiRouter();
  router.openAPIRegistry.register("BookingRequest", BookingRequest);
  return router
    .openapi(createBooking, async (c) => {
      const body = await readJson(c);
      const key = c.req.valid("header")["Idempotency-Key"];
      const input = parseInput(bookingRequest, body);
      const attempt = { slotId: input.slotId, email: input.email, address: requestOrigin(c, deps.security?.trustProxy ?? false).address, proof: c.req.header(PROOF_HEADER) };
      const stopped = limitRefusalOf(await spendBookingLimits(db, deps.limits, attempt, now()), "bookings");
      if (stopped) throw stopped;
      const outcome = await bookOnline(input, {
        db, now: now(), settings: deps.booking, siteUrl: siteUrlOf(c, deps), idempotency: key === undefined ? undefined : { key, body }, secrets: deps.secrets,
      });
      c.header("Cache-Control", "no-store");
      if (outcome.kind === "booked") return c.json(outcome.reply, 201);
      if (outcome.kind === "replayed") {
        c.header("Idempotent-Replayed", "true");
        return c.json(outcome.response as z.input<typeof BookingConfirmation>, outcome.statusCode as 201);
      }
      const refusal = refusalOf(outcome);
      if (refusal instanceof AppError) throw refusal;
      return c.json(refusal.body, refusal.status);
    })
    .openapi(getBooking, async (c) => {
      const { code } = c.req.valid("param");
      const { secret, lang } = c.req.valid("query");
      const locale = requestLocale(c, lang);
      const found = await findOwnBooking(db, code, secret ?? c.req.header("booking-secret") ?? "");
      if (!found) throw bookingNotFound();
      c.header("Cache-Control", "no-store");
      return c.json(presentBooking(found.booking, found.offer, locale), 200);
    })
    .openapi(getBookingCalendar, async (c) => {
      const { code } = c.req.valid("param");
      const { secret } = c.req.valid("query");
      const given = secret ?? c.req.header("booking-secret") ?? "";
      const found = await findOwnBooking(db, code, given);
      if (!found) throw bookingNotFound();
      c.header("Cache-Control", "no-store");
      c.header("Content-Type", "text/calendar; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="visit-${code}.ics"`);
      return c.body(ticketCalendar(found.booking, found.offer, given, siteUrlOf(c, deps)));
    })
    .openapi(cancelOwnBooking, async (c) => {
      const { code } = c.req.valid("param");
      const { secret, lang } = c.req.valid("query");
      const locale = requestLocale(c, lang);
      const given = secret ?? c.req.header("booking-secret");
      if (!given) throw new AppError(400, "invalid_input", "Give the secret from the confirmation, as ?secret= or a Booking-Secret header.", { secret: "is required" });
      const cancelStopped = limitRefusalOf(await spendCancelLimits(db, deps.limits, requestOrigin(c, deps.security?.trustProxy ?? false).address, now()), "cancellations");
      if (cancelStopped) throw cancelStopped;
      const siteUrl = siteUrlOf(c, deps);
      const outcome = await cancelBooking(db, code, {
        now: now(), secret: given,
        onCancelled: (tx, cancelled) => notifyBookingCancelled(tx, deps.secrets, cancelled.booking, cancelled.offer, siteUrl),
      });
      c.header("Cache-Control", "no-store");
      if (outcome.kind === "not_found") throw bookingNotFound();
      if (outcome.kind === "too_late") throw new AppError(409, "too_late", "This visit has started, is over or its visitors were admitted; it can no longer be cancelled.");
      return c.json(presentBooking(outcome.booking, outcome.offer, locale), 200);
    });
}
