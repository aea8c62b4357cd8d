/** The front desk's pages (inside AdminLayout): choosing a place, a place's day, finding a booking, and the pieces they share. */
import type { Child } from "hono/jsx";
import { DateTime } from "luxon";
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import { CsrfField } from "../../web/admin/admin-layout.tsx";
import { displayCode } from "../booking/booking-code.ts";
import type { OfferRow } from "../booking/booking.service.ts";
import { localTimeText } from "../booking/visit-words.ts";
import type { DeskDay, DeskSlot } from "./desk-day.service.ts";
import { deskText, type BookingSource, type BookingStatus } from "./desk.page-text.ts";
import type { DeskPlace } from "./desk.repository.ts";
import { adminPaths } from "../../web/admin/admin-paths.ts";

/** `/admin/{lang}/desk/{place}{rest}`. */
/** A bilingual text in `locale`, marked with its language when only the other one exists. */
export function LocalText(props: { text: LocalizedText | null | undefined; locale: Locale; fallback: string }) {
  const own = props.text?.[props.locale];
  if (own !== undefined) return <>{own}</>;
  const other = props.locale === "fr" ? "en" : "fr";
  const theirs = props.text?.[other];
  return theirs !== undefined ? <span lang={other}>{theirs}</span> : <>{props.fallback}</>;
}

export const textIn = (text: LocalizedText | null | undefined, locale: Locale, fallback: string) =>
  text?.[locale] ?? text?.[locale === "fr" ? "en" : "fr"] ?? fallback;

/** "Tuesday 24 November 2026" / "mardi 24 novembre 2026", as the ticket and the messages write a visit's day. */
export const dayText = (locale: Locale, isoDate: string) =>
  DateTime.fromISO(isoDate, { zone: "utc" }).setLocale(locale === "fr" ? "fr-FR" : "en-GB").toFormat("cccc d LLLL yyyy");

/** "Sat 21 Nov" / "sam. 21 nov.": days in lists and menus. */
export const shortDate = (locale: Locale, isoDate: string) =>
  new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" })
    .format(new Date(`${isoDate}T00:00:00Z`));

/** A wide table, scrolled sideways on a narrow screen rather than widening the page (focusable, so keyboards can scroll it). */
export function TableScroll(p: { label: string; children: Child }) {
  return <div class="desk-scroll" role="region" aria-label={p.label} tabindex={0}>{p.children}</div>;
}

export function StatusBadge(props: { status: BookingStatus; locale: Locale }) {
  const warn = props.status === "cancelled" || props.status === "no_show";
  return <span class={warn ? "badge warning" : "badge"}>{deskText(props.locale).statuses[props.status]}</span>;
}

/** What one booking looks like to the actions: its code, status and when its visit is. */
export interface ActionTarget {
  code: string;
  status: BookingStatus;
  /** The visit is today at its place. */
  isToday: boolean;
  started: boolean;
}

/** The actions a booking allows now: check in (its day), no-show (once started), cancel (until admitted). */
export function BookingActions(p: { locale: Locale; placeSlug: string; booking: ActionTarget; csrfToken: string; back: string; quiet?: boolean }) {
  const w = deskText(p.locale);
  const { code, status } = p.booking;
  const shown = displayCode(code);
  const canCheckIn = status === "confirmed" && p.booking.isToday;
  const canNoShow = status === "confirmed" && p.booking.started;
  const canCancel = status === "confirmed" || status === "no_show";
  if (!canCheckIn && !canNoShow && !canCancel) return p.quiet ? null : <span class="muted">—</span>;
  return (
    <div class="desk-actions">
      {canCheckIn ? (
        <form method="post" action={adminPaths.deskBookingCheckIn(p.locale, p.placeSlug, code)} class="inline-form">
          <CsrfField token={p.csrfToken} /><input type="hidden" name="back" value={p.back} />
          <button type="submit" aria-label={w.checkInCode(shown)}>{w.checkIn}</button>
        </form>
      ) : null}
      {canNoShow ? (
        <form method="post" action={adminPaths.deskBookingNoShow(p.locale, p.placeSlug, code)} class="inline-form">
          <CsrfField token={p.csrfToken} /><input type="hidden" name="back" value={p.back} />
          <button type="submit" class="secondary" aria-label={w.noShowCode(shown)}>{w.noShow}</button>
        </form>
      ) : null}
      {canCancel ? <a href={`${adminPaths.deskBookingCancel(p.locale, p.placeSlug, code)}?back=${encodeURIComponent(p.back)}`} aria-label={w.cancelCode(shown)}>{w.cancel}</a> : null}
    </div>
  );
}

/** Links to the desk's tools for one place. */
export function DeskTools(p: { locale: Locale; placeSlug: string; query?: string }) {
  const w = deskText(p.locale);
  return (
    <div class="desk-tools">
      <ul class="nav-list">
        <li><a class="button" href={adminPaths.deskBook(p.locale, p.placeSlug)}>{w.bookAtDesk}</a></li>
        <li><a class="button secondary" href={adminPaths.deskCheckIn(p.locale, p.placeSlug)}>{w.checkInPage}</a></li>
      </ul>
      <form method="get" action={adminPaths.deskFind(p.locale, p.placeSlug)} role="search" class="desk-search">
        <div class="field">
          <label for="desk-find-q">{w.queryLabel}</label>
          <input id="desk-find-q" name="q" type="search" value={p.query ?? ""} autocomplete="off" spellcheck={false} maxlength={200} />
        </div>
        <button type="submit" class="secondary">{w.search}</button>
      </form>
    </div>
  );
}

export function DeskIndexPage(p: { locale: Locale; places: DeskPlace[] }) {
  const w = deskText(p.locale);
  return (
    <>
      <h1>{w.title}</h1>
      {p.places.length === 0 ? <p>{w.noPlaces}</p> : (
        <>
          <p>{w.chooseIntro}</p>
          <ul>{p.places.map((place) => <li><a href={adminPaths.desk(p.locale, place.slug)}><LocalText text={place.name} locale={p.locale} fallback={place.slug} /></a></li>)}</ul>
        </>
      )}
    </>
  );
}

function SlotsTable(p: { locale: Locale; placeSlug: string; offerTitle: string; slots: DeskSlot[]; bookable: boolean }) {
  const w = deskText(p.locale);
  return (
    <TableScroll label={w.slotsCaption(p.offerTitle)}>
      <table class="admin-table desk-slots">
        <caption class="visually-hidden">{w.slotsCaption(p.offerTitle)}</caption>
        <thead>
          <tr><th scope="col">{w.time}</th><th scope="col">{w.capacity}</th><th scope="col">{w.booked}</th><th scope="col">{w.left}</th><th scope="col">{w.admitted}</th><th scope="col">{w.book}</th></tr>
        </thead>
        <tbody>
          {p.slots.map((s) => (
            <tr>
              <th scope="row">{s.localTime}{s.started ? <span class="muted"> ({w.started})</span> : null}</th>
              <td>{s.capacity}</td>
              <td>{s.booked}</td>
              <td>{s.remaining}</td>
              <td>{s.admitted}</td>
              <td>
                {s.started || !p.bookable ? <span class="muted">—</span>
                  : s.remaining === 0 ? <span class="muted">{w.full}</span>
                  : <a href={adminPaths.deskBook(p.locale, p.placeSlug, { slot: s.id, date: s.localDate })} aria-label={w.bookAt(s.localTime)}>{w.book}</a>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function DayBookings(p: { locale: Locale; placeSlug: string; offer: OfferRow; offerTitle: string; slots: DeskSlot[]; today: string; csrfToken: string; back: string }) {
  const w = deskText(p.locale);
  const rows = p.slots.flatMap((slot) => slot.bookings.map((b) => ({ slot, b })));
  if (rows.length === 0) return <p>{w.noBookings}</p>;
  return (
    <TableScroll label={w.bookingsCaption(p.offerTitle)}>
      <table class="admin-table desk-bookings">
        <caption class="desk-caption">{w.bookingsCaption(p.offerTitle)}</caption>
        <thead>
          <tr><th scope="col">{w.time}</th><th scope="col">{w.code}</th><th scope="col">{w.name}</th><th scope="col">{w.party}</th><th scope="col">{w.status}</th><th scope="col">{w.source}</th><th scope="col">{w.actions}</th></tr>
        </thead>
        <tbody>
          {rows.map(({ slot, b }) => (
            <tr>
              <td>{localTimeText(slot.start, p.offer.timeZone)}</td>
              <th scope="row"><a class="desk-code-link" href={adminPaths.deskBooking(p.locale, p.placeSlug, b.code)}>{displayCode(b.code)}</a></th>
              <td>{b.name}</td>
              <td>{b.partySize}</td>
              <td><StatusBadge status={b.status} locale={p.locale} /></td>
              <td>{w.sources[b.source as BookingSource]}</td>
              <td>
                <BookingActions locale={p.locale} placeSlug={p.placeSlug} csrfToken={p.csrfToken} back={p.back}
                  booking={{ code: b.code, status: b.status, isToday: slot.localDate === p.today, started: slot.started }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export interface DayPageProps {
  locale: Locale;
  place: DeskPlace;
  day: DeskDay;
  today: string;
  csrfToken: string;
  /** This page's address (actions come back to it). */
  back: string;
  dateError?: string;
}

export function DayPage(p: DayPageProps) {
  const { locale, place, day } = p;
  const w = deskText(locale);
  const dayUrl = (date: string) => adminPaths.deskDay(locale, place.slug, date);
  const previous = shiftDay(day.date, -1);
  const next = shiftDay(day.date, 1);
  return (
    <>
      <h1>{w.dayTitle(textIn(place.name, locale, place.slug))}</h1>
      <DeskTools locale={locale} placeSlug={place.slug} />
      <h2 id="day-heading">{w.dayHeading(dayText(locale, day.date))}</h2>
      <nav aria-labelledby="day-heading" class="desk-days">
        <ul class="nav-list">
          <li><a href={dayUrl(previous)}>{`← ${w.previousDay}`}</a></li>
          <li><a href={dayUrl(p.today)} aria-current={day.date === p.today ? "date" : undefined}>{w.today}</a></li>
          <li><a href={dayUrl(next)}>{`${w.nextDay} →`}</a></li>
        </ul>
      </nav>
      <form method="get" action={adminPaths.desk(locale, place.slug)} class="filters">
        <div class={p.dateError ? "field has-error" : "field"}>
          <label for="desk-date">{w.dateLabel}</label>
          {p.dateError ? <span class="error" id="desk-date-error">{p.dateError}</span> : null}
          <input id="desk-date" name="date" type="date" value={day.date} aria-invalid={p.dateError ? "true" : undefined}
            aria-describedby={p.dateError ? "desk-date-error" : undefined} />
        </div>
        <div class="field"><button type="submit" class="secondary">{w.show}</button></div>
      </form>
      {day.offers.length === 0 ? <p>{w.noOffers}</p> : day.offers.map(({ offer, slots }) => {
        const title = textIn(offer.title, locale, offer.slug);
        const headingId = `offer-${offer.id}`;
        return (
          <section aria-labelledby={headingId}>
            <h3 id={headingId}><LocalText text={offer.title} locale={locale} fallback={offer.slug} />{offer.archivedAt ? <> <span class="badge warning">{w.archived}</span></> : null}</h3>
            {slots.length === 0 ? <p>{w.noSlots}</p> : (
              <>
                <SlotsTable locale={locale} placeSlug={place.slug} offerTitle={title} slots={slots} bookable={offer.archivedAt === null} />
                <DayBookings locale={locale} placeSlug={place.slug} offer={offer} offerTitle={title} slots={slots} today={p.today} csrfToken={p.csrfToken} back={p.back} />
              </>
            )}
          </section>
        );
      })}
      <h2>{w.nextDays}</h2>
      <ul class="desk-summary">
        {day.summary.map((d) => (
          <li>
            <a href={dayUrl(d.date)} aria-current={d.date === day.date ? "date" : undefined}>{shortDate(locale, d.date)}</a>
            {": "}{d.hasVisits ? w.placesLeft(d.placesLeft) : <span class="muted">{w.noVisitDay}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

const shiftDay = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export interface FoundBooking {
  code: string;
  status: BookingStatus;
  name: string;
  email: string | null;
  partySize: number;
  start: Date;
  localDate: string;
  isToday: boolean;
  started: boolean;
  offer: OfferRow;
}

export function FindPage(p: { locale: Locale; place: DeskPlace; query: string; found: FoundBooking[]; limit: number; csrfToken: string; back: string; manyPlaces: boolean }) {
  const { locale } = p;
  const w = deskText(locale);
  return (
    <>
      <h1>{w.findTitle}</h1>
      <p><a href={adminPaths.desk(locale, p.place.slug)}>{w.backToDay}</a></p>
      <DeskTools locale={locale} placeSlug={p.place.slug} query={p.query} />
      {p.query === "" ? null : p.found.length === 0 ? <p role="status">{w.noneFound(p.query)}</p> : (
        <>
          <p role="status">{p.found.length >= p.limit ? w.foundMany(p.found.length, p.query) : w.found(p.found.length, p.query)}</p>
          <TableScroll label={w.findTitle}>
            <table class="admin-table desk-bookings">
              <caption class="visually-hidden">{w.findTitle}</caption>
              <thead>
                <tr>
                  {p.manyPlaces ? <th scope="col">{w.place}</th> : null}
                  <th scope="col">{w.date}</th><th scope="col">{w.time}</th><th scope="col">{w.visit}</th><th scope="col">{w.code}</th>
                  <th scope="col">{w.name}</th><th scope="col">{w.email}</th><th scope="col">{w.party}</th><th scope="col">{w.status}</th><th scope="col">{w.actions}</th>
                </tr>
              </thead>
              <tbody>
                {p.found.map((b) => (
                  <tr>
                    {p.manyPlaces ? <td><LocalText text={b.offer.placeName} locale={locale} fallback={b.offer.placeSlug} /></td> : null}
                    <td><a href={adminPaths.deskDay(locale, b.offer.placeSlug, b.localDate)}>{shortDate(locale, b.localDate)}</a></td>
                    <td>{localTimeText(b.start, b.offer.timeZone)}</td>
                    <td><LocalText text={b.offer.title} locale={locale} fallback={b.offer.slug} /></td>
                    <th scope="row"><a class="desk-code-link" href={adminPaths.deskBooking(locale, b.offer.placeSlug, b.code)}>{displayCode(b.code)}</a></th>
                    <td>{b.name}</td>
                    <td>{b.email ?? ""}</td>
                    <td>{b.partySize}</td>
                    <td><StatusBadge status={b.status} locale={locale} /></td>
                    <td>
                      <BookingActions locale={locale} placeSlug={b.offer.placeSlug} csrfToken={p.csrfToken}
                        back={b.offer.placeSlug === p.place.slug ? p.back : adminPaths.deskFind(locale, b.offer.placeSlug, p.query)}
                        booking={{ code: b.code, status: b.status, isToday: b.isToday, started: b.started }} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}
