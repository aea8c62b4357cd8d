/**
 * The front desk (back office, role "front desk" of a place; administrators everywhere):
 * /admin/{lang}/desk (choose a place), /desk/{place}?date= (a day's visits and bookings),
 * /desk/{place}/find?q= (a booking by code, name or e-mail), /desk/{place}/check-in (scan or type
 * a code). Booking and the actions on one booking are in desk-booking.pages.tsx.
 */
import { Hono } from "hono";
import type { Locale } from "../../lib/locales.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { adminUrl } from "../../web/admin/admin-layout.tsx";
import { adminPagePaths, adminPaths } from "../../web/admin/admin-paths.ts";
import { displayCode } from "../booking/booking-code.ts";
import { localToday, type CheckInOutcome } from "../booking/booking.service.ts";
import { localTimeText } from "../booking/visit-words.ts";
import { authorize, requireActor } from "../staff/staff.guard.ts";
import { placesWhere } from "../staff/staff.policies.ts";
import { commandContextOf } from "../../web/request-origin.ts";
import { deskGate, flashOf, renderDesk, type C } from "./desk-access.tsx";
import { deskBookingPages } from "./desk-booking.pages.tsx";
import { checkInAtDesk } from "./desk.commands.ts";
import { CheckInPage, type CheckInResult } from "./desk-check-in.views.tsx";
import { deskDay } from "./desk-day.service.ts";
import { codeFromInput, deskDate } from "./desk.form.ts";
import { deskText } from "./desk.page-text.ts";
import { findDeskPlacesByIds, findPlacesWithOffers } from "./desk.repository.ts";
import { offersOfPlaces, searchBookingsAt } from "../booking/booking-staff.service.ts";
import { DayPage, dayText, DeskIndexPage, FindPage, textIn, type FoundBooking } from "./desk.views.tsx";

/** The most bookings one search shows. */
export const FIND_LIMIT = 50;

export function deskPages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  const w = deskText(locale);

  /** Ids of the places whose bookings the actor looks after (every place with visits for administrators). */
  const scopeOf = async (c: C): Promise<number[]> => {
    const where = placesWhere(requireActor(c, locale).actor, "bookings.manage");
    return where === "all" ? (await findPlacesWithOffers(db)).map((p) => p.id) : where;
  };

  const checkInResult = (outcome: CheckInOutcome, placeSlug: string, code: string): CheckInResult => {
    const link = (c: string) => ({ href: adminPaths.deskBooking(locale, placeSlug, c), text: w.bookingTitle(displayCode(c)) });
    switch (outcome.kind) {
      case "admitted": {
        const { booking: row, offer } = outcome;
        return {
          kind: "admitted", title: w.resultAdmitted, link: link(code),
          text: w.admittedText(row.booking.name, w.people(row.booking.partySize), localTimeText(row.slot.startsAt, offer.timeZone), textIn(offer.title, locale, offer.slug)),
        };
      }
      case "already_admitted": {
        const at = outcome.booking.booking.checkedInAt;
        return { kind: "already_admitted", title: w.resultAlready, link: link(code), text: w.alreadyText(at ? localTimeText(at, outcome.offer.timeZone) : "?", outcome.booking.booking.name) };
      }
      case "wrong_day":
        return {
          kind: "wrong_day", title: w.resultWrongDay, link: link(code),
          text: w.wrongDayText(dayText(locale, outcome.booking.slot.localDate), localTimeText(outcome.booking.slot.startsAt, outcome.offer.timeZone)),
        };
      case "cancelled":
        return { kind: "cancelled", title: w.resultCancelled, link: link(code), text: w.cancelledText(outcome.booking.booking.name) };
      case "not_found":
        return { kind: "not_found", title: w.resultUnknown, text: w.unknownText(displayCode(code)) };
    }
  };
  const CHECK_IN_STATUS = { admitted: 200, already_admitted: 409, wrong_day: 409, cancelled: 409, not_found: 404 } as const;

  return new Hono<AppEnv>()
    .get("/desk", async (c) => {
      const { actor, session } = requireActor(c, locale);
      const where = placesWhere(actor, "bookings.manage");
      // Nobody's desk: refused (and audited) like any other page the account may not use.
      if (where !== "all" && where.length === 0) await authorize(c, deps, locale, "bookings.manage", { placeId: null }, { entityKind: "booking" });
      const places = where === "all" ? await findPlacesWithOffers(db) : await findDeskPlacesByIds(db, where);
      if (places.length === 1) return c.redirect(adminPaths.desk(locale, places[0]!.slug), 303);
      return renderDesk(c, locale, { actor, session }, { path: "/desk", title: w.title, body: <DeskIndexPage locale={locale} places={places} /> });
    })
    .get("/desk/:place", async (c) => {
      const who = await deskGate(c, deps, locale);
      const { place } = who;
      const now = deps.now();
      const today = localToday(place.timeZone, now);
      const asked = c.req.query("date");
      const date = deskDate(asked, today);
      const offers = await offersOfPlaces(db, [place.id]);
      const day = await deskDay(db, offers, date ?? today, now);
      const path = adminPagePaths.desk(place.slug, asked && date ? date : undefined);
      return renderDesk(c, locale, who, {
        path, title: w.dayTitle(textIn(place.name, locale, place.slug)), status: date ? 200 : 400, flash: flashOf(c, locale),
        body: <DayPage locale={locale} place={place} day={day} today={today} csrfToken={who.session.csrfToken} back={adminUrl(locale, path)}
          dateError={date ? undefined : w.problems.date_invalid} />,
      });
    })
    .get("/desk/:place/find", async (c) => {
      const who = await deskGate(c, deps, locale);
      const query = (c.req.query("q") ?? "").trim().slice(0, 200);
      const now = deps.now();
      const scope = await scopeOf(c);
      const [rows, offers] = query === "" ? [[], []] : await Promise.all([searchBookingsAt(db, scope, query, FIND_LIMIT), offersOfPlaces(db, scope)]);
      const offerById = new Map(offers.map((o) => [o.id, o]));
      const found: FoundBooking[] = rows.flatMap((r) => {
        const offer = offerById.get(r.offerId);
        if (!offer) return [];
        const b = r.booking;
        return [{
          code: b.code, status: b.status, name: b.name, email: b.email, partySize: b.partySize, start: r.slot.startsAt, localDate: r.slot.localDate,
          isToday: r.slot.localDate === localToday(offer.timeZone, now), started: r.slot.startsAt.getTime() <= now.getTime(), offer,
        }];
      });
      const path = adminPagePaths.deskFind(who.place.slug, query);
      return renderDesk(c, locale, who, {
        path, title: w.findTitle, flash: flashOf(c, locale),
        body: <FindPage locale={locale} place={who.place} query={query} found={found} limit={FIND_LIMIT} csrfToken={who.session.csrfToken}
          back={adminUrl(locale, path)} manyPlaces={scope.length > 1} />,
      });
    })
    .get("/desk/:place/check-in", async (c) => {
      const who = await deskGate(c, deps, locale);
      return renderDesk(c, locale, who, {
        path: adminPagePaths.deskCheckIn(who.place.slug), title: w.checkInTitle,
        body: <CheckInPage locale={locale} placeSlug={who.place.slug} placeName={textIn(who.place.name, locale, who.place.slug)} csrfToken={who.session.csrfToken} />,
      });
    })
    .post("/desk/:place/check-in", async (c) => {
      const typed = (await c.req.parseBody()).code;
      const code = codeFromInput(typeof typed === "string" ? typed : "");
      const who = await deskGate(c, deps, locale, code);
      const { place } = who;
      const page = (result: CheckInResult, status: 200 | 400 | 404 | 409) => renderDesk(c, locale, who, {
        path: adminPagePaths.deskCheckIn(place.slug), title: w.checkInTitle, status,
        body: <CheckInPage locale={locale} placeSlug={place.slug} placeName={textIn(place.name, locale, place.slug)} csrfToken={who.session.csrfToken} result={result} />,
      });
      if (!code) return page({ kind: "invalid", title: w.resultUnknown, text: w.problems.code_invalid }, 400);
      const outcome = await checkInAtDesk(who.actor, { place, code }, commandContextOf(c, deps));
      return page(checkInResult(outcome, place.slug, code), CHECK_IN_STATUS[outcome.kind]);
    })
    .route("/", deskBookingPages(deps, locale));
}
