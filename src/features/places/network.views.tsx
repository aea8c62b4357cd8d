/** The network page (every institution, by kind) and a place's partners page (seed 001). */
import type { Locale } from "../../lib/locales.ts";
import { formatNumber } from "../../web/i18n/format.ts";
import { t } from "../../web/i18n/messages.ts";
import { Breadcrumb, fallbackLang, Paragraphs } from "../../web/views/text.tsx";
import type { ListedPlace, Partner } from "./network.service.ts";
import { placeText, type PlaceText } from "./places.page-text.ts";
import { paths } from "../../web/paths.ts";

/** Kinds in the order the page lists them: the order of the words table, which follows the schema's. */
const kindsIn = (w: PlaceText, places: ListedPlace[]) => Object.keys(w.kinds).filter((k) => places.some((p) => p.kind === k));

export function NetworkPage(props: { places: ListedPlace[]; kind?: string; locale: Locale }) {
  const { places, kind, locale } = props;
  const w = placeText(locale);
  const m = t(locale);
  const kinds = kindsIn(w, places);
  const shown = kind ? [kind] : kinds;
  return (
    <>
      <Breadcrumb label={m.breadcrumb} items={kind
        ? [{ href: paths.home(locale), text: m.home }, { href: paths.places(locale), text: m.network }, { text: w.kindsPlural[kind] ?? kind }]
        : [{ href: paths.home(locale), text: m.home }, { text: m.network }]} />
      <h1>{w.networkTitle}</h1>
      <p class="lead">{w.networkIntro}</p>
      <nav class="filters" aria-labelledby="filter-label">
        <p id="filter-label" class="filters-label">{w.filterByKind}</p>
        <ul>
          <li><a href={paths.places(locale)} aria-current={kind ? undefined : "page"}>{w.allKinds} ({places.length})</a></li>
          {kinds.map((k) => (
            <li><a href={paths.places(locale, k)} aria-current={k === kind ? "page" : undefined}>
              {w.kindsPlural[k] ?? k} ({places.filter((p) => p.kind === k).length})
            </a></li>
          ))}
        </ul>
      </nav>
      {shown.map((k) => {
        const group = places.filter((p) => p.kind === k);
        return (
          <section aria-labelledby={`kind-${k}`}>
            <h2 id={`kind-${k}`}>{w.kindsPlural[k] ?? k}</h2>
            <ul class="place-list">{group.map((p) => (
              <li>
                <a href={paths.place(locale, p.slug)} lang={fallbackLang(p, "name")}>{p.name}</a>
                {p.city ? <span class="muted"> · {p.city}</span> : null}
                {p.line ? <p lang={fallbackLang(p, "line")}>{p.line}</p> : null}
              </li>
            ))}</ul>
          </section>
        );
      })}
    </>
  );
}

function figureText(f: Partner["figures"][number], locale: Locale, w: PlaceText) {
  return [w.qualifiers[f.qualifier], f.value === undefined ? "" : formatNumber(locale, f.value), f.label].filter(Boolean).join(" ");
}

function PartnerEntry(props: { partner: Partner; locale: Locale; w: PlaceText }) {
  const { partner: p, locale, w } = props;
  const id = `partner-${p.slug}`;
  const address = p.address;
  return (
    <li>
      <article aria-labelledby={id}>
        <h2 id={id}><a href={paths.place(locale, p.slug)} lang={fallbackLang(p, "name")}>{p.name}</a></h2>
        <p class="kicker">{w.kinds[p.kind] ?? p.kind}{address.city ? ` · ${address.city}` : ""}</p>
        {p.note ? <p class="lead" lang={fallbackLang(p, "note")}>{p.note}</p> : null}
        <Paragraphs text={p.description} lang={fallbackLang(p, "description")} />
        {p.figures.length > 0 ? <>
          <h3>{w.inNumbers}</h3>
          <ul>{p.figures.map((f, i) => <li lang={fallbackLang(p, `figures.${i}`)}>{figureText(f, locale, w)}</li>)}</ul>
        </> : null}
        <h3>{w.address}</h3>
        <address>
          {address.street ? <span lang={fallbackLang(p, "address.street")}>{address.street}<br /></span> : null}
          {[address.postalCode, address.city].filter(Boolean).join(" ")}
          {address.district ? <><br /><span lang={fallbackLang(p, "address.district")}>{address.district}</span></> : null}
        </address>
        <p><a href={paths.place(locale, p.slug)}>{w.partnerPage(p.name)}</a></p>
      </article>
    </li>
  );
}

export interface PartnersPageData {
  host: { slug: string; name: string; fallbacks?: Record<string, Locale> };
  introduction?: string;
  partners: Partner[];
}

export function PartnersPage(props: PartnersPageData & { locale: Locale }) {
  const { host, introduction, partners, locale } = props;
  const w = placeText(locale);
  const m = t(locale);
  // The name goes inside the sentence of each language; only the name may be in the other language.
  const [before, after = ""] = w.partnersOf("\u0000").split("\u0000");
  return (
    <article>
      <Breadcrumb label={m.breadcrumb} items={[
        { href: paths.home(locale), text: m.home }, { href: paths.places(locale), text: m.network },
        { href: paths.place(locale, host.slug), text: host.name }, { text: w.partners },
      ]} />
      <p class="kicker">{w.partnerCount(partners.length)}</p>
      <h1>{before}<span lang={fallbackLang(host, "name")}>{host.name}</span>{after}</h1>
      <Paragraphs text={introduction} lang={fallbackLang(host, "partnersIntro")} class="prose lead" />
      <ol class="partner-list">{partners.map((p) => <PartnerEntry partner={p} locale={locale} w={w} />)}</ol>
    </article>
  );
}
