/**
 * The public booking pages, in one language: a visit's times (`/places/{place}/visits/{visit}`), the
 * booking form (`/bookings/new`, sent to `POST /bookings`), and the ticket pages (booking-ticket.pages.tsx).
 * Availability is live: these pages are never cached. Every form write carries the double-submit token.
 */
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Queryable } from "../../db/database.ts";
import type { Locale } from "../../lib/locales.ts";
import { notFound } from "../../lib/errors.ts";
import { newSecret, sha256Hex } from "../../lib/secrets.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { formCookieCsrf, formCsrfToken } from "../../web/form-csrf.ts";
import { pagePaths } from "../../web/paths.ts";
import { siteUrlOf } from "../../web/site.tsx";
import { bookingPage } from "./booking-layout.tsx";
import { bookingFormData, formErrorsOf, slotOfForm, type BookableSlot } from "./booking-form.service.ts";
import { BookingFormPage, BookingRefusedPage, type FormValues } from "./booking-form.views.tsx";
import { bookingLinks, notifyBookingConfirmed } from "./booking-notifications.ts";
import { offerPath, visitSummaryOf, type TimeLine, type VisitSummary } from "./booking-pages.presenter.ts";
import { bookingText } from "./booking.page-text.ts";
import { findPublicOffers } from "./booking.repository.ts";
import { book, localToday, nextSlotsFitting, plusDays, slotsOfOffer, type BookingRow } from "./booking.service.ts";
import { ticketPages } from "./booking-ticket.pages.tsx";
import { spendBookingLimits } from "./booking-limits.ts";
import { minutesOf, retryAfterSeconds } from "../limits/limit-rules.ts";
import { PROOF_FIELD } from "../limits/proof-of-work.ts";
import { requestOrigin } from "../../web/request-origin.ts";
import { FormExpiredPage } from "./booking-ticket.views.tsx";
import { createLocalizer } from "../../lib/localized-text.ts";
import { OfferPage, type OfferPageData } from "./booking.views.tsx";
import { findRoomOfVisit, type VisitRoomRow } from "./visit-room.repository.ts";
import { ROOM_TITLE } from "../../web/i18n/room-title.ts";

/** Days the calendar of a visit offers: today and the next 13. */
const CALENDAR_DAYS = 14;
/** Next fitting times listed under a time too full for the party. */
const NEXT_TIMES = 3;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FORM_KEY = /^[A-Za-z0-9_-]{43}$/;
/** The booking forms are a few short fields: anything larger is not one of them. */
const MAX_FORM_BYTES = 16 * 1024;

/** A whole number written plainly ("3"), else undefined. */
const wholeNumber = (text: string | undefined) => (text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : undefined);

/** The room a visit takes visitors to, in one language, with the events it tells. */
function visitRoomOf(row: VisitRoomRow, locale: Locale): NonNullable<OfferPageData["room"]> {
  const l = createLocalizer(locale);
  return {
    slug: row.slug, title: ROOM_TITLE[locale](row.number ?? undefined, l.required("title", row.title)), titleLang: l.fallbacks().title,
    events: row.events.map((e, i) => ({ slug: e.slug, title: l.required(`events.${i}`, e.title), titleLang: l.fallbacks()[`events.${i}`] })),
  };
}

async function findPublicOffer(db: Queryable, placeSlug: string, visitSlug: string) {
  const { rows } = await findPublicOffers(db, { placeSlug, offerSlug: visitSlug, limit: 1, offset: 0 });
  return rows[0];
}

export function bookingPages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  const w = bookingText(locale);
  const expired = (c: Context<AppEnv>, status: 403 | 413) =>
    bookingPage(c, deps, locale, { path: "/", title: w.formExpiredTitle, noindex: true }, <FormExpiredPage locale={locale} />, status);
  const limit = bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => expired(c, 413) });
  const csrf = formCookieCsrf(deps, (c) => expired(c, 403));
  const formPath = (slotId: number, party: number) => pagePaths.bookingForm({ slot: slotId, party });

  const refused = (c: Context<AppEnv>, visit: VisitSummary, slotId: number, title: string, message: string, status: 403 | 409) =>
    bookingPage(c, deps, locale, { path: formPath(slotId, visit.partyMin), title, noindex: true },
      <BookingRefusedPage visit={visit} title={title} message={message} locale={locale} />, status);

  /** The slot of a form, or the page saying why it cannot be booked. */
  async function bookable(c: Context<AppEnv>, slotId: number | undefined): Promise<BookableSlot | Response> {
    const found = slotId === undefined ? undefined : await slotOfForm(db, slotId, locale, deps.now());
    if (!found) throw notFound("bookable time", String(slotId));
    if (found.kind === "onsite_only") return refused(c, found.visit, slotId!, w.onsiteOnlyTitle, w.onsiteOnlyTip, 403);
    if (found.kind === "started") return refused(c, found.visit, slotId!, w.startedTitle, w.started, 409);
    if (found.kind === "beyond_horizon") return refused(c, found.visit, slotId!, w.notYetTitle, w.beyondHorizon(found.horizonDays), 409);
    return found;
  }

  const formPage = (c: Context<AppEnv>, slot: BookableSlot, data: Awaited<ReturnType<typeof bookingFormData>>, status: 200 | 400 | 409 | 429) =>
    bookingPage(c, deps, locale, { path: formPath(slot.view.id, data.values.party), title: `${w.bookTitle}${w.colon}${slot.visit.title}`, noindex: true },
      <BookingFormPage data={data} locale={locale} />, status);

  return new Hono<AppEnv>()
    // "/bookings/*" also matches "/bookings" itself: every write of the booking path.
    .use("/bookings/*", limit, csrf)
    .get("/places/:place/visits/:visit", async (c) => {
      const offer = await findPublicOffer(db, c.req.param("place"), c.req.param("visit"));
      if (!offer) throw notFound("visit", `${c.req.param("place")}/${c.req.param("visit")}`);
      const visit = visitSummaryOf(offer, locale);
      const askedParty = c.req.query("party");
      const party = askedParty === undefined ? offer.minParty : wholeNumber(askedParty);
      if (party === undefined || party < offer.minParty || party > offer.maxParty) throw notFound("party size", askedParty ?? "");
      const now = deps.now();
      const today = localToday(offer.timeZone, now);
      const dates = Array.from({ length: CALENDAR_DAYS }, (_, i) => plusDays(today, i));
      const asked = c.req.query("date");
      if (asked !== undefined && !dates.includes(asked)) {
        if (!ISO_DATE.test(asked)) throw notFound("date", asked);
        // A day that has passed (a kept link) or is too far: the calendar as it is today.
        return c.redirect(offerPath(locale, visit, { party: askedParty === undefined ? undefined : party }), 302);
      }
      const [slots, roomRow] = await Promise.all([slotsOfOffer(db, offer, today, dates.at(-1)!, now), findRoomOfVisit(db, offer.id)]);
      const days = dates.map((date) => ({ date, hasTimes: slots.some((s) => s.localDate === date) }));
      const chosen = asked ?? days.find((d) => d.hasTimes)?.date ?? today;
      const times: TimeLine[] = [];
      for (const slot of slots.filter((s) => s.localDate === chosen)) {
        const fits = slot.remaining >= party;
        // A family stays together: a time without room for the whole party points to the next ones that have it.
        times.push({ slot, fits, next: fits || !visit.online ? undefined : await nextSlotsFitting(db, offer, slot.start, party, now, NEXT_TIMES) });
      }
      const path = offerPath(locale, visit).slice(3);
      return bookingPage(c, deps, locale, { path, title: `${visit.title} — ${visit.placeName}`, description: visit.description?.split("\n")[0] },
        <OfferPage data={{ visit, days, chosen, party, times, room: roomRow ? visitRoomOf(roomRow, locale) : undefined }} locale={locale} />);
    })
    .get("/bookings/new", async (c) => {
      const slot = await bookable(c, wholeNumber(c.req.query("slot")));
      if (slot instanceof Response) return slot;
      const asked = wholeNumber(c.req.query("party"));
      const party = asked !== undefined && asked >= slot.visit.partyMin && asked <= slot.visit.partyMax ? asked : slot.visit.partyMin;
      const values: FormValues = { party, name: "", email: "", acknowledge: false };
      const data = await bookingFormData(db, slot, values, {}, { locale, now: deps.now(), csrfToken: formCsrfToken(c, deps), formKey: newSecret() });
      return formPage(c, slot, data, 200);
    })
    .post("/bookings", async (c) => {
      const body = await c.req.parseBody();
      const text = (name: string) => (typeof body[name] === "string" ? body[name] : "");
      const slot = await bookable(c, wholeNumber(text("slot")));
      if (slot instanceof Response) return slot;
      const values: FormValues = { party: wholeNumber(text("party")) ?? 0, name: text("name"), email: text("email"), acknowledge: text("acknowledge") === "yes" };
      const now = deps.now();
      const form = { locale, now, csrfToken: formCsrfToken(c, deps), formKey: FORM_KEY.test(text("_key")) ? text("_key") : newSecret() };
      const errors = formErrorsOf(values, slot.visit, locale);
      if (Object.keys(errors).length > 0) return formPage(c, slot, await bookingFormData(db, slot, values, errors, form), 400);
      const request = { slotId: slot.view.id, partySize: values.party, name: values.name.trim(), email: values.email.trim(), lang: locale };
      const address = requestOrigin(c, deps.security?.trustProxy ?? false).address;
      const verdict = await spendBookingLimits(db, deps.limits, { slotId: request.slotId, email: request.email, address, proof: text(PROOF_FIELD) || undefined }, now);
      if (verdict.kind !== "allowed") {
        const stopped = verdict.kind === "refused"
          ? { ...form, notice: w.tooManyBookings(minutesOf(verdict.retryAfterMs)) }
          : { ...form, notice: w.proofNeeded, proof: true };
        c.header("Retry-After", String(retryAfterSeconds(verdict.retryAfterMs)));
        return formPage(c, slot, await bookingFormData(db, slot, values, {}, stopped), 429);
      }
      const siteUrl = siteUrlOf(c, deps);
      const ticketPath = (row: BookingRow, secret: string) => bookingLinks(row.booking, secret, "").ticket;
      const outcome = await book(db, { ...request, source: "online" }, {
        now,
        settings: deps.booking,
        secrets: deps.secrets,
        // One key per form shown: a form sent twice (a double click, a retried request) books once.
        idempotency: {
          scope: "booking-form", key: form.formKey, requestHash: sha256Hex(JSON.stringify(request)),
          reply: (booked) => ({ ticket: ticketPath(booked.booking, booked.secret) }),
        },
        onBooked: (tx, booked) => notifyBookingConfirmed(tx, deps.secrets, booked.booking, booked.offer, booked.secret, siteUrl),
      });
      switch (outcome.kind) {
        case "booked":
          return c.redirect(ticketPath(outcome.booking, outcome.secret), 303);
        case "replayed":
          return c.redirect((outcome.response as { ticket: string }).ticket, 303);
        case "sold_out": {
          const full = { message: outcome.remaining > 0 ? w.onlyLeft(outcome.remaining, values.party) : w.justFilledUp, next: outcome.next, party: values.party };
          const fresh = await slotOfForm(db, slot.view.id, locale, now);
          const current = fresh?.kind === "bookable" ? fresh : { ...slot, view: { ...slot.view, remaining: outcome.remaining } };
          return formPage(c, current, await bookingFormData(db, current, values, {}, { ...form, full }), 409);
        }
        case "key_reused":
          return formPage(c, slot, await bookingFormData(db, slot, values, {}, { ...form, formKey: newSecret(), notice: w.formReused }), 409);
        case "places_per_email":
          return formPage(c, slot, await bookingFormData(db, slot, values, { party: w.placesPerEmail(outcome.held, outcome.cap) }, form), 409);
        case "party_size":
          return formPage(c, slot, await bookingFormData(db, slot, values, { party: w.partyInvalid(outcome.min, outcome.max) }, form), 400);
        case "onsite_only":
          return refused(c, slot.visit, slot.view.id, w.onsiteOnlyTitle, w.onsiteOnlyTip, 403);
        case "started":
          return refused(c, slot.visit, slot.view.id, w.startedTitle, w.started, 409);
        case "beyond_horizon":
          return refused(c, slot.visit, slot.view.id, w.notYetTitle, w.beyondHorizon(outcome.offer.bookingHorizonDays), 409);
        case "slot_not_found":
          throw notFound("bookable time", String(slot.view.id));
      }
    })
    .route("/", ticketPages(deps, locale));
}
