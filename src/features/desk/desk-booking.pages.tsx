/**
 * Booking at the desk and acting on one booking: /desk/{place}/book (the only way to book a visit
 * sold at the museum), /desk/{place}/bookings/{code} (code, QR code, actions), its printable
 * ticket, and check in, no-show and cancel (with a confirmation step). Every change is authorised
 * first and audited in its own transaction.
 */
import { Hono } from "hono";
import type { Locale } from "../../lib/locales.ts";
import { notFound } from "../../lib/errors.ts";
import { newSecret } from "../../lib/secrets.ts";
import { adminPagePaths, adminPaths } from "../../web/admin/admin-paths.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { htmlDocument, siteUrlOf } from "../../web/site.tsx";
import type { FormErrors } from "../staff/staff-form.views.tsx";
import { displayCode } from "../booking/booking-code.ts";
import { localToday, type BookOutcome } from "../booking/booking.service.ts";
import { commandContextOf } from "../../web/request-origin.ts";
import { codeParam, deskGate, flashOf, renderDesk, type C, type DeskRequest } from "./desk-access.tsx";
import { bookAtDesk, cancelAtDesk, checkInAtDesk, markNoShowAtDesk } from "./desk.commands.ts";
import { BOOK_FIELD_IDS, BookFormPage, BookingPage, CancelPage, TicketPage, type SoldOut } from "./desk-booking.views.tsx";
import { bookableSlots } from "./desk-day.service.ts";
import { deskDate, deskReturn, readDeskBooking, withDone, type DeskBookingField, type DeskBookingValues } from "./desk.form.ts";
import { deskText, type ActionRefusal } from "./desk.page-text.ts";
import { findBookingAtPlace, isSlotOfPlace, offersOfPlaces } from "../booking/booking-staff.service.ts";

const FORM_KEY = /^[A-Za-z0-9_-]{20,64}$/;

/** The form's fields, read once (Hono caches the parsed body; the CSRF check read it first). */
async function fieldsOf(c: C): Promise<(name: string) => string | undefined> {
  const body = await c.req.parseBody();
  return (name) => (typeof body[name] === "string" ? body[name] as string : undefined);
}

export function deskBookingPages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  const w = deskText(locale);

  const bookForm = async (c: C, who: DeskRequest, o: { values: DeskBookingValues; errors?: FormErrors; status?: 200 | 400 | 409; soldOut?: SoldOut; alsoDate?: string }) => {
    const now = deps.now();
    const offers = await offersOfPlaces(db, [who.place.id]);
    const groups = await bookableSlots(db, offers, localToday(who.place.timeZone, now), now, o.alsoDate);
    return renderDesk(c, locale, who, {
      path: adminPagePaths.deskBook(who.place.slug), title: w.bookTitle, status: o.status,
      body: <BookFormPage locale={locale} placeSlug={who.place.slug} csrfToken={who.session.csrfToken} groups={groups} values={o.values}
        errors={o.errors ?? {}} formKey={newSecret()} soldOut={o.soldOut} />,
    });
  };
  const errorsOf = (problems: Partial<Record<DeskBookingField, keyof typeof w.problems>>): FormErrors =>
    Object.fromEntries(Object.entries(problems).map(([field, problem]) => [BOOK_FIELD_IDS[field as DeskBookingField], w.problems[problem]]));

  /** The booking of the address, at the place of the address, or 404. */
  const bookingOf = async (who: DeskRequest, code: string) => {
    const found = await findBookingAtPlace(db, code, who.place.id);
    if (!found) throw codeNotFound(code);
    return found;
  };
  const bookingUrl = (who: DeskRequest, code: string) => adminPaths.deskBooking(locale, who.place.slug, code);
  const backOf = (who: DeskRequest, asked: string | undefined, code: string) => deskReturn(asked, adminPaths.desk(locale, who.place.slug), bookingUrl(who, code));

  const bookingPage = async (c: C, who: DeskRequest, code: string, o: { refusal?: string; status?: 200 | 404 | 409 } = {}) => {
    const { booking, offer } = await bookingOf(who, code);
    const now = deps.now();
    return renderDesk(c, locale, who, {
      path: adminPagePaths.deskBooking(who.place.slug, code), title: w.bookingTitle(displayCode(code)), status: o.status, flash: o.refusal ? undefined : flashOf(c, locale),
      body: <BookingPage locale={locale} placeSlug={who.place.slug} booking={booking} offer={offer} csrfToken={who.session.csrfToken}
        back={bookingUrl(who, code)} isToday={booking.slot.localDate === localToday(offer.timeZone, now)} started={booking.slot.startsAt.getTime() <= now.getTime()}
        justBooked={c.req.query("done") === "booked"} refusal={o.refusal} />,
    });
  };
  const refused = (c: C, who: DeskRequest, code: string, refusal: ActionRefusal) => bookingPage(c, who, code, { refusal: w.refusals[refusal], status: 409 });

  return new Hono<AppEnv>()
    .get("/desk/:place/book", async (c) => {
      const who = await deskGate(c, deps, locale);
      const slot = c.req.query("slot") ?? "";
      const asked = c.req.query("date");
      const alsoDate = asked ? deskDate(asked, localToday(who.place.timeZone, deps.now())) : undefined;
      return bookForm(c, who, { values: { slotId: /^[0-9]{1,9}$/.test(slot) ? slot : "", partySize: "", name: "", email: "", lang: locale }, alsoDate });
    })
    .post("/desk/:place/book", async (c) => {
      const who = await deskGate(c, deps, locale);
      const field = await fieldsOf(c);
      const read = readDeskBooking(field);
      if (!read.valid) return bookForm(c, who, { values: read.values, errors: errorsOf(read.problems), status: 400 });
      const input = read.valid;
      if (!await isSlotOfPlace(db, input.slotId, who.place.id)) return bookForm(c, who, { values: read.values, errors: errorsOf({ slotId: "slot_unknown" }), status: 400 });
      const key = field("_key");
      const siteUrl = siteUrlOf(c, deps);
      const outcome = await bookAtDesk(who.actor, {
        place: who.place, booking: input, siteUrl, settings: deps.booking,
        // A second click on "Book" (or a resent form) books once: the form's key is remembered with its booking.
        formKey: key && FORM_KEY.test(key) ? key : undefined,
      }, commandContextOf(c, deps));
      return answerBooking(c, who, outcome, read.values);
    })
    .get("/desk/:place/bookings/:code", async (c) => {
      const who = await deskGate(c, deps, locale);
      const code = codeParam(c);
      return bookingPage(c, who, code);
    })
    .get("/desk/:place/bookings/:code/ticket", async (c) => {
      const who = await deskGate(c, deps, locale);
      const code = codeParam(c);
      const { booking, offer } = await bookingOf(who, code);
      return c.html(await htmlDocument(<TicketPage booking={booking} offer={offer} />));
    })
    .post("/desk/:place/bookings/:code/check-in", async (c) => {
      const who = await deskGate(c, deps, locale);
      const code = codeParam(c);
      const back = backOf(who, (await fieldsOf(c))("back"), code);
      const outcome = await checkInAtDesk(who.actor, { place: who.place, code }, commandContextOf(c, deps));
      if (outcome.kind === "admitted") return c.redirect(withDone(back, "checked_in", code), 303);
      if (outcome.kind === "not_found") throw codeNotFound(code);
      return refused(c, who, code, outcome.kind);
    })
    .post("/desk/:place/bookings/:code/no-show", async (c) => {
      const who = await deskGate(c, deps, locale);
      const code = codeParam(c);
      const back = backOf(who, (await fieldsOf(c))("back"), code);
      const outcome = await markNoShowAtDesk(who.actor, { place: who.place, code }, commandContextOf(c, deps));
      if (outcome.kind === "marked") return c.redirect(withDone(back, "no_show", code), 303);
      if (outcome.kind === "not_found") throw codeNotFound(code);
      return refused(c, who, code, outcome.kind);
    })
    .get("/desk/:place/bookings/:code/cancel", async (c) => {
      const who = await deskGate(c, deps, locale);
      const code = codeParam(c);
      const { booking, offer } = await bookingOf(who, code);
      const status = booking.booking.status;
      const refusal = status === "cancelled" ? w.refusals.already_cancelled : status === "checked_in" ? w.refusals.too_late : undefined;
      return renderDesk(c, locale, who, {
        path: adminPagePaths.deskBookingCancel(who.place.slug, code), title: w.cancelTitle(displayCode(code)),
        body: <CancelPage locale={locale} placeSlug={who.place.slug} booking={booking} offer={offer} csrfToken={who.session.csrfToken}
          back={backOf(who, c.req.query("back"), code)} refusal={refusal} />,
      });
    })
    .post("/desk/:place/bookings/:code/cancel", async (c) => {
      const who = await deskGate(c, deps, locale);
      const code = codeParam(c);
      const back = backOf(who, (await fieldsOf(c))("back"), code);
      // The desk cancels only its own place's bookings: checked before the service, which does not know places.
      await bookingOf(who, code);
      const siteUrl = siteUrlOf(c, deps);
      const outcome = await cancelAtDesk(who.actor, { place: who.place, code, siteUrl }, commandContextOf(c, deps));
      if (outcome.kind === "cancelled") return c.redirect(withDone(back, "cancelled", code), 303);
      if (outcome.kind === "not_found") throw codeNotFound(code);
      const { booking, offer } = await bookingOf(who, code);
      return renderDesk(c, locale, who, {
        path: adminPagePaths.deskBookingCancel(who.place.slug, code), title: w.cancelTitle(displayCode(code)), status: 409,
        body: <CancelPage locale={locale} placeSlug={who.place.slug} booking={booking} offer={offer} csrfToken={who.session.csrfToken}
          back={back} refusal={w.refusals[outcome.kind]} />,
      });
    });

  /** The answer to the booking form: the booking's page, or the form again saying why not. */
  async function answerBooking(c: C, who: DeskRequest, outcome: BookOutcome, values: DeskBookingValues) {
    switch (outcome.kind) {
      case "booked":
        return c.redirect(withDone(bookingUrl(who, outcome.booking.booking.code), "booked", outcome.booking.booking.code), 303);
      case "replayed": {
        const code = (outcome.response as { code?: string } | null)?.code;
        if (code) return c.redirect(withDone(bookingUrl(who, code), "booked", code), 303);
        return bookForm(c, who, { values, errors: { "book-form": w.problems.form_reused }, status: 409 });
      }
      case "key_reused":
        return bookForm(c, who, { values, errors: { "book-form": w.problems.form_reused }, status: 409 });
      case "sold_out": {
        const message = w.soldOut(outcome.remaining);
        return bookForm(c, who, {
          values, status: 409, errors: { [BOOK_FIELD_IDS.slotId]: message },
          soldOut: { message, partySize: Number(values.partySize), next: outcome.next, values, keys: outcome.next.map(() => newSecret()) },
        });
      }
      case "started":
        return bookForm(c, who, { values, errors: errorsOf({ slotId: "slot_started" }), status: 409 });
      case "party_size":
        return bookForm(c, who, { values, errors: { [BOOK_FIELD_IDS.partySize]: w.partyRange(outcome.min, outcome.max) }, status: 400 });
      case "slot_not_found":
      case "onsite_only":
      case "beyond_horizon":
        // The desk may book any visit of its place, however far ahead; these mean the time is gone.
        return bookForm(c, who, { values, errors: errorsOf({ slotId: "slot_unknown" }), status: 400 });
    }
  }
}

const codeNotFound = (code: string) => notFound("booking", code);
