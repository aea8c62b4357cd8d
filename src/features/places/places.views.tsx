/** The place page: what seed 000 shows for the Musée de la Libération, structured, in one language. */
import type { Locale } from "../../lib/locales.ts";
import { formatDate, formatList, formatNumber, formatTime, weekdayName } from "../../web/i18n/format.ts";
import { t } from "../../web/i18n/messages.ts";
import { Breadcrumb, fallbackLang, Paragraphs } from "../../web/views/text.tsx";
import { placeText, type PlaceText } from "./places.page-text.ts";
import type { presentPlace } from "./places.presenter.ts";
import type { LiveHours } from "./places.service.ts";
import { admissionLine, keyAccessFact, paragraphsNotToldByVisits, restatesAccess } from "./key-facts.ts";
import { weekLine } from "./week-line.ts";
import { paths } from "../../web/paths.ts";

type Place = ReturnType<typeof presentPlace>;
export interface PlacePageData {
  place: Place;
  live: LiveHours;
  objects: { slug: string; type: string; title?: string; summary?: string }[];
  nearby: { slug: string; kind: string; name?: string; city: string | null; distanceKm: number }[];
  /** Timed visits: each links to its page (times and booking); no live availability here, the page is cached. */
  visits: { slug: string; title: string; titleLang?: Locale; description?: string; durationMinutes: number; online: boolean }[];
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

/** The key facts under the title: today, the week, admission, the access fact that matters most, the address. */
function KeyFacts(props: { place: Place; live: LiveHours; locale: Locale; w: PlaceText; access?: Place["accessibility"][number]; onDate: string }) {
  const { place, live, locale, w, access } = props;
  const week = weekLine(locale, place.openingHours, props.onDate);
  const admission = admissionLine(locale, place.admission, (slug) => place.exhibitions.find((e) => e.slug === slug)?.title);
  const coords = place.coordinates;
  const street = [place.address.street, [place.address.postalCode, place.address.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const accessIndex = access ? place.accessibility.indexOf(access) : -1;
  return (
    <section class="key-facts" aria-labelledby="key-facts">
      <h2 id="key-facts" class="visually-hidden">{w.keyFacts}</h2>
      <dl>
        <dt>{w.todayLabel}</dt><dd><StatusLine live={live} locale={locale} /></dd>
        {week ? <><dt>{w.hours}</dt><dd class="week-line">{week}</dd></> : null}
        {admission ? <><dt>{w.admission}</dt><dd class="admission-line">{admission}</dd></> : null}
        {access ? <><dt>{w.accessibility}</dt><dd lang={fallbackLang(place, `accessibility.${accessIndex}`)}>{access.text}</dd></> : null}
        {street ? <><dt>{w.address}</dt><dd><address lang={fallbackLang(place, "address.street")}>{street}</address>
          {coords ? <> <a href={`geo:${coords.latitude},${coords.longitude}`}>{w.openInMaps}</a></> : null}</dd></> : null}
      </dl>
    </section>
  );
}

/** The practical details the key facts sum up: the days of this week, closures, the other access facts, who it suits. No links: focus never jumps back up to it. */
function Practical(props: { place: Place; live: LiveHours; locale: Locale; w: PlaceText; access?: Place["accessibility"][number] }) {
  const { place, live, locale, w } = props;
  const otherAccess = place.accessibility.map((a, i) => ({ a, i })).filter(({ a }) => a !== props.access);
  const otherAudience = place.audience.map((a, i) => ({ a, i })).filter(({ a }) => !a.recommended);
  // Without hours the key facts already say so; with nothing else to detail, there is no panel.
  if (place.openingHours.length === 0 && live.exceptions.length === 0 && otherAccess.length === 0 && otherAudience.length === 0) return null;
  return (
    <aside class="panel practical" aria-labelledby="practical">
      <h2 id="practical">{w.practical}</h2>
      {place.openingHours.length > 0 ? <>
        <h3>{w.thisWeek}</h3>
        <HoursTable live={live} locale={locale} w={w} />
      </> : null}
      {live.exceptions.length > 0 ? <>
        <h3>{w.upcomingClosures}</h3>
        <ul>{live.exceptions.map((e) => (
          <li>{formatDate(locale, e.startsOn)}{e.endsOn !== e.startsOn ? ` – ${formatDate(locale, e.endsOn)}` : ""}: {e.opens ? `${e.opens}–${e.closes}` : w.closed}</li>
        ))}</ul>
      </> : null}
      {otherAccess.length > 0 ? <>
        <h3>{props.access ? w.moreAccess : w.accessibility}</h3>
        <ul>{otherAccess.map(({ a, i }) => <li lang={fallbackLang(place, `accessibility.${i}`)}>{a.text}</li>)}</ul>
      </> : null}
      {otherAudience.length > 0 ? <>
        <h3>{w.whoItSuits}</h3>
        <ul>{otherAudience.map(({ a, i }) => <li lang={fallbackLang(place, `audience.${i}`)}>{a.text}</li>)}</ul>
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

/** How far a place of the network is, when it is among the nearest read for the page. */
const distanceOf = (nearby: PlacePageData["nearby"], slug: string) => nearby.find((n) => n.slug === slug)?.distanceKm;

/**
 * The place page: key facts under the title, then the story and what is there, the practical details,
 * and where to go next; each fact and each other place is said once (key-facts.ts gives the rules).
 */
export function PlacePage(props: PlacePageData & { locale: Locale }) {
  const { place, live, locale } = props;
  const w = placeText(locale);
  const m = t(locale);
  const access = keyAccessFact(place.accessibility);
  const figures = place.figures.map((f, i) => ({ f, i })).filter(({ f }) => !restatesAccess(f, place.accessibility));
  const description = paragraphsNotToldByVisits(place.description, props.visits.map((v) => v.description));
  // Each place once: partners first, then suggestions and related places not among them, then nearby ones not shown yet.
  const partnerSlugs = new Set(place.partners.map((p) => p.slug));
  const related = place.related.map((r, i) => ({ r, i })).filter(({ r }) => !partnerSlugs.has(r.slug));
  const shown = new Set([...partnerSlugs, ...place.suggestions.flatMap((s) => (s.place ? [s.place.slug] : [])), ...related.map(({ r }) => r.slug)]);
  const nearby = props.nearby.filter((n) => !shown.has(n.slug) && n.distanceKm <= NEARBY_KM).slice(0, NEARBY_SHOWN);
  return (
    <article class="place-page">
      <Breadcrumb label={m.breadcrumb} items={[
        { href: paths.home(locale), text: m.home }, { href: paths.places(locale), text: m.network }, { text: place.shortName ?? place.name ?? place.slug },
      ]} />
      <p class="kicker">{w.kinds[place.kind] ?? place.kind}{place.address.city ? ` · ${place.address.city}` : ""}{place.address.district ? ` · ${place.address.district}` : ""}</p>
      <h1 lang={fallbackLang(place, "name")}>{place.name}</h1>
      <KeyFacts place={place} live={live} locale={locale} w={w} access={access} onDate={live.week[0]!.date} />
      {place.tagline ? <p class="lead" lang={fallbackLang(place, "tagline")}>{place.tagline}</p> : null}
      {place.audience.some((a) => a.recommended) ? <ul class="badges">
        {place.audience.map((a, i) => (a.recommended ? <li class="badge" lang={fallbackLang(place, `audience.${i}`)}>{a.text}</li> : null))}
      </ul> : null}
      <div class="columns">
        <div>
          {place.highlights.length > 0 ? <ul class="highlights">
            {place.highlights.map((h, i) => (
              <li lang={fallbackLang(place, `highlights.${i}`)}><strong>{h.kind === "we_love" ? w.weLove : w.weAlsoLike}</strong>{h.text}</li>
            ))}
          </ul> : null}
          {description || place.summary ? <section aria-labelledby="about">
            <h2 id="about">{w.about}</h2>
            <Paragraphs text={description || place.summary} lang={fallbackLang(place, description ? "description" : "summary")} />
          </section> : null}
          {figures.length > 0 ? <section aria-labelledby="figures">
            <h2 id="figures">{w.inNumbers}</h2>
            <ul>{figures.map(({ f, i }) => (
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
        <Practical place={place} live={live} locale={locale} w={w} access={access} />
      </div>
      {place.partners.length > 0 ? <section aria-labelledby="partners" class="partners">
        <h2 id="partners">{w.partners}</h2>
        <ul class="grid">{place.partners.map((p, i) => {
          const km = distanceOf(props.nearby, p.slug);
          return (
            <li class="card"><h3><a href={paths.place(locale, p.slug)}>{p.name}</a></h3>
              {p.city || km !== undefined ? <p class="muted">{[p.city, km !== undefined ? w.kmAway(kmText(locale, km)) : undefined].filter(Boolean).join(" · ")}</p> : null}
              {p.note ? <p lang={fallbackLang(place, `partners.${i}.note`)}>{p.note}</p> : null}</li>
          );
        })}</ul>
        <p><a href={paths.placePartners(locale, place.slug)}>{w.allPartners}</a></p>
      </section> : null}
      {place.suggestions.length > 0 || related.length > 0 ? <section aria-labelledby="suggestions" class="suggestions-list">
        <h2 id="suggestions">{w.youLikeHistory}</h2>
        <ul class="grid">
          {place.suggestions.map((s, i) => <SuggestionCard suggestion={s} index={i} place={place} locale={locale} />)}
          {related.map(({ r, i }) => <RelatedCard related={r} index={i} place={place} locale={locale} />)}
        </ul>
      </section> : null}
      {nearby.length > 0 ? <section aria-labelledby="nearby" class="nearby">
        <h2 id="nearby">{w.nearby}</h2>
        <ul>{nearby.map((n) => (
          <li><a href={paths.place(locale, n.slug)}>{n.name}</a>{n.city ? `, ${n.city}` : ""} ({w.kmAway(kmText(locale, n.distanceKm))})</li>
        ))}</ul>
      </section> : null}
      {/* factsSource is written for editors (file names, seeds): the visitor gets one sentence in their words. */}
      {place.factsSource ? <p class="muted editors-note"><small>{w.editorsNote}</small></p> : null}
    </article>
  );
}

/** Nearby places listed once the others are left out, within a day trip's short hop (partners and suggestions show their own distance). */
const NEARBY_SHOWN = 4;
const NEARBY_KM = 30;

/**
 * One of the place's own suggestions: linked to the place of the network it names, else to its address
 * if it has one; a suggestion outside the network says so under its title, so no card is only a title.
 */
function SuggestionCard(props: { suggestion: Place["suggestions"][number]; index: number; place: Place; locale: Locale }) {
  const { suggestion: s, index: i, place, locale } = props;
  const w = placeText(locale);
  return (
    <li class="card suggestion">
      <h3 lang={fallbackLang(place, `suggestions.${i}.title`)}>
        {s.place ? <a href={paths.place(locale, s.place.slug)}>{s.title}</a> : s.url ? <a href={s.url}>{s.title}</a> : s.title}
      </h3>
      {s.text ? <p lang={fallbackLang(place, `suggestions.${i}.text`)}>{s.text}</p> : null}
      {s.place ? null : <p class="muted">{w.outsideNetwork}</p>}
    </li>
  );
}
