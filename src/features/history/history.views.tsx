/** The person, event and timeline pages, in one language; and how a date of known precision is shown. */
import type { Locale } from "../../lib/locales.ts";
import { formatList } from "../../web/i18n/format.ts";
import { t } from "../../web/i18n/messages.ts";
import { Breadcrumb, fallbackLang, LinkedText, Paragraphs, type NameLinks } from "../../web/views/text.tsx";
import { FuzzyTime } from "../../web/views/fuzzy-time.tsx";
import { collectionText } from "../collection/collection.page-text.ts";
import { MediaList } from "../collection/media.views.tsx";
import type { RelatedRecord } from "../collection/related-records.ts";
import { RelatedRecords } from "../collection/related-records.views.tsx";
import type { presentEvent, presentEventSummary } from "./events.presenter.ts";
import type { TellingPlace } from "./history-links.ts";
import { historyText } from "./history.page-text.ts";
import type { presentPerson, presentPersonSummary } from "./people.presenter.ts";
import { paths } from "../../web/paths.ts";

type Person = ReturnType<typeof presentPerson>;
export type PersonSummary = ReturnType<typeof presentPersonSummary>;
type Event = ReturnType<typeof presentEvent>;
export type TimelineEvent = ReturnType<typeof presentEventSummary>;
/** The year a date is listed under on the timeline. */
export const yearOf = (date: { start?: string; end?: string } | undefined) => (date?.start ?? date?.end)?.slice(0, 4);

/**
 * "Also known as Colonel Rol (nom de guerre)." in one line: each alias with its kind (and note), listed
 * the language's way. The list is formatted with placeholders, then each is replaced by its alias.
 */
function AlsoKnownAs(props: { person: Person; locale: Locale }) {
  const { person: p, locale } = props;
  const w = historyText(locale);
  if (p.aliases.length === 0) return null;
  const line = w.alsoKnownAs(formatList(locale, p.aliases.map((_, i) => `\u0000${i}\u0000`)));
  return (
    <p class="also-known-as">{line.split(/\u0000(\d+)\u0000/).map((part, n) => {
      if (n % 2 === 0) return part;
      const i = Number(part);
      const a = p.aliases[i]!;
      const note = a.note?.replace(/\.$/, "");
      const noteLang = fallbackLang(p, `aliases.${i}.note`);
      return <><strong>{a.name}</strong>{` (${w.aliasKinds[a.kind] ?? a.kind}`}{note ? (noteLang ? dashed(note, noteLang) : ` — ${note}`) : null})</>;
    })}</p>
  );
}

/** " — text" after a name (a role, a note), marked with its language when it fell back. */
const dashed = (text: string | undefined, lang: Locale | undefined) => (text ? <span lang={lang}>{` — ${text}`}</span> : null);

export function PersonPage(props: { person: Person; related?: RelatedRecord[]; placeLinks?: NameLinks; locale: Locale }) {
  const { person: p, locale } = props;
  const w = historyText(locale);
  const c = collectionText(locale);
  const m = t(locale);
  return (
    <article>
      <Breadcrumb label={m.breadcrumb} items={[{ href: paths.home(locale), text: m.home }, { href: paths.people(locale), text: w.peopleIndex }, { text: p.name }]} />
      <p class="kicker" lang={fallbackLang(p, "title")}>{p.title ?? w.person}</p>
      <h1>{p.name}</h1>
      <AlsoKnownAs person={p} locale={locale} />
      {p.summary ? <p class="lead" lang={fallbackLang(p, "summary")}><LinkedText text={p.summary} links={props.placeLinks} /></p> : null}
      {p.birth || p.death ? <dl class="facts">
        {p.birth ? <><dt>{w.born}</dt><dd><FuzzyTime date={p.birth} /></dd></> : null}
        {p.death ? <><dt>{w.died}</dt><dd><FuzzyTime date={p.death} /></dd></> : null}
      </dl> : null}
      {p.description ? <section aria-labelledby="about">
        <h2 id="about">{w.about}</h2>
        <Paragraphs text={p.description} lang={fallbackLang(p, "description")} links={props.placeLinks} />
      </section> : null}
      {p.roles.length > 0 ? <section aria-labelledby="roles">
        <h2 id="roles">{w.roles}</h2>
        <ul>{p.roles.map((r, i) => (
          <li>
            <span lang={fallbackLang(p, `roles.${i}.role`)}>{r.role}</span>
            {r.place ? <>{" — "}<a href={paths.place(locale, r.place.slug)} lang={fallbackLang(p, `roles.${i}.place`)}>{r.place.name}</a></> : null}
            {r.period ? <> (<FuzzyTime date={r.period} />)</> : null}
          </li>
        ))}</ul>
      </section> : null}
      {p.events.length > 0 ? <section aria-labelledby="events">
        <h2 id="events">{w.events}</h2>
        <ol class="timeline">{p.events.map((e, i) => (
          <li>
            {e.date ? <FuzzyTime date={e.date} /> : null}
            <a href={paths.event(locale, e.slug)} lang={fallbackLang(p, `events.${i}.title`)}>{e.title}</a>
            {dashed(e.role, fallbackLang(p, `events.${i}.role`))}
          </li>
        ))}</ol>
      </section> : null}
      {p.objects.length > 0 ? <section aria-labelledby="objects">
        <h2 id="objects">{w.objects}</h2>
        <ul>{p.objects.map((o, i) => (
          <li>
            <a href={paths.object(locale, o.slug)} lang={fallbackLang(p, `objects.${i}.title`)}>{o.title}</a>
            <span class="muted"> ({c.types[o.type] ?? o.type})</span>
            {dashed(o.role, fallbackLang(p, `objects.${i}.role`))}
          </li>
        ))}</ul>
      </section> : null}
      {p.media.length > 0 ? <section aria-labelledby="media">
        <h2 id="media">{w.media}</h2>
        <MediaList media={p.media} locale={locale} record={p} />
      </section> : null}
      <RelatedRecords related={props.related ?? []} locale={locale} />
    </article>
  );
}

/** Where an event is told: each place, with the rooms (their exhibition and timed visit) and the objects there. */
function WhereTold(props: { places: TellingPlace[]; locale: Locale }) {
  const { places, locale } = props;
  if (places.length === 0) return null;
  const w = historyText(locale);
  const c = collectionText(locale);
  return (
    <section aria-labelledby="where-told">
      <h2 id="where-told">{w.whereTold}</h2>
      <ul class="where-told">{places.map((pl) => (
        <li>
          <a href={paths.place(locale, pl.slug)} lang={pl.lang}>{pl.name}</a>
          <ul>{pl.tellings.map((t) => t.kind === "room"
            ? <li>
                {w.roomLabel(t.number)}{w.colon}<a href={paths.room(locale, t.slug)} lang={t.lang}>{t.title}</a>
                {t.exhibition ? <>{w.inExhibition}<a href={paths.exhibition(locale, t.exhibition.slug)} lang={t.exhibition.lang}>{t.exhibition.title}</a></> : null}
                {t.visit ? <>{" · "}<a href={paths.visit(locale, pl.slug, t.visit.slug)}>{w.visitIt}</a></> : null}
              </li>
            : <li>
                {c.types[t.type ?? ""] ?? t.type}{w.colon}<a href={paths.object(locale, t.slug)} lang={t.lang}>{t.title}</a>
              </li>)}</ul>
        </li>
      ))}</ul>
    </section>
  );
}

export function EventPage(props: { event: Event; tellings?: TellingPlace[]; placeLinks?: NameLinks; locale: Locale }) {
  const { event: e, locale } = props;
  const w = historyText(locale);
  const c = collectionText(locale);
  const m = t(locale);
  const loc = e.location;
  return (
    <article>
      <Breadcrumb label={m.breadcrumb} items={[{ href: paths.home(locale), text: m.home }, { href: paths.events(locale), text: w.eventsIndex }, { text: e.title ?? e.slug }]} />
      <p class="kicker">{w.eventKinds[e.kind] ?? e.kind}</p>
      <h1 lang={fallbackLang(e, "title")}>{e.title}</h1>
      {e.summary ? <p class="lead" lang={fallbackLang(e, "summary")}><LinkedText text={e.summary} links={props.placeLinks} /></p> : null}
      <dl class="facts">
        {e.date ? <><dt>{w.date}</dt><dd><FuzzyTime date={e.date} /></dd></> : null}
        {loc ? <><dt>{w.location}</dt><dd>
          {loc.place ? <a href={paths.place(locale, loc.place.slug)} lang={fallbackLang(e, "location.place")}>{loc.place.name}</a> : null}
          {loc.name && loc.name !== loc.place?.name ? <span lang={fallbackLang(e, "location.name")}>{loc.place ? ` (${loc.name})` : loc.name}</span> : null}
        </dd></> : null}
      </dl>
      {e.description ? <section aria-labelledby="about">
        <h2 id="about">{w.about}</h2>
        <Paragraphs text={e.description} lang={fallbackLang(e, "description")} links={props.placeLinks} />
      </section> : null}
      {e.people.length > 0 ? <section aria-labelledby="people">
        <h2 id="people">{w.people}</h2>
        <ul>{e.people.map((p, i) => (
          <li><a href={paths.person(locale, p.slug)}>{p.name}</a>{dashed(p.role, fallbackLang(e, `people.${i}.role`))}</li>
        ))}</ul>
      </section> : null}
      <WhereTold places={props.tellings ?? []} locale={locale} />
      {e.themes.length > 0 ? <section aria-labelledby="themes">
        <h2 id="themes">{w.themes}</h2>
        <ul class="badges">{e.themes.map((th, i) => <li class="badge"><a href={paths.theme(locale, th.slug)} lang={fallbackLang(e, `themes.${i}`)}>{th.name}</a></li>)}</ul>
      </section> : null}
      {e.media.length > 0 ? <section aria-labelledby="media">
        <h2 id="media">{w.media}</h2>
        <MediaList media={e.media} locale={locale} record={e} />
      </section> : null}
      <p><a href={paths.timelineEvent(locale, e.slug)}>{w.onTimeline}</a></p>
      {/* Provenance is for editors and the API: the page only says, in the visitor's words, that editors added some details. */}
      {e.factsSource ? <p class="muted"><small>{w.editorsNote}</small></p> : null}
    </article>
  );
}

/** Events grouped by the year they start in, keeping their time order. */
export function groupByYear(items: TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const groups: { year: string; events: TimelineEvent[] }[] = [];
  for (const item of items) {
    const year = yearOf(item.date) ?? "";
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(item);
    else groups.push({ year, events: [item] });
  }
  return groups;
}

export function TimelinePage(props: { events: TimelineEvent[]; locale: Locale }) {
  const { locale } = props;
  const w = historyText(locale);
  const groups = groupByYear(props.events);
  return (
    <article>
      <h1>{w.timeline}</h1>
      <p class="lead">{w.timelineIntro}</p>
      <nav aria-label={w.years} class="year-index">
        <ul class="badges">{groups.map((g) => <li><a class="badge" href={`#year-${g.year}`}>{g.year}</a></li>)}</ul>
      </nav>
      {groups.map((g) => <>
        <h2 id={`year-${g.year}`} class="year">{g.year} <small class="muted">({w.eventCount(g.events.length)})</small></h2>
        <ol class="timeline">{g.events.map((e) => (
          <li id={`event-${e.slug}`}>
            {e.date ? <FuzzyTime date={e.date} /> : null}
            <a href={paths.event(locale, e.slug)} lang={fallbackLang(e, "title")}>{e.title}</a>
            {e.location?.name ?? e.location?.place?.name
              ? <span class="muted" lang={fallbackLang(e, e.location?.name ? "location.name" : "location.place")}>{` — ${e.location?.name ?? e.location?.place?.name}`}</span>
              : null}
          </li>
        ))}</ol>
      </>)}
    </article>
  );
}

/** The index of people: name, life dates and one line each. */
export function PeopleIndexPage(props: { people: PersonSummary[]; locale: Locale }) {
  const { locale } = props;
  const w = historyText(locale);
  const m = t(locale);
  return (
    <article>
      <Breadcrumb label={m.breadcrumb} items={[{ href: paths.home(locale), text: m.home }, { text: w.peopleIndex }]} />
      <h1>{w.peopleIndex}</h1>
      <p class="lead">{w.peopleIntro}</p>
      <ul class="record-index">{props.people.map((p) => (
        <li>
          <a href={paths.person(locale, p.slug)}>{p.name}</a>
          {p.birth || p.death ? <span class="muted">{" ("}{p.birth ? <FuzzyTime date={p.birth} /> : null}{"–"}{p.death ? <FuzzyTime date={p.death} /> : null}{")"}</span> : null}
          {p.summary ? <p lang={fallbackLang(p, "summary")}>{p.summary}</p> : null}
        </li>
      ))}</ul>
    </article>
  );
}

/** The index of events: date, title and place, in time order. */
export function EventsIndexPage(props: { events: TimelineEvent[]; locale: Locale }) {
  const { locale } = props;
  const w = historyText(locale);
  const m = t(locale);
  return (
    <article>
      <Breadcrumb label={m.breadcrumb} items={[{ href: paths.home(locale), text: m.home }, { text: w.eventsIndex }]} />
      <h1>{w.eventsIndex}</h1>
      <p class="lead">{w.eventsIntro} <a href={paths.timeline(locale)}>{m.timeline}</a></p>
      <ol class="timeline">{props.events.map((e) => (
        <li>
          {e.date ? <FuzzyTime date={e.date} /> : null}
          <a href={paths.event(locale, e.slug)} lang={fallbackLang(e, "title")}>{e.title}</a>
          {e.location?.place
            ? <>{" — "}<a href={paths.place(locale, e.location.place.slug)} lang={fallbackLang(e, "location.place")}>{e.location.place.name}</a></>
            : e.location?.name ? <span class="muted" lang={fallbackLang(e, "location.name")}>{` — ${e.location.name}`}</span> : null}
        </li>
      ))}</ol>
    </article>
  );
}
