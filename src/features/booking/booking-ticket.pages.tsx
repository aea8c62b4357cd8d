/**
 * A visitor's own booking, opened with the link of its confirmation (`/bookings/{code}?secret=…`):
 * the ticket, and cancelling it. The address holds the secret, so these pages are never cached,
 * never indexed and send no referrer. A wrong code or secret is the 404 page.
 */
import { spendCancelLimits } from "./booking-limits.ts";
import { limitRefusalOf } from "../limits/limit-answers.ts";
import { requestOrigin } from "../../web/request-origin.ts";
import { Hono, type Context } from "hono";
import type { Locale } from "../../lib/locales.ts";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { formCsrfToken } from "../../web/form-csrf.ts";
import { siteUrlOf } from "../../web/site.tsx";
import { normalizeCode } from "./booking-code.ts";
import { bookingLinks, notifyBookingCancelled, ticketFactsOf } from "./booking-notifications.ts";
import { offerPath } from "./booking-pages.presenter.ts";
import { bookingText } from "./booking.page-text.ts";
import { bookingPage } from "./booking-layout.tsx";
import { cancelBooking, findOwnBooking, isPublicOffer, type BookingRow, type OfferRow } from "./booking.service.ts";
import { CancelPage, TicketPage, type CancelState } from "./booking-ticket.views.tsx";
import { pagePaths, paths } from "../../web/paths.ts";

type OwnBooking = { row: BookingRow; offer: OfferRow; code: string; secret: string };

export function ticketPages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  const w = bookingText(locale);

  async function ownBooking(codeText: string, secret: string | undefined): Promise<OwnBooking> {
    const code = normalizeCode(codeText);
    const found = code && secret ? await findOwnBooking(db, code, secret) : undefined;
    if (!code || !secret || !found) throw notFound("booking", codeText);
    return { row: found.booking, offer: found.offer, code, secret };
  }

  /** The ticket's facts in this page's language (the booking keeps the one it was made in) and its addresses. */
  function ticketOf(own: OwnBooking) {
    const row = { ...own.row, booking: { ...own.row.booking, lang: locale } };
    const links = bookingLinks(row.booking, own.secret, "");
    const offerUrl = isPublicOffer(own.offer) ? offerPath(locale, { placeSlug: own.offer.placeSlug, slug: own.offer.slug }) : paths.place(locale, own.offer.placeSlug);
    return { facts: ticketFactsOf(row, own.offer, own.secret, ""), links, offerUrl };
  }

  const isPrivate = (c: Context<AppEnv>) => c.header("Referrer-Policy", "no-referrer");

  async function cancelPage(c: Context<AppEnv>, own: OwnBooking, state: CancelState, status: 200 | 409 = 200) {
    const { facts, links, offerUrl } = ticketOf(own);
    const title = state === "ask" ? w.cancelTitle : state === "cancelled" ? w.cancelledTitle : w.tooLateTitle;
    isPrivate(c);
    return bookingPage(c, deps, locale, { path: pagePaths.bookingCancel(own.code, own.secret), title, noindex: true },
      <CancelPage data={{
        state, facts, code: own.code, secret: own.secret, ticketUrl: links.ticket, offerUrl,
        csrfToken: state === "ask" ? formCsrfToken(c, deps) : undefined,
      }} locale={locale} />, status);
  }

  /** Visitors cancel a confirmed booking until its visit starts. */
  const stateOf = (own: OwnBooking): CancelState => {
    const status = own.row.booking.status;
    if (status === "cancelled") return "cancelled";
    return status !== "confirmed" || own.row.slot.startsAt.getTime() <= deps.now().getTime() ? "too_late" : "ask";
  };

  return new Hono<AppEnv>()
    .get("/bookings/:code", async (c) => {
      const own = await ownBooking(c.req.param("code"), c.req.query("secret"));
      const { facts, links, offerUrl } = ticketOf(own);
      isPrivate(c);
      return bookingPage(c, deps, locale, { path: pagePaths.booking(own.code, own.secret), title: w.ticketTitle, noindex: true },
        <TicketPage data={{
          facts, code: own.code, status: own.row.booking.status, calendarUrl: links.calendar, offerUrl,
          cancelUrl: stateOf(own) === "ask" ? links.cancel : undefined,
        }} locale={locale} />);
    })
    .get("/bookings/:code/cancel", async (c) => {
      const own = await ownBooking(c.req.param("code"), c.req.query("secret"));
      return cancelPage(c, own, stateOf(own));
    })
    .post("/bookings/:code/cancel", async (c) => {
      const stopped = limitRefusalOf(await spendCancelLimits(db, deps.limits, requestOrigin(c, deps.security?.trustProxy ?? false).address, deps.now()), "cancellations");
      if (stopped) throw stopped;
      const secret = (await c.req.parseBody()).secret;
      const own = await ownBooking(c.req.param("code"), typeof secret === "string" ? secret : undefined);
      const afterwards = paths.bookingCancel(locale, own.code, own.secret);
      const state = stateOf(own);
      if (state === "cancelled") return c.redirect(afterwards, 303);
      if (state === "too_late") return cancelPage(c, own, "too_late", 409);
      const siteUrl = siteUrlOf(c, deps);
      const outcome = await cancelBooking(db, own.code, {
        now: deps.now(), secret: own.secret,
        onCancelled: (tx, cancelled) => notifyBookingCancelled(tx, deps.secrets, cancelled.booking, cancelled.offer, siteUrl),
      });
      if (outcome.kind === "not_found") throw notFound("booking", own.code);
      if (outcome.kind === "too_late") return cancelPage(c, own, "too_late", 409);
      // Shown by address, so reloading the page does not send the form again.
      return c.redirect(afterwards, 303);
    });
}
