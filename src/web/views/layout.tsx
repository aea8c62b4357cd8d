/** The page shell: head (SEO, hreflang, JSON-LD), skip link, header with navigation, search and language switch, footer. */
import type { Child } from "hono/jsx";
import type { Locale } from "../../lib/locales.ts";
import { otherLocale, t } from "../i18n/messages.ts";
import { ShareBlock } from "./share-block.tsx";
import { paths } from "../paths.ts";
import { assetPath } from "../asset-files.ts";

export interface PageMeta {
  locale: Locale;
  /** Path after the language prefix, e.g. "/places/musee-liberation-paris" ("/" for home). */
  path: string;
  /** Origin the canonical and alternate links are built on, e.g. "https://example.org". */
  siteUrl: string;
  title: string;
  description?: string;
  /** schema.org objects, each written as its own JSON-LD block. */
  jsonLd?: object[];
  ogType?: "website" | "article" | "place" | "profile";
  imageUrl?: string;
  /** End the page with "Share this page" (and its small script), for this page's title and address. */
  share?: boolean;
  /** Unpublished preview, or an error page: keep search engines away. */
  noindex?: boolean;
  /** The language switch's target path when it is more than `path` (a search keeps its query), e.g. "/search?q=rol". */
  switchPath?: string;
}

export const pageUrl = (siteUrl: string, locale: Locale, path: string) => `${siteUrl}/${locale}${path === "/" ? "/" : path}`;

/** The longest query a search form takes (the server refuses longer ones with a message). */
export const SEARCH_INPUT_MAX = 200;

/** Attributes that let search-suggest.js turn a search form's input into a combobox, with its words in `locale`. */
export function suggestAttributes(locale: Locale) {
  const m = t(locale);
  const kinds = { place: m.kindPlace, exhibition: m.kindExhibition, room: m.kindRoom, object: m.kindObject, person: m.kindPerson, event: m.kindEvent, visit: m.kindVisit };
  return {
    "data-suggest": "",
    "data-label-suggestions": m.suggestionsLabel,
    "data-suggestion-none": m.suggestionNone,
    "data-suggestion-one": m.suggestionOne,
    "data-suggestion-many": m.suggestionMany,
    "data-kind-labels": JSON.stringify(kinds),
  };
}

/** The small search form of the header, on every page. */
function HeaderSearch(props: { locale: Locale }) {
  const m = t(props.locale);
  return (
    <form class="header-search" role="search" method="get" action={paths.search(props.locale)} aria-label={m.siteSearch} {...suggestAttributes(props.locale)}>
      <label for="site-search-q" class="header-search-label">{m.siteSearch}</label>
      <input type="search" id="site-search-q" name="q" maxlength={SEARCH_INPUT_MAX} />
      <button type="submit" class="button">{m.searchButton}</button>
    </form>
  );
}

/** JSON for a <script> data block: "<" escaped so no text can close the element. */
const safeJson = (value: object) => JSON.stringify(value).replace(/</g, "\\u003c");

export function Layout(props: PageMeta & { children: Child }) {
  const { locale, path, siteUrl } = props;
  const m = t(locale);
  const other = otherLocale(locale);
  const canonical = pageUrl(siteUrl, locale, path);
  const fullTitle = props.path === "/" ? `${m.siteName} — ${m.siteTagline}` : `${props.title} — ${m.siteName}`;
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.noindex ? <meta name="robots" content="noindex" /> : <>
          <link rel="canonical" href={canonical} />
          <link rel="alternate" hreflang="en" href={pageUrl(siteUrl, "en", path)} />
          <link rel="alternate" hreflang="fr" href={pageUrl(siteUrl, "fr", path)} />
          <link rel="alternate" hreflang="x-default" href={pageUrl(siteUrl, "en", path)} />
        </>}
        <meta property="og:site_name" content={m.siteName} />
        <meta property="og:title" content={props.title} />
        {props.description ? <meta property="og:description" content={props.description} /> : null}
        <meta property="og:url" content={canonical} />
        <meta property="og:type" content={props.ogType ?? "website"} />
        <meta property="og:locale" content={locale === "fr" ? "fr_FR" : "en_GB"} />
        <meta property="og:locale:alternate" content={other === "fr" ? "fr_FR" : "en_GB"} />
        {props.imageUrl ? <meta property="og:image" content={props.imageUrl} /> : null}
        <meta name="twitter:card" content={props.imageUrl ? "summary_large_image" : "summary"} />
        <meta name="twitter:title" content={props.title} />
        {props.description ? <meta name="twitter:description" content={props.description} /> : null}
        <link rel="icon" href={assetPath("favicon.svg")} type="image/svg+xml" />
        <link rel="stylesheet" href={assetPath("site.css")} />
        {props.share ? <script src={assetPath("share.js")} defer></script> : null}
        {/* Every page has the header's search form, which the script enhances. */}
        <script src={assetPath("search-suggest.js")} defer></script>
        {(props.jsonLd ?? []).map((data) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: safeJson(data) }} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">{m.skipToContent}</a>
        <header class="site-header">
          <div class="container header-row">
            <a class="site-name" href={paths.home(locale)}>{m.siteName}</a>
            <nav aria-label={m.mainNavigation}>
              <ul class="nav-list">
                <li><a href={paths.home(locale)} aria-current={path === "/" ? "page" : undefined}>{m.home}</a></li>
                <li><a href={paths.places(locale)} aria-current={path === "/places" ? "page" : undefined}>{m.network}</a></li>
                <li><a href={paths.timeline(locale)} aria-current={path === "/timeline" ? "page" : undefined}>{m.timeline}</a></li>
                <li><a href={paths.themes(locale)} aria-current={path === "/themes" ? "page" : undefined}>{m.themes}</a></li>
              </ul>
            </nav>
            <HeaderSearch locale={locale} />
            <a class="language-switch" href={paths.page(other, path === "/" ? "/" : (props.switchPath ?? path))} hreflang={other} lang={other} aria-label={m.otherLanguageLabel}>
              {m.otherLanguageName}
            </a>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div class="container">
            {props.children}
            {props.share ? <ShareBlock locale={locale} url={canonical} title={props.title} /> : null}
          </div>
        </main>
        <footer class="site-footer">
          <div class="container">
            <nav aria-label={m.historyNavigation}>
              <ul class="footer-nav">
                <li><a href={paths.timeline(locale)}>{m.timeline}</a></li>
                <li><a href={paths.events(locale)} aria-current={path === "/events" ? "page" : undefined}>{m.events}</a></li>
                <li><a href={paths.people(locale)} aria-current={path === "/people" ? "page" : undefined}>{m.people}</a></li>
                <li><a href={paths.themes(locale)}>{m.themes}</a></li>
              </ul>
            </nav>
            <p>{m.footerText}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
