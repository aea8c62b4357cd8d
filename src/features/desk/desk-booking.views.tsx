/** The front desk's pages about one booking: the booking form, the booking (code, QR, actions), the cancel confirmation and the printed ticket. */
import { renderSVG } from "uqr";
import type { Locale } from "../../lib/locales.ts";
import { CsrfField } from "../../web/admin/admin-layout.tsx";
import { adminPaths } from "../../web/admin/admin-paths.ts";
import { assetPath } from "../../web/asset-files.ts";
import { formatInstant } from "../../web/i18n/format.ts";
import { displayCode } from "../booking/booking-code.ts";
import type { BookingRow, OfferRow, SlotView } from "../booking/booking.service.ts";
import { localTimeText, requirementLines } from "../booking/visit-words.ts";
import { ErrorSummary, InputField, type FormErrors } from "../staff/staff-form.views.tsx";
import type { BookableGroup } from "./desk-day.service.ts";
import type { DeskBookingValues } from "./desk.form.ts";
import { deskText, type BookingSource, type BookingStatus } from "./desk.page-text.ts";
import { BookingActions, dayText, LocalText, shortDate, StatusBadge, textIn } from "./desk.views.tsx";

/** Input ids of the booking form, by field name (the error summary links to them). */
export const BOOK_FIELD_IDS = { slotId: "book-slot", partySize: "book-party", name: "book-name", email: "book-email", lang: "book-lang" } as const;

/** The QR code of a booking: it holds the code alone, which a hand-held scanner types into the check-in field. */
export function BookingQr(p: { code: string; alt: string }) {
  const svg = renderSVG(p.code, { border: 2, pixelSize: 8 });
  return <img class="qr-code desk-qr" src={`data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`} alt={p.alt} width="200" height="200" />;
}

export interface SoldOut {
  message: string;
  partySize: number;
  next: SlotView[];
  values: DeskBookingValues;
  /** One fresh form key per choice (each choice is a form of its own). */
  keys: string[];
}

export interface BookFormProps {
  locale: Locale;
  placeSlug: string;
  csrfToken: string;
  groups: BookableGroup[];
  values: DeskBookingValues;
  errors: FormErrors;
  formKey: string;
  soldOut?: SoldOut;
}

export function BookFormPage(p: BookFormProps) {
  const { locale, values } = p;
  const w = deskText(locale);
  const slotError = p.errors[BOOK_FIELD_IDS.slotId];
  const langError = p.errors[BOOK_FIELD_IDS.lang];
  return (
    <>
      <h1>{w.bookTitle}</h1>
      <p><a href={adminPaths.desk(locale, p.placeSlug)}>{w.backToDay}</a></p>
      <ErrorSummary locale={locale} errors={p.errors} />
      {p.soldOut ? <SoldOutChoices locale={locale} placeSlug={p.placeSlug} csrfToken={p.csrfToken} soldOut={p.soldOut} /> : null}
      <p>{w.bookIntro}</p>
      <form method="post" action={adminPaths.deskBook(locale, p.placeSlug)} id="book-form" novalidate>
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="_key" value={p.formKey} />
        <div class={slotError ? "field has-error" : "field"}>
          <label for={BOOK_FIELD_IDS.slotId}>{w.slot}</label>
          <span class="hint" id="book-slot-hint">{p.groups.length === 0 ? w.noTimes : w.slotHint}</span>
          {slotError ? <span class="error" id="book-slot-error">{slotError}</span> : null}
          <select id={BOOK_FIELD_IDS.slotId} name="slotId" required aria-invalid={slotError ? "true" : undefined}
            aria-describedby={slotError ? "book-slot-hint book-slot-error" : "book-slot-hint"}>
            <option value="">{w.chooseSlot}</option>
            {p.groups.map((g) => (
              <optgroup label={w.slotGroup(shortDate(locale, g.date), textIn(g.offer.title, locale, g.offer.slug))}>
                {g.slots.map((s) => <option value={String(s.id)} selected={values.slotId === String(s.id)}>{w.slotOption(s.localTime, s.remaining)}</option>)}
              </optgroup>
            ))}
          </select>
        </div>
        <InputField id={BOOK_FIELD_IDS.partySize} name="partySize" label={w.partySize} hint={w.partyHint} value={values.partySize}
          error={p.errors[BOOK_FIELD_IDS.partySize]} inputmode="numeric" required maxlength={4} autocomplete="off" />
        <InputField id={BOOK_FIELD_IDS.name} name="name" label={w.visitorName} hint={w.visitorNameHint} value={values.name}
          error={p.errors[BOOK_FIELD_IDS.name]} required maxlength={120} autocomplete="off" />
        <InputField id={BOOK_FIELD_IDS.email} name="email" type="email" label={w.visitorEmail} hint={w.visitorEmailHint} value={values.email}
          error={p.errors[BOOK_FIELD_IDS.email]} autocomplete="off" />
        <div class={langError ? "field has-error" : "field"}>
          <label for={BOOK_FIELD_IDS.lang}>{w.visitorLanguage}</label>
          <span class="hint" id="book-lang-hint">{w.visitorLanguageHint}</span>
          {langError ? <span class="error" id="book-lang-error">{langError}</span> : null}
          <select id={BOOK_FIELD_IDS.lang} name="lang" aria-invalid={langError ? "true" : undefined}
            aria-describedby={langError ? "book-lang-hint book-lang-error" : "book-lang-hint"}>
            {(["en", "fr"] as const).map((l) => <option value={l} selected={(values.lang || locale) === l}>{w.languages[l]}</option>)}
          </select>
        </div>
        <div class="actions"><button type="submit">{w.submitBooking}</button></div>
      </form>
    </>
  );
}

/** When the time asked for is full: the next times with room for the whole party, each booked in one click. */
function SoldOutChoices(p: { locale: Locale; placeSlug: string; csrfToken: string; soldOut: SoldOut }) {
  const w = deskText(p.locale);
  const { soldOut } = p;
  return (
    <section aria-labelledby="next-times" class="desk-next">
      <h2 id="next-times">{w.nextTimes(soldOut.partySize)}</h2>
      <p>{soldOut.message}</p>
      {soldOut.next.length === 0 ? <p>{w.noNextTimes}</p> : (
        <ul class="plain-list">
          {soldOut.next.map((s, i) => (
            <li>
              <form method="post" action={adminPaths.deskBook(p.locale, p.placeSlug)} class="inline-form">
                <CsrfField token={p.csrfToken} />
                <input type="hidden" name="_key" value={soldOut.keys[i] ?? ""} />
                <input type="hidden" name="slotId" value={String(s.id)} />
                <input type="hidden" name="partySize" value={soldOut.values.partySize} />
                <input type="hidden" name="name" value={soldOut.values.name} />
                <input type="hidden" name="email" value={soldOut.values.email} />
                <input type="hidden" name="lang" value={soldOut.values.lang} />
                <button type="submit" class="secondary">{w.bookNext(shortDate(p.locale, s.localDate), s.localTime)}</button>
                {" "}<span class="muted">{w.placesLeft(s.remaining)}</span>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function BookingFacts(p: { locale: Locale; booking: BookingRow; offer: OfferRow }) {
  const w = deskText(p.locale);
  const { booking: row, offer, locale } = p;
  const b = row.booking;
  const rows: [string, unknown][] = [
    [w.visit, <LocalText text={offer.title} locale={locale} fallback={offer.slug} />],
    [w.place, <LocalText text={offer.placeName} locale={locale} fallback={offer.placeSlug} />],
    [w.date, dayText(locale, row.slot.localDate)],
    [w.time, localTimeText(row.slot.startsAt, offer.timeZone)],
    [w.party, w.people(b.partySize)],
    [w.name, b.name],
    ...(b.email ? [[w.email, b.email] as [string, unknown]] : []),
    [w.language, w.languages[b.lang as Locale] ?? b.lang],
    [w.status, <StatusBadge status={b.status as BookingStatus} locale={locale} />],
    [w.source, w.sources[b.source as BookingSource]],
    [w.bookedAt, formatInstant(locale, b.createdAt, offer.timeZone)],
    ...(b.checkedInAt ? [[w.admittedAt, localTimeText(b.checkedInAt, offer.timeZone)] as [string, unknown]] : []),
  ];
  return <dl class="desk-facts">{rows.map(([term, value]) => <><dt>{term}</dt><dd>{value as string}</dd></>)}</dl>;
}

export interface BookingPageProps {
  locale: Locale;
  placeSlug: string;
  booking: BookingRow;
  offer: OfferRow;
  isToday: boolean;
  started: boolean;
  csrfToken: string;
  back: string;
  /** Just booked: whether a confirmation was sent, and where. */
  justBooked?: boolean;
  refusal?: string;
}

export function BookingPage(p: BookingPageProps) {
  const { locale, booking: row } = p;
  const w = deskText(locale);
  const b = row.booking;
  const code = displayCode(b.code);
  return (
    <>
      <h1>{w.bookingTitle(code)}</h1>
      {p.refusal ? <div class="error-summary" role="alert"><p>{p.refusal}</p></div> : null}
      {p.justBooked ? <p>{b.email ? w.emailSent(b.email) : w.noEmail}</p> : null}
      <div class="desk-ticket">
        <div>
          <p class="desk-code-label">{w.codeToHandOver}</p>
          <p class="desk-code">{code}</p>
        </div>
        <BookingQr code={b.code} alt={w.qrAlt(code)} />
      </div>
      <BookingFacts locale={locale} booking={row} offer={p.offer} />
      <div class="actions">
        <BookingActions locale={locale} placeSlug={p.placeSlug} csrfToken={p.csrfToken} back={p.back} quiet
          booking={{ code: b.code, status: b.status as BookingStatus, isToday: p.isToday, started: p.started }} />
      </div>
      <ul class="nav-list">
        <li><a class="button secondary" href={adminPaths.deskBookingTicket(locale, p.placeSlug, b.code)}>{w.printTicket}</a></li>
        <li><a href={adminPaths.deskDay(locale, p.placeSlug, row.slot.localDate)}>{w.backToDay}</a></li>
        <li><a href={adminPaths.deskBook(locale, p.placeSlug)}>{w.bookAtDesk}</a></li>
      </ul>
    </>
  );
}

export function CancelPage(p: { locale: Locale; placeSlug: string; booking: BookingRow; offer: OfferRow; csrfToken: string; back: string; refusal?: string }) {
  const { locale } = p;
  const w = deskText(locale);
  const code = displayCode(p.booking.booking.code);
  return (
    <>
      <h1>{w.cancelTitle(code)}</h1>
      {p.refusal ? <div class="error-summary" role="alert"><p>{p.refusal}</p></div> : null}
      <BookingFacts locale={locale} booking={p.booking} offer={p.offer} />
      <p>{w.cancelText}</p>
      <form method="post" action={adminPaths.deskBookingCancel(locale, p.placeSlug, p.booking.booking.code)} class="actions">
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="back" value={p.back} />
        <button type="submit" class="danger">{w.confirmCancel}</button>
        <a href={p.back}>{w.keepBooking}</a>
      </form>
    </>
  );
}

/** A page of its own, in the visitor's language, to print and hand over. */
export function TicketPage(p: { booking: BookingRow; offer: OfferRow }) {
  const lang = p.booking.booking.lang === "fr" ? "fr" : "en";
  const w = deskText(lang);
  const b = p.booking.booking;
  const code = displayCode(b.code);
  const title = textIn(p.offer.title, lang, p.offer.slug);
  const requirements = requirementLines(p.offer.requirements, lang);
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{w.ticketTitle(code)}</title>
        <link rel="icon" href={assetPath("favicon.svg")} type="image/svg+xml" />
        <link rel="stylesheet" href={assetPath("site.css")} />
        <link rel="stylesheet" href={assetPath("admin.css")} />
        <script src={assetPath("desk.js")} defer></script>
      </head>
      <body class="desk-ticket-page">
        <main class="container">
          <h1>{title}</h1>
          <p><LocalText text={p.offer.placeName} locale={lang} fallback={p.offer.placeSlug} /></p>
          <p class="desk-when">{`${dayText(lang, p.booking.slot.localDate)}, ${localTimeText(p.booking.slot.startsAt, p.offer.timeZone)}`}</p>
          <p>{`${b.name} — ${w.people(b.partySize)}`}</p>
          <div class="desk-ticket">
            <p class="desk-code">{code}</p>
            <BookingQr code={b.code} alt={w.qrAlt(code)} />
          </div>
          <p>{w.ticketShow}</p>
          {requirements.length > 0 ? (
            <>
              <h2>{w.requirements}</h2>
              <ul>{requirements.map((line) => <li>{line}</li>)}</ul>
            </>
          ) : null}
          <p class="desk-no-print muted">{w.ticketPrintHint}</p>
          <p class="desk-no-print"><button type="button" data-print hidden>{w.print}</button></p>
        </main>
      </body>
    </html>
  );
}
