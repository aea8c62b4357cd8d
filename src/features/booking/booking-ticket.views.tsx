/** A visitor's ticket (code, QR code, the visit at the place's time), cancelling it, and the page of a refused form. */
import { renderSVG } from "uqr";
import type { Locale } from "../../lib/locales.ts";
import { bookingText } from "./booking.page-text.ts";
import type { TicketFacts } from "./ticket-facts.ts";
import { paths } from "../../web/paths.ts";

export interface TicketPageData {
  facts: TicketFacts;
  /** The stored code, as the QR code carries it. */
  code: string;
  status: string;
  calendarUrl: string;
  /** The cancellation link, when the booking can still be cancelled. */
  cancelUrl?: string;
  offerUrl: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]!);

/** The code as an inline SVG QR code, named for assistive technology (the code is also written beside it). */
function QrCode(props: { code: string; label: string }) {
  const svg = renderSVG(props.code, { border: 2 })
    .replace("<svg ", `<svg role="img" aria-labelledby="ticket-qr-title" class="qr-code" width="200" height="200" `)
    .replace(/^(<svg[^>]*>)/, `$1<title id="ticket-qr-title">${escapeHtml(props.label)}</title>`);
  return <div class="ticket-qr" dangerouslySetInnerHTML={{ __html: svg }} />;
}

export function TicketPage(props: { data: TicketPageData; locale: Locale }) {
  const { data, locale } = props;
  const { facts } = data;
  const w = bookingText(locale);
  const cancelled = data.status === "cancelled";
  return (
    <article class="ticket">
      <h1>{w.ticketTitle}</h1>
      <div class={cancelled ? "ticket-card ticket-cancelled" : "ticket-card"}>
        <p class="ticket-status"><span>{w.status}{w.colon}</span><strong>{w.statuses[data.status] ?? data.status}</strong></p>
        <p class="ticket-code-label">{w.bookingCode}</p>
        <p class="ticket-code">{facts.code}</p>
        {cancelled ? null : <QrCode code={data.code} label={w.qrLabel(facts.code)} />}
        {cancelled ? null : <p>{w.showAtDesk}</p>}
      </div>
      <dl class="facts">
        <dt>{w.visit}</dt><dd><a href={data.offerUrl}>{facts.offerTitle}</a></dd>
        <dt>{w.place}</dt><dd>{facts.placeName}</dd>
        {facts.placeAddress ? <><dt>{w.address}</dt><dd>{facts.placeAddress}</dd></> : null}
        <dt>{w.when}</dt><dd>{w.at(facts.localDateText, facts.localTimeText)}</dd>
        <dt>{w.party}</dt><dd>{w.people(facts.partySize)}</dd>
        <dt>{w.name}</dt><dd>{facts.name}</dd>
      </dl>
      {facts.requirements.length > 0 ? (
        <section aria-labelledby="to-know">
          <h2 id="to-know">{w.toKnow}</h2>
          <ul>{facts.requirements.map((line) => <li>{line}</li>)}</ul>
        </section>
      ) : null}
      {cancelled ? null : (
        <ul class="ticket-actions">
          <li><a href={data.calendarUrl} download>{w.addToCalendar}</a></li>
          {data.cancelUrl ? <li><a href={data.cancelUrl}>{w.cancelThis}</a></li> : null}
        </ul>
      )}
      {cancelled ? null : <p class="muted prose">{w.keepLink}</p>}
    </article>
  );
}

export type CancelState = "ask" | "cancelled" | "too_late";

export interface CancelPageData {
  state: CancelState;
  facts: TicketFacts;
  code: string;
  secret: string;
  csrfToken?: string;
  ticketUrl: string;
  offerUrl: string;
}

export function CancelPage(props: { data: CancelPageData; locale: Locale }) {
  const { data, locale } = props;
  const { facts } = data;
  const w = bookingText(locale);
  const title = data.state === "ask" ? w.cancelTitle : data.state === "cancelled" ? w.cancelledTitle : w.tooLateTitle;
  return (
    <article>
      <h1>{title}</h1>
      {data.state === "cancelled" ? <p class="prose" role="status">{w.cancelledText}</p> : null}
      {data.state === "too_late" ? <p class="prose">{w.tooLate}</p> : null}
      <dl class="facts">
        <dt>{w.bookingCode}</dt><dd>{facts.code}</dd>
        <dt>{w.visit}</dt><dd>{facts.offerTitle}</dd>
        <dt>{w.place}</dt><dd>{facts.placeName}</dd>
        <dt>{w.when}</dt><dd>{w.at(facts.localDateText, facts.localTimeText)}</dd>
        <dt>{w.party}</dt><dd>{w.people(facts.partySize)}</dd>
      </dl>
      {data.state === "ask" ? <>
        <p class="prose">{w.cancelQuestion}</p>
        <form method="post" action={paths.bookingCancel(locale, data.code)}>
          <input type="hidden" name="_csrf" value={data.csrfToken ?? ""} />
          <input type="hidden" name="secret" value={data.secret} />
          <p><button type="submit" class="button">{w.confirmCancel}</button></p>
        </form>
        <p><a href={data.ticketUrl}>{w.keepBooking}</a></p>
      </> : <ul>
        <li><a href={data.ticketUrl}>{w.ticketTitle}</a></li>
        <li><a href={data.offerUrl}>{w.bookAnother}</a></li>
      </ul>}
    </article>
  );
}

export function FormExpiredPage(props: { locale: Locale }) {
  const w = bookingText(props.locale);
  return (
    <>
      <h1>{w.formExpiredTitle}</h1>
      <p class="prose">{w.formExpired}</p>
      <p class="muted">csrf_failed</p>
    </>
  );
}
