/** The exhibition and room pages, in one language: what seed 002 shows for room 5 of the Mémorial de Caen, structured. */
import type { Locale } from "../../lib/locales.ts";
import { formatDate } from "../../web/i18n/format.ts";
import { t } from "../../web/i18n/messages.ts";
import { Breadcrumb, fallbackLang, Paragraphs } from "../../web/views/text.tsx";
import { collectionText } from "../collection/collection.page-text.ts";
import { MediaList } from "../collection/media.views.tsx";
import { EVENT_KINDS } from "../history/events.schemas.ts";
import { historyText } from "../history/history.page-text.ts";
import { FuzzyTime, type ShownDate } from "../../web/views/fuzzy-time.tsx";
import { exhibitionText, type ExhibitionText } from "./exhibitions.page-text.ts";
import type { presentExhibition, presentRoom } from "./exhibitions.presenter.ts";
import { paths } from "../../web/paths.ts";

type Exhibition = ReturnType<typeof presentExhibition>;
type Room = ReturnType<typeof presentRoom>;
type Fallbacks = { fallbacks?: Record<string, Locale> };
export interface RoomEvent { slug: string; kind: string; title?: string; titleLang?: Locale; date?: ShownDate }

function Themes(props: { themes: { slug: string; name?: string }[]; record: Fallbacks; w: ExhibitionText; locale: Locale }) {
  if (props.themes.length === 0) return null;
  return (
    <section aria-labelledby="themes">
      <h2 id="themes">{props.w.themes}</h2>
      <ul class="badges">{props.themes.map((th, i) => <li class="badge"><a href={paths.theme(props.locale, th.slug)} lang={fallbackLang(props.record, `themes.${i}`)}>{th.name}</a></li>)}</ul>
    </section>
  );
}

function dates(e: Exhibition, locale: Locale, w: ExhibitionText): string | undefined {
  const from = e.opensOn ? formatDate(locale, e.opensOn) : undefined;
  const to = e.closesOn ? formatDate(locale, e.closesOn) : undefined;
  if (from && to) return w.fromTo(from, to);
  if (from) return w.from(from);
  if (to) return w.until(to);
  return undefined;
}

export function ExhibitionPage(props: { exhibition: Exhibition; free: boolean; locale: Locale }) {
  const { exhibition: e, locale } = props;
  const w = exhibitionText(locale);
  const m = t(locale);
  const when = dates(e, locale, w);
  return (
    <article>
      <Breadcrumb label={m.breadcrumb} items={[
        { href: paths.home(locale), text: m.home }, { href: paths.places(locale), text: m.network },
        { href: paths.place(locale, e.place.slug), text: e.place.name ?? e.place.slug }, { text: e.title ?? e.slug },
      ]} />
      <p class="kicker">{e.kind === "permanent" ? w.permanent : w.temporary}</p>
      <h1 lang={fallbackLang(e, "title")}>{e.title}</h1>
      {e.summary ? <p class="lead" lang={fallbackLang(e, "summary")}>{e.summary}</p> : null}
      <dl class="facts">
        <dt>{w.at}</dt>
        <dd><a href={paths.place(locale, e.place.slug)} lang={fallbackLang(e, "place")}>{e.place.name}</a></dd>
        {when ? <><dt>{e.kind === "permanent" ? w.permanent : w.temporary}</dt><dd>{when}</dd></> : null}
      </dl>
      {props.free ? <ul class="badges"><li class="badge">{w.free}</li></ul> : null}
      {e.description ? <section aria-labelledby="about">
        <h2 id="about">{w.about}</h2>
        <Paragraphs text={e.description} lang={fallbackLang(e, "description")} />
      </section> : null}
      {e.rooms.length > 0 ? <section aria-labelledby="rooms">
        <h2 id="rooms">{w.rooms}</h2>
        <ol class="room-list">{e.rooms.map((r, i) => (
          <li><a href={paths.room(locale, r.slug)} lang={fallbackLang(e, `rooms.${i}`)}>{w.room(r.number, r.title ?? r.slug)}</a></li>
        ))}</ol>
      </section> : null}
      <Themes themes={e.themes} record={e} w={w} locale={locale} />
      {e.media.length > 0 ? <section aria-labelledby="media">
        <h2 id="media">{w.media}</h2>
        <MediaList media={e.media} locale={locale} record={e} />
      </section> : null}
    </article>
  );
}

/** The related events by kind (liberations first), each kind in time order. */
export interface RoomPerson { slug: string; name: string; role?: string; roleLang?: Locale }
export interface RoomVisit { placeSlug: string; slug: string; title: string; titleLang?: Locale }

/** The people of the events the room tells. */
function RoomPeople(props: { people: RoomPerson[]; locale: Locale; w: ExhibitionText }) {
  const { people, locale, w } = props;
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="room-people">
      <h2 id="room-people">{w.roomPeople}</h2>
      <ul>{people.map((p) => (
        <li><a href={paths.person(locale, p.slug)}>{p.name}</a>{p.role ? <span lang={p.roleLang}>{` — ${p.role}`}</span> : null}</li>
      ))}</ul>
    </section>
  );
}

function RelatedEvents(props: { events: RoomEvent[]; locale: Locale; w: ExhibitionText }) {
  const { events, locale, w } = props;
  if (events.length === 0) return null;
  const h = historyText(locale);
  const groups = EVENT_KINDS.map((kind) => ({ kind, events: events.filter((e) => e.kind === kind) })).filter((g) => g.events.length > 0);
  return (
    <section aria-labelledby="related-events">
      <h2 id="related-events">{w.relatedEvents}</h2>
      <p>{w.relatedEventsIntro}</p>
      {groups.map((g) => <>
        <h3 id={`events-${g.kind}`}>{h.eventKindsPlural[g.kind] ?? g.kind}</h3>
        <ol class="timeline">{g.events.map((e) => (
          <li>{e.date ? <FuzzyTime date={e.date} /> : null}<a href={paths.event(locale, e.slug)} lang={e.titleLang}>{e.title}</a></li>
        ))}</ol>
      </>)}
      <p><a href={paths.timeline(locale)}>{w.timeline}</a></p>
    </section>
  );
}

export function RoomPage(props: { room: Room; name: string; events: RoomEvent[]; people?: RoomPerson[]; visit?: RoomVisit; locale: Locale }) {
  const { room: r, locale } = props;
  const w = exhibitionText(locale);
  const c = collectionText(locale);
  const m = t(locale);
  const lang = (field: string) => fallbackLang(r, field);
  return (
    <article>
      <Breadcrumb label={m.breadcrumb} items={[
        { href: paths.home(locale), text: m.home },
        { href: paths.place(locale, r.place.slug), text: r.place.name ?? r.place.slug },
        { href: paths.exhibition(locale, r.exhibition.slug), text: r.exhibition.title ?? r.exhibition.slug },
        { text: props.name },
      ]} />
      <p class="kicker"><span lang={lang("exhibition")}>{r.exhibition.title}</span> · <span lang={lang("place")}>{r.place.name}</span></p>
      <h1 lang={lang("title")}>{props.name}</h1>
      {r.subtitle ? <p class="lead" lang={lang("subtitle")}>{r.subtitle}</p> : null}
      {r.description
        ? <Paragraphs text={r.description} lang={lang("description")} class="prose room-intro" />
        : r.summary ? <p class="lead" lang={lang("summary")}>{r.summary}</p> : null}
      {r.accessibility.length > 0 ? <section class="panel" aria-labelledby="access">
        <h2 id="access">{w.access}</h2>
        <ul>{r.accessibility.map((a, i) => <li lang={lang(`accessibility.${i}`)}>{a.text}</li>)}</ul>
        {props.visit ? <p>{w.roomVisit}<a href={paths.visit(locale, props.visit.placeSlug, props.visit.slug)} lang={props.visit.titleLang}>{props.visit.title}</a></p> : null}
      </section> : props.visit ? <p>{w.roomVisit}<a href={paths.visit(locale, props.visit.placeSlug, props.visit.slug)} lang={props.visit.titleLang}>{props.visit.title}</a></p> : null}
      {r.sections.length > 0 ? <ol class="sections">{r.sections.map((s, i) => (
        <li id={`section-${s.key}`}>
          <h2 lang={lang(`sections.${i}.title`)}>{s.title}</h2>
          <Paragraphs text={s.body} lang={lang(`sections.${i}.body`)} />
          <MediaList media={s.media} locale={locale} record={r} field={`sections.${i}.media`} />
        </li>
      ))}</ol> : null}
      {r.media.length > 0 ? <section aria-labelledby="media">
        <h2 id="media">{w.media}</h2>
        <MediaList media={r.media} locale={locale} record={r} />
      </section> : null}
      {r.objects.length > 0 ? <section aria-labelledby="objects">
        <h2 id="objects">{w.objects}</h2>
        <ul class="grid">{r.objects.map((o, i) => (
          <li class="card"><a href={paths.object(locale, o.slug)} lang={lang(`objects.${i}`)}>{o.title}</a>
            <span class="muted"> ({c.types[o.type] ?? o.type})</span></li>
        ))}</ul>
      </section> : null}
      <Themes themes={r.themes} record={r} w={w} locale={locale} />
      <RelatedEvents events={props.events} locale={locale} w={w} />
      <RoomPeople people={props.people ?? []} locale={locale} w={w} />
    </article>
  );
}
