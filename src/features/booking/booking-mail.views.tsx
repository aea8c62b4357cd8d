/** The HTML part of the booking messages: plain markup, inline styles, no images, every value escaped by hono/jsx. */
import type { Child } from "hono/jsx";
import type { BookingMailText } from "./booking.mail-text.ts";
import type { TicketFacts } from "./ticket-facts.ts";

const page = "font-family: Georgia, 'Times New Roman', serif; color: #1a1a1a; line-height: 1.5; max-width: 36rem;";
const codeStyle = "font-family: 'Courier New', monospace; font-size: 1.4em; letter-spacing: 0.08em; font-weight: bold;";

function Mail(props: { t: TicketFacts; title: string; children: Child }) {
  return (
    <html lang={props.t.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
      </head>
      <body style={page}>{props.children}</body>
    </html>
  );
}

function VisitFacts(props: { t: TicketFacts; w: BookingMailText }) {
  const { t, w } = props;
  const rows: [string, string][] = [
    [w.visit, t.offerTitle],
    [w.place, t.placeName],
    ...(t.placeAddress ? [[w.address, t.placeAddress] as [string, string]] : []),
    [w.when, w.at(t.localDateText, t.localTimeText)],
    [w.party, w.people(t.partySize)],
  ];
  return (
    <table role="presentation" style="border-collapse: collapse;">
      {rows.map(([label, value]) => (
        <tr>
          <th scope="row" style="text-align: left; padding: 0.2em 1em 0.2em 0; font-weight: normal; color: #555;">{label}</th>
          <td style="padding: 0.2em 0;">{value}</td>
        </tr>
      ))}
    </table>
  );
}

export function ConfirmationMail(props: { t: TicketFacts; w: BookingMailText; subject: string }) {
  const { t, w } = props;
  return (
    <Mail t={t} title={props.subject}>
      <p>{w.hello(t.name)}</p>
      <p>{w.confirmed}</p>
      <VisitFacts t={t} w={w} />
      <p>
        {w.code}
        <br />
        <span style={codeStyle}>{t.code}</span>
      </p>
      <p>{w.showCode}</p>
      {t.requirements.length > 0 && (
        <>
          <h2 style="font-size: 1.1em;">{w.beforeYouCome}</h2>
          <ul>{t.requirements.map((r) => <li>{r}</li>)}</ul>
        </>
      )}
      <p><a href={t.ticketUrl}>{w.ticket}</a></p>
      <p><a href={t.cancelUrl}>{w.cancel}</a><br />{w.cancelHint}</p>
      <p style="color: #555;">{w.calendarHint} {w.keepPrivate}</p>
    </Mail>
  );
}

export function CancellationMail(props: { t: TicketFacts; w: BookingMailText; subject: string }) {
  const { t, w } = props;
  return (
    <Mail t={t} title={props.subject}>
      <p>{w.hello(t.name)}</p>
      <p>{w.cancelled}</p>
      <VisitFacts t={t} w={w} />
      <p>{w.labelled(w.code, t.code)}</p>
      <p>{w.anotherTime}</p>
    </Mail>
  );
}
