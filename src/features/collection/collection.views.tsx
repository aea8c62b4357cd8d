/** The object page: type, date as written, provenance and credit, holder, group, people, events, rooms, media. */
import type { Locale } from "../../lib/locales.ts";
import { formatNumber } from "../../web/i18n/format.ts";
import { t } from "../../web/i18n/messages.ts";
import { ROOM_TITLE } from "../../web/i18n/room-title.ts";
import { FuzzyTime } from "../../web/views/fuzzy-time.tsx";
import { Breadcrumb, fallbackLang, Paragraphs } from "../../web/views/text.tsx";
import { collectionText } from "./collection.page-text.ts";
import type { presentObject } from "./collection.presenter.ts";
import { MediaList } from "./media.views.tsx";
import type { RelatedRecord } from "./related-records.ts";
import { RelatedRecords } from "./related-records.views.tsx";
import { paths } from "../../web/paths.ts";

type CollectionObject = ReturnType<typeof presentObject>;

export function ObjectPage(props: { object: CollectionObject; related?: RelatedRecord[]; locale: Locale }) {
  const { object: o, locale } = props;
  const w = collectionText(locale);
  const roomTitle = ROOM_TITLE[locale];
  const m = t(locale);
  const lang = (field: string) => fallbackLang(o, field);
  const crumbs = [
    { href: paths.home(locale), text: m.home },
    { href: paths.place(locale, o.holder.slug), text: o.holder.name ?? o.holder.slug },
    ...(o.partOf ? [{ href: paths.object(locale, o.partOf.slug), text: o.partOf.title ?? o.partOf.slug }] : []),
    { text: o.title ?? o.slug },
  ];
  return (
    <article>
      <Breadcrumb label={m.breadcrumb} items={crumbs} />
      <p class="kicker">{w.types[o.type] ?? o.type}</p>
      <h1 lang={lang("title")}>{o.title}</h1>
      {o.summary ? <p class="lead" lang={lang("summary")}>{o.summary}</p> : null}
      <section class="panel" aria-labelledby="facts">
        <h2 id="facts">{w.facts}</h2>
        <dl class="facts">
          <dt>{w.type}</dt><dd>{w.types[o.type] ?? o.type}</dd>
          {o.date ? <><dt>{w.date}</dt><dd><FuzzyTime date={o.date} /></dd></> : null}
          <dt>{w.heldBy}</dt><dd><a href={paths.place(locale, o.holder.slug)} lang={lang("holder")}>{o.holder.name}</a></dd>
          {o.partOf ? <><dt>{w.partOf}</dt><dd><a href={paths.object(locale, o.partOf.slug)} lang={lang("partOf")}>{o.partOf.title}</a></dd></> : null}
          {o.itemCount !== undefined ? <><dt>{w.size}</dt>
            <dd>{w.pieces(w.qualifiers[o.itemCountQualifier ?? "exactly"], formatNumber(locale, o.itemCount))}</dd></> : null}
          {o.provenance ? <><dt>{w.provenance}</dt><dd lang={lang("provenance")}>{o.provenance}</dd></> : null}
          {o.credit ? <><dt>{w.credit}</dt><dd lang={lang("credit")}>{o.credit}</dd></> : null}
          {o.rights ? <><dt>{w.rights}</dt><dd>{o.rights}</dd></> : null}
          {o.inventoryNumber ? <><dt>{w.inventoryNumber}</dt><dd>{o.inventoryNumber}</dd></> : null}
        </dl>
      </section>
      {o.description ? <section aria-labelledby="about">
        <h2 id="about">{w.about}</h2>
        <Paragraphs text={o.description} lang={lang("description")} />
      </section> : null}
      {o.parts.length > 0 ? <section aria-labelledby="parts">
        <h2 id="parts">{w.parts}</h2>
        <ul class="grid">{o.parts.map((p, i) => (
          <li class="card"><a href={paths.object(locale, p.slug)} lang={lang(`parts.${i}`)}>{p.title}</a>
            <span class="muted"> ({w.types[p.type] ?? p.type})</span></li>
        ))}</ul>
      </section> : null}
      {o.people.length > 0 ? <section aria-labelledby="people">
        <h2 id="people">{w.people}</h2>
        <ul>{o.people.map((p, i) => (
          <li><a href={paths.person(locale, p.slug)}>{p.name}</a>{p.role ? <span lang={lang(`people.${i}.role`)}>{` — ${p.role}`}</span> : null}</li>
        ))}</ul>
      </section> : null}
      {o.events.length > 0 ? <section aria-labelledby="events">
        <h2 id="events">{w.events}</h2>
        <ul>{o.events.map((e, i) => <li><a href={paths.event(locale, e.slug)} lang={lang(`events.${i}`)}>{e.title}</a></li>)}</ul>
      </section> : null}
      {o.places.length > 0 ? <section aria-labelledby="places">
        <h2 id="places">{w.places}</h2>
        <ul>{o.places.map((p, i) => <li><a href={paths.place(locale, p.slug)} lang={lang(`places.${i}`)}>{p.name}</a></li>)}</ul>
      </section> : null}
      {o.rooms.length > 0 ? <section aria-labelledby="shown-in">
        <h2 id="shown-in">{w.shownIn}</h2>
        <ul>{o.rooms.map((r, i) => (
          <li>
            <a href={paths.room(locale, r.slug)} lang={lang(`rooms.${i}.title`)}>{roomTitle(r.number, r.title ?? r.slug)}</a>
            {`, ${w.inExhibition} `}<a href={paths.exhibition(locale, r.exhibition.slug)} lang={lang(`rooms.${i}.exhibition`)}>{r.exhibition.title}</a>
          </li>
        ))}</ul>
      </section> : null}
      {o.themes.length > 0 ? <section aria-labelledby="themes">
        <h2 id="themes">{w.themes}</h2>
        <ul class="badges">{o.themes.map((th, i) => <li class="badge"><a href={paths.theme(locale, th.slug)} lang={lang(`themes.${i}`)}>{th.name}</a></li>)}</ul>
      </section> : null}
      {o.media.length > 0 ? <section aria-labelledby="media">
        <h2 id="media">{w.media}</h2>
        <MediaList media={o.media} locale={locale} record={o} />
      </section> : null}
      <RelatedRecords related={props.related ?? []} locale={locale} />
    </article>
  );
}
