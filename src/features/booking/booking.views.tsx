/** A visit's page: its facts, what it requires, and its times day by day (links to book them), without JavaScript. */
import type { Locale } from "../../lib/locales.ts";
import { t } from "../../web/i18n/messages.ts";
import { Breadcrumb, fallbackLang, Paragraphs } from "../../web/views/text.tsx";
import { bookingText, dayText, type BookingText } from "./booking.page-text.ts";
import { bookingFormPath, offerPath, type TimeLine, type VisitSummary } from "./booking-pages.presenter.ts";
import type { SlotView } from "./booking.service.ts";
import { paths } from "../../web/paths.ts";

export function VisitBreadcrumb(props: { visit: VisitSummary; locale: Locale; current?: string }) {
  const { visit, locale } = props;
  const m = t(locale);
  return (
    <Breadcrumb label={m.breadcrumb} items={[
      { href: paths.home(locale), text: m.home },
      { href: paths.places(locale), text: m.network },
      { href: paths.place(locale, visit.placeSlug), text: visit.placeName },
      ...(props.current ? [{ href: offerPath(locale, visit), text: visit.title }, { text: props.current }] : [{ text: visit.title }]),
    ]} />
  );
}

/** What the visit is: its length and price. */
export function VisitFacts(props: { visit: VisitSummary; w: BookingText }) {
  const { visit, w } = props;
  return (
    <dl class="facts">
      <dt>{w.duration}</dt><dd>{w.minutes(visit.durationMinutes)}</dd>
      <dt>{w.price}</dt><dd>{visit.price}</dd>
    </dl>
  );
}

/**
 * How the museum takes bookings of the visit: places per time, people per booking, languages, and
 * what a larger group does. These are the offer's settings (often the project's defaults, as its
 * factsSource says), so they are worded as rules, never as facts of the place's history. The museum's
 * phone, e-mail or website are given only where the place publishes them; none is ever made up.
 */
export function BookingRules(props: { visit: VisitSummary; w: BookingText }) {
  const { visit, w } = props;
  const { phone, email, website } = visit.contacts;
  const hasContact = Boolean(phone || email || website);
  return (
    <section aria-labelledby="booking-rules" class="booking-rules">
      <h2 id="booking-rules">{w.bookingRules}</h2>
      <ul>
        <li>{w.perTime(visit.capacity)}</li>
        <li>{w.partyRule(visit.partyMin, visit.partyMax)}</li>
        {visit.languages ? <li>{w.givenIn(visit.languages)}</li> : null}
        <li>{hasContact ? w.largerGroupContact(visit.partyMax) : w.largerGroupAsk(visit.partyMax)}
          {hasContact ? <ul class="contacts">
            {phone ? <li>{w.phone}{w.colon}<a href={`tel:${phone.replace(/[^+\d]/g, "")}`}>{phone}</a></li> : null}
            {email ? <li>{w.email}{w.colon}<a href={`mailto:${email}`}>{email}</a></li> : null}
            {website ? <li>{w.website}{w.colon}<a href={website}>{website}</a></li> : null}
          </ul> : null}</li>
      </ul>
    </section>
  );
}

/** What the visit requires, under its own heading (`id` for links and aria). */
export function Requirements(props: { lines: string[]; title: string; id: string; w: BookingText }) {
  return (
    <section aria-labelledby={props.id} class="requirements">
      <h2 id={props.id}>{props.title}</h2>
      {props.lines.length > 0 ? <ul>{props.lines.map((line) => <li>{line}</li>)}</ul> : <p>{props.w.noRequirement}</p>}
    </section>
  );
}

/** Availability in words (colour only repeats them). */
export function placesText(slot: Pick<SlotView, "remaining" | "availability">, party: number, w: BookingText): string {
  if (slot.availability === "sold_out") return w.soldOut;
  if (slot.remaining < party) return w.notEnough(slot.remaining, party);
  return slot.availability === "few_left" ? w.fewLeft(slot.remaining) : w.placesLeft(slot.remaining);
}

/** Links to the next times that fit the party (each to its booking form), or says there is none. */
export function NextTimes(props: { next: SlotView[]; party: number; locale: Locale }) {
  const w = bookingText(props.locale);
  if (props.next.length === 0) return <p>{w.noNextFitting(props.party)}</p>;
  return (
    <>
      <p>{w.nextFitting(props.party)}</p>
      <ul class="next-times">
        {props.next.map((s) => (
          <li><a href={bookingFormPath(props.locale, s, props.party)}>{w.at(dayText(props.locale, s.localDate), s.localTime)}</a> ({placesText(s, props.party, w)})</li>
        ))}
      </ul>
    </>
  );
}

export interface CalendarDay {
  date: string;
  hasTimes: boolean;
}

export interface OfferPageData {
  visit: VisitSummary;
  days: CalendarDay[];
  chosen: string;
  party: number;
  times: TimeLine[];
  /** The room the visit takes visitors to, and the events it tells. */
  room?: { slug: string; title: string; titleLang?: Locale; events: { slug: string; title: string; titleLang?: Locale }[] };
}

const availabilityClass = (line: TimeLine) => (line.slot.availability === "sold_out" || !line.fits ? "slot-full" : line.slot.availability === "few_left" ? "slot-few" : "slot-open");

function PartyChoice(props: { data: OfferPageData; locale: Locale; w: BookingText }) {
  const { data, w } = props;
  const sizes = Array.from({ length: data.visit.partyMax - data.visit.partyMin + 1 }, (_, i) => data.visit.partyMin + i);
  return (
    <form method="get" action={offerPath(props.locale, data.visit)} class="party-choice">
      <input type="hidden" name="date" value={data.chosen} />
      <label for="party">{w.partyLabel}</label>
      <select id="party" name="party">
        {sizes.map((n) => <option value={String(n)} selected={n === data.party}>{n}</option>)}
      </select>
      <button type="submit" class="button">{w.showTimes}</button>
    </form>
  );
}

function Calendar(props: { data: OfferPageData; locale: Locale; w: BookingText }) {
  const { data, locale, w } = props;
  const { visit, party } = data;
  const bookable = visit.online;
  return (
    <>
      <nav aria-labelledby="days" class="days">
        <h3 id="days">{w.chooseDay}</h3>
        <ul>
          {data.days.map((d) => (
            <li>{d.date === data.chosen
              ? <a href={offerPath(locale, visit, { date: d.date, party: bookable ? party : undefined })} aria-current="date"><strong>{dayText(locale, d.date)}</strong></a>
              : d.hasTimes
                ? <a href={offerPath(locale, visit, { date: d.date, party: bookable ? party : undefined })}>{dayText(locale, d.date)}</a>
                : <span class="muted">{dayText(locale, d.date)} ({w.noVisitThatDay})</span>}</li>
          ))}
        </ul>
      </nav>
      <h3 id="times">{w.timesOn(dayText(locale, data.chosen))}</h3>
      {bookable ? <p class="muted">{w.partyShown(party)}</p> : null}
      {data.times.length === 0 ? <p>{w.noTimeLeft}</p> : (
        <ul class="times" aria-labelledby="times">
          {data.times.map((line) => (
            <li class={availabilityClass(line)}>
              <strong class="time">{line.slot.localTime}</strong>{" "}
              <span class="places">{placesText(line.slot, party, w)}</span>
              {bookable && line.fits ? <> <a class="button" href={bookingFormPath(locale, line.slot, party)}>{w.book}<span class="visually-hidden"> {line.slot.localTime}</span></a></> : null}
              {bookable && !line.fits && line.next ? <div class="next"><NextTimes next={line.next} party={party} locale={locale} /></div> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function OfferPage(props: { data: OfferPageData; locale: Locale }) {
  const { data, locale } = props;
  const { visit } = data;
  const w = bookingText(locale);
  return (
    <article>
      <VisitBreadcrumb visit={visit} locale={locale} />
      <p class="kicker"><a href={paths.place(locale, visit.placeSlug)} lang={fallbackLang(visit, "placeName")}>{visit.placeName}</a> · {w.timedVisits}</p>
      <h1 lang={fallbackLang(visit, "title")}>{visit.title}</h1>
      <VisitFacts visit={visit} w={w} />
      <BookingRules visit={visit} w={w} />
      {visit.online ? null : (
        <section aria-labelledby="onsite-only" class="panel notice">
          <h2 id="onsite-only">{w.onsiteOnlyTitle}</h2>
          <p>{w.onsiteOnlyTip}</p>
        </section>
      )}
      <Paragraphs text={visit.description} lang={fallbackLang(visit, "description")} />
      {data.room ? <p class="visit-room">
        {w.visitRoom}<a href={paths.room(locale, data.room.slug)} lang={data.room.titleLang}>{data.room.title}</a>
        {data.room.events.length > 0 ? <>{w.roomTells}{data.room.events.map((e, i) => <>{i > 0 ? ", " : ""}<a href={paths.event(locale, e.slug)} lang={e.titleLang}>{e.title}</a></>)}</> : null}.
      </p> : null}
      <Requirements lines={visit.requirements} title={w.beforeYouBook} id="before-booking" w={w} />
      <section aria-labelledby="calendar">
        <h2 id="calendar">{visit.online ? w.chooseTime : w.timesForInformation}</h2>
        {visit.online ? <PartyChoice data={data} locale={locale} w={w} /> : null}
        <Calendar data={data} locale={locale} w={w} />
      </section>
    </article>
  );
}
