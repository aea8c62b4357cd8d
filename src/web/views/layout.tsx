/** The page shell: head (SEO, hreflang, JSON-LD), skip link, header with navigation and language switch, footer. */
import type { Child } from "hono/jsx";
import type { Locale } from "../../db/schema/columns.ts";
import { otherLocale, t } from "../i18n/messages.ts";
import { ShareBlock } from "./share-block.tsx";

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
}

export const pageUrl = (siteUrl: string, locale: Locale, path: string) => `${siteUrl}/${locale}${path === "/" ? "/" : path}`;

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
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/site.css" />
        {props.share ? <script src="/assets/share.js" defer></script> : null}
        {(props.jsonLd ?? []).map((data) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: safeJson(data) }} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">{m.skipToContent}</a>
        <header class="site-header">
          <div class="container header-row">
            <a class="site-name" href={`/${locale}/`}>{m.siteName}</a>
            <nav aria-label={m.mainNavigation}>
              <ul class="nav-list">
                <li><a href={`/${locale}/`} aria-current={path === "/" ? "page" : undefined}>{m.home}</a></li>
                <li><a href={`/${locale}/places`} aria-current={path === "/places" ? "page" : undefined}>{m.network}</a></li>
                <li><a href={`/${locale}/timeline`} aria-current={path === "/timeline" ? "page" : undefined}>{m.timeline}</a></li>
              </ul>
            </nav>
            <a class="language-switch" href={`/${other}${path === "/" ? "/" : path}`} hreflang={other} lang={other} aria-label={m.otherLanguageLabel}>
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
          <div class="container"><p>{m.footerText}</p></div>
        </footer>
      </body>
    </html>
  );
}
