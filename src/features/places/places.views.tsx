/** The place page: what seed 000 shows for the Musée de la Libération, structured, in one language. */
import type { Locale } from "../../lib/locales.ts";
import { formatDate, formatList, formatNumber, formatPrice, formatTime, weekdayName } from "../../web/i18n/format.ts";
import { t } from "../../web/i18n/messages.ts";
import { Breadcrumb, fallbackLang, Paragraphs } from "../../web/views/text.tsx";
import { placeText, type PlaceText } from "./places.page-text.ts";
import type { presentPlace } from "./places.presenter.ts";
import { admissionOf, type LiveHours } from "./places.service.ts";
import { paths } from "../../web/paths.ts";

type Place = ReturnType<typeof presentPlace>;
export interface PlacePageData {
  place: Place;
  live: LiveHours;
  objects: { slug: string; type: string; title?: string; summary?: string }[];
  nearby: { slug: string; kind: string; name?: string; city: string | null; distanceKm: number }[];
  /** Timed visits: each links to its page (times and booking); no live availability here, the page is cached. */
  visits: { slug: string; title: string; titleLang?: Locale; durationMinutes: number; online: boolean }[];
}

export function StatusLine(props: { live: LiveHours; locale: Locale }) {
  const w = placeText(props.locale);
  const s = props.live.status;
  if (s.state === "unknown") return <p class="status">{w.hoursUnknown}</p>;
  if (s.state === "open") {
    return <p class="status status-open">{w.openNow}, {w.closesAt(formatTime(props.locale, s.closesAt))}</p>;
  }
  const next = s.opensAt;
  // The weekday, not "tomorrow": "Closed today, opens Tuesday at 10:00" reads the same on a printout.
  const when = !next ? "" : next.isToday ? w.opensToday(next.time) : w.opensOn(weekdayName(props.locale, next.weekday), next.time);
  const todayClosed = props.live.week[0]!.ranges.length === 0;
  return <p class="status status-closed">{todayClosed ? w.closedToday : w.closedNow}{when ? `, ${when}` : ""}</p>;
}

function HoursTable(props: { live: LiveHours; locale: Locale; w: PlaceText }) {
  const { w, locale } = props;
  return (
    <table>
      <caption class="visually-hidden">{w.thisWeek}</caption>
      <thead><tr><th scope="col">{w.day}</th><th scope="col">{w.hours}</th></tr></thead>
      <tbody>
        {props.live.week.map((d, i) => (
          <tr class={i === 0 ? "today" : undefined}>
            <th scope="row">{weekdayName(locale, d.weekday)}{i === 0 ? ` (${w.today})` : ""}</th>
            <td>{d.ranges.length === 0 ? w.closed : d.ranges.map((r) => `${formatTime(locale, r.opens)}–${formatTime(locale, r.closes)}`).join(", ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Practical(props: { place: Place; live: LiveHours; locale: Locale; w: PlaceText }) {
  const { place, live, locale, w } = props;
  const coords = place.coordinates;
  return (
    <aside class="panel" aria-labelledby="practical">
      <h2 id="practical">{w.practical}</h2>
      <StatusLine live={live} locale={locale} />
      {place.openingHours.length > 0 ? <>
        <h3>{w.thisWeek}</h3>
        <HoursTable live={live} locale={locale} w={w} />
        {live.closedWeekdays.length > 0
          ? <p>{w.closedOn(formatList(locale, live.closedWeekdays.map((d) => weekdayName(locale, d))))}</p> : null}
      </> : null}
      {live.exceptions.length > 0 ? <>
        <h3>{w.upcomingClosures}</h3>
        <ul>{live.exceptions.map((e) => (
          <li>{formatDate(locale, e.startsOn)}{e.endsOn !== e.startsOn ? ` – ${formatDate(locale, e.endsOn)}` : ""}: {e.opens ? `${e.opens}–${e.closes}` : w.closed}</li>
        ))}</ul>
      </> : null}
      {place.admission.length > 0 ? <>
        <h3>{w.admission}</h3>
        <ul>{place.admission.map((a, i) => (
          <li lang={fallbackLang(place, `admission.${i}.label`)}>
            <strong>{a.label}</strong>: {a.isFree ? w.free : a.price ? formatPrice(locale, a.price.amount, a.price.currency) : w.paidNoPrice}
            {a.conditions ? <> ({a.conditions})</> : null}
          </li>
        ))}</ul>
      </> : null}
      <h3>{w.address}</h3>
      <address>
        {place.address.street ? <>{place.address.street}<br /></> : null}
        {[place.address.postalCode, place.address.city].filter(Boolean).join(" ")}
        {place.address.district ? <><br />{place.address.district}</> : null}
      </address>
      {coords ? <p>
        <a href={`geo:${coords.latitude},${coords.longitude}`}>{w.openInMaps}</a><br />
        <a href={`https://www.openstreetmap.org/?mlat=${coords.latitude}&mlon=${coords.longitude}#map=17/${coords.latitude}/${coords.longitude}`}>{w.openOnMap}</a>
      </p> : null}
      {place.accessibility.length > 0 ? <>
        <h3>{w.accessibility}</h3>
        <ul>{place.accessibility.map((a, i) => <li lang={fallbackLang(place, `accessibility.${i}`)}>{a.text}</li>)}</ul>
      </> : null}
      {place.audience.length > 0 ? <>
        <h3>{w.whoItSuits}</h3>
        <ul>{place.audience.map((a, i) => <li lang={fallbackLang(place, `audience.${i}`)}>{a.text}</li>)}</ul>
      </> : null}
    </aside>
  );
}

/** Kilometres as a reader says them: one decimal under 10 km, whole beyond. */
const kmText = (locale: Locale, km: number) => formatNumber(locale, km < 10 ? Math.round(km * 10) / 10 : Math.round(km));

/** A related place: its name, kind and city, and why it is suggested, in words. */
function RelatedCard(props: { related: Place["related"][number]; index: number; place: Place; locale: Locale }) {
  const { related: r, index: i, place, locale } = props;
  const w = placeText(locale);
  return (
    <li class="card related-place">
      <h3 lang={fallbackLang(place, `related.${i}.name`)}><a href={paths.place(locale, r.slug)}>{r.name}</a></h3>
      <p class="muted">{w.kinds[r.kind] ?? r.kind}{r.city ? ` · ${r.city}` : ""}</p>
      <ul class="reasons" aria-label={w.whyRelated}>{r.reasons.map((reason) => {
        // The rarest themes come first; three say enough.
        if (reason.kind === "themes") {
          const names = reason.themes.slice(0, 3).map((t) => t.name ?? t.slug);
          return <li>{w.sharesThemes(names.length, formatList(locale, names))}</li>;
        }
        if (reason.kind === "people") return <li>{w.alsoTellsOf(formatList(locale, reason.people.map((p) => p.name)))}</li>;
        if (reason.kind === "distance") return <li>{w.kmAway(kmText(locale, reason.km))}</li>;
        return <li>{w.partnerPlace}</li>;
      })}</ul>
    </li>
  );
}

export function PlacePage(props: PlacePageData & { locale: Locale }) {
  const { place, live, locale } = props;
  const w = placeText(locale);
  const m = t(locale);
  const freeCollection = admissionOf(place.admission) === "free";
  return (
    <article>
      <Breadcrumb label={m.breadcrumb} items={[
        { href: paths.home(locale), text: m.home }, { href: paths.places(locale), text: m.network }, { text: place.name ?? place.slug },
      ]} />
      <p class="kicker">{w.kinds[place.kind] ?? place.kind}{place.address.city ? ` · ${place.address.city}` : ""}{place.address.district ? ` · ${place.address.district}` : ""}</p>
      <h1 lang={fallbackLang(place, "name")}>{place.name}</h1>
      {place.tagline ? <p class="lead" lang={fallbackLang(place, "tagline")}>{place.tagline}</p> : null}
      <ul class="badges">
        {freeCollection ? <li class="badge">{w.freePermanent}</li> : null}
        {place.audience.filter((a) => a.recommended).map((a) => <li class="badge">{a.text}</li>)}
      </ul>
      <div class="columns">
        <div>
          {place.highlights.length > 0 ? <ul class="highlights">
            {place.highlights.map((h, i) => (
              <li lang={fallbackLang(place, `highlights.${i}`)}><strong>{h.kind === "we_love" ? w.weLove : w.weAlsoLike}</strong>{h.text}</li>
            ))}
          </ul> : null}
          {place.description || place.summary ? <section aria-labelledby="about">
            <h2 id="about">{w.about}</h2>
            <Paragraphs text={place.description ?? place.summary} lang={fallbackLang(place, place.description ? "description" : "summary")} />
          </section> : null}
          {place.figures.length > 0 ? <section aria-labelledby="figures">
            <h2 id="figures">{w.inNumbers}</h2>
            <ul>{place.figures.map((f, i) => (
              <li lang={fallbackLang(place, `figures.${i}`)}>
                {[w.qualifiers[f.qualifier], f.value === undefined ? "" : formatNumber(locale, f.value)].filter(Boolean).join(" ")} {f.label}
              </li>
            ))}</ul>
          </section> : null}
          {props.visits.length > 0 ? <section aria-labelledby="visits">
            <h2 id="visits">{w.timedVisits}</h2>
            <ul class="grid">{props.visits.map((v) => {
              const href = paths.visit(locale, place.slug, v.slug);
              return (
                <li class="card"><h3 lang={v.titleLang}><a href={href}>{v.title}</a></h3>
                  <p class="muted">{w.visitMinutes(v.durationMinutes)}</p>
                  <p>{v.online ? <a href={href}>{w.bookOnline}<span class="visually-hidden"> ({v.title})</span></a> : w.bookAtDesk}</p></li>
              );
            })}</ul>
          </section> : null}
          {place.exhibitions.length > 0 ? <section aria-labelledby="exhibitions">
            <h2 id="exhibitions">{w.exhibitions}</h2>
            <ul class="grid">{place.exhibitions.map((e) => (
              <li class="card"><h3><a href={paths.exhibition(locale, e.slug)}>{e.title}</a></h3>
                <p class="muted">{e.kind === "permanent" ? w.permanent : w.temporary}</p></li>
            ))}</ul>
          </section> : null}
          {props.objects.length > 0 ? <section aria-labelledby="collection">
            <h2 id="collection">{w.collection}</h2>
            <ul class="grid">{props.objects.map((o) => (
              <li class="card"><h3><a href={paths.object(locale, o.slug)}>{o.title}</a></h3>{o.summary ? <p>{o.summary}</p> : null}</li>
            ))}</ul>
          </section> : null}
        </div>
        <Practical place={place} live={live} locale={locale} w={w} />
      </div>
      {place.partners.length > 0 ? <section aria-labelledby="partners">
        <h2 id="partners">{w.partners}</h2>
        <ul class="grid">{place.partners.map((p, i) => (
          <li class="card"><h3><a href={paths.place(locale, p.slug)}>{p.name}</a></h3>
            {p.city ? <p class="muted">{p.city}</p> : null}
            {p.note ? <p lang={fallbackLang(place, `partners.${i}.note`)}>{p.note}</p> : null}</li>
        ))}</ul>
        <p><a href={paths.placePartners(locale, place.slug)}>{w.allPartners}</a></p>
      </section> : null}
      {place.suggestions.length > 0 || place.related.length > 0 ? <section aria-labelledby="suggestions">
        <h2 id="suggestions">{w.youLikeHistory}</h2>
        <ul class="grid">
          {place.suggestions.map((s, i) => (
            <li class="card"><h3 lang={fallbackLang(place, `suggestions.${i}.title`)}>
              {s.place ? <a href={paths.place(locale, s.place.slug)}>{s.title}</a> : s.url ? <a href={s.url}>{s.title}</a> : s.title}
            </h3>{s.text ? <p lang={fallbackLang(place, `suggestions.${i}.text`)}>{s.text}</p> : null}</li>
          ))}
          {place.related.map((r, i) => <RelatedCard related={r} index={i} place={place} locale={locale} />)}
        </ul>
      </section> : null}
      {props.nearby.length > 0 ? <section aria-labelledby="nearby">
        <h2 id="nearby">{w.nearby}</h2>
        <ul>{props.nearby.map((n) => (
          <li><a href={paths.place(locale, n.slug)}>{n.name}</a>{n.city ? `, ${n.city}` : ""} ({w.kmAway(formatNumber(locale, Math.round(n.distanceKm * 10) / 10))})</li>
        ))}</ul>
      </section> : null}
      {place.factsSource ? <p class="muted"><small>{w.source}: {place.factsSource}</small></p> : null}
    </article>
  );
}
