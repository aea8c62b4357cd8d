/** The public pages of places, in one language: home, the network, a place, its partners. */
import { Hono } from "hono";
import type { Locale } from "../../lib/locales.ts";
import { placeKind } from "../../db/schema/places.ts";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { formatList } from "../../web/i18n/format.ts";
import { t } from "../../web/i18n/messages.ts";
import { cachedPage, htmlDocument, siteUrlOf } from "../../web/site.tsx";
import { Layout, pageUrl } from "../../web/views/layout.tsx";
import { HomePage } from "./home.views.tsx";
import { homePageData, networkPageData, partnersPageData } from "./network.service.ts";
import { NetworkPage, PartnersPage } from "./network.views.tsx";
import { placeJsonLd, placeListJsonLd, webSiteJsonLd } from "./places.jsonld.ts";
import { placeText } from "./places.page-text.ts";
import { presentPlace } from "./places.presenter.ts";
import {
  findCollectionHighlights, findNearbyPlaces, findPlaceBySlug, findPlaceVisits, findPlaceWithDetails, suggestedPlaces,
} from "./places.repository.ts";
import { findRelatedPlaces } from "./related-places.service.ts";
import { liveHours } from "./places.service.ts";
import { PlacePage } from "./places.views.tsx";
import { createLocalizer } from "../../lib/localized-text.ts";
import { languageOf } from "../../web/presenting.ts";
import { pagePaths, paths } from "../../web/paths.ts";

const HOME = "/:home{.{0}}";
/** Nearby places read for a place page: enough to give partners and suggestions their distance and still list a few others. */
const NEARBY_READ = 16;

export function placePages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  const w = placeText(locale);
  const m = t(locale);
  return new Hono<AppEnv>()
    // Mounted at "/{lang}", a "/" route would answer "/{lang}" only (Hono drops the slash when joining,
    // and routing is strict), while the home's address is "/{lang}/": an always-empty parameter keeps it.
    .get("/", (c) => c.redirect(paths.home(locale), 301))
    .get(HOME, (c) => cachedPage(c, deps, async () => {
      const data = await homePageData(db, locale, deps.now());
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, "/");
      const items = data.places.map((p) => ({ url: pageUrl(siteUrl, locale, pagePaths.place(p.slug)), kind: p.kind, name: p.name }));
      const html = await htmlDocument(
        <Layout locale={locale} path="/" siteUrl={siteUrl} title={m.siteName} description={w.homeIntro}
          jsonLd={[webSiteJsonLd(m.siteName, m.siteTagline, url, locale), placeListJsonLd(w.networkPlaces, url, locale, items)]}>
          <HomePage {...data} locale={locale} />
        </Layout>,
      );
      // The live statuses on the cards: the page is rendered again when the first of them changes.
      return { html, expiresAt: data.expiresAt };
    }))
    .get("/places", (c) => cachedPage(c, deps, async () => {
      const places = await networkPageData(db, locale);
      const kind = c.req.query("kind");
      // Only the kinds the filter links to exist as pages; anything else is an address nobody gave.
      if (kind !== undefined && (!(placeKind.enumValues as readonly string[]).includes(kind) || !places.some((p) => p.kind === kind))) {
        throw notFound("place kind", kind);
      }
      const shown = kind ? places.filter((p) => p.kind === kind) : places;
      const path = pagePaths.places(kind || undefined);
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, path);
      const title = kind ? `${w.networkTitle}: ${w.kindsPlural[kind] ?? kind}` : w.networkTitle;
      const items = shown.map((p) => ({ url: pageUrl(siteUrl, locale, pagePaths.place(p.slug)), kind: p.kind, name: p.name, description: p.line }));
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrl} title={title} description={w.networkIntro}
          jsonLd={[placeListJsonLd(title, url, locale, items)]}>
          <NetworkPage places={places} kind={kind} locale={locale} />
        </Layout>,
      );
      return { html };
    }))
    .get("/places/:slug", (c) => cachedPage(c, deps, async () => {
      const slug = c.req.param("slug");
      const found = await findPlaceWithDetails(db, slug);
      if (!found) throw notFound("place", slug);
      const { latitude, longitude } = found.place;
      const [objectRows, nearbyRows, visitRows, related] = await Promise.all([
        findCollectionHighlights(db, found.place.id),
        latitude !== null && longitude !== null ? findNearbyPlaces(db, found.place.id, latitude, longitude, NEARBY_READ) : Promise.resolve([]),
        findPlaceVisits(db, found.place.id),
        findRelatedPlaces(db, slug, locale, suggestedPlaces(found)),
      ]);
      const place = presentPlace(found, locale, related);
      const l = createLocalizer(locale);
      const objects = objectRows.map((o) => ({ slug: o.slug, type: o.type, title: l.text("title", o.title), summary: l.text("summary", o.summary) }));
      const nearby = nearbyRows.map((n) => ({ ...n, name: l.text("name", n.name) }));
      // Offers are content (they bump the revision): the list is cached with the page; live places are on each visit's page.
      const visits = visitRows.map((v) => {
        const lv = createLocalizer(locale);
        const title = lv.text("title", v.title) ?? v.slug;
        return {
          slug: v.slug, title, titleLang: lv.fallbacks().title, description: lv.text("description", v.description),
          durationMinutes: v.durationMinutes, online: v.channels.includes("online"),
        };
      });
      const live = liveHours(place, deps.now());
      const path = pagePaths.place(slug);
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, path);
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrl} title={place.name ?? slug} description={place.tagline ?? place.summary}
          jsonLd={[placeJsonLd(place, url, locale)]} ogType="place" share>
          <PlacePage place={place} live={live} objects={objects} nearby={nearby} visits={visits} locale={locale} />
        </Layout>,
      );
      return { html, expiresAt: live.expiresAt };
    }))
    .get("/places/:slug/partners", (c) => cachedPage(c, deps, async () => {
      const slug = c.req.param("slug");
      const row = await findPlaceBySlug(db, slug);
      if (!row) throw notFound("place", slug);
      const partners = await partnersPageData(db, row.id, locale);
      // The place page links here only when there are partners; an empty page would say nothing.
      if (partners.length === 0) throw notFound("place", `${slug}/partners`);
      const l = createLocalizer(locale);
      const hostName = l.text("name", row.shortName ?? row.name) ?? slug;
      const introduction = l.text("partnersIntro", row.partnersIntro);
      const host = { slug, name: hostName, ...languageOf(l) };
      const path = pagePaths.placePartners(slug);
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, path);
      const title = w.partnersOf(hostName);
      const items = partners.map((p) => ({
        url: pageUrl(siteUrl, locale, pagePaths.place(p.slug)), kind: p.kind, name: p.name, description: p.note, address: p.address,
      }));
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrl} title={title}
          description={`${w.partnerCount(partners.length)}: ${formatList(locale, partners.map((p) => p.name))}.`}
          jsonLd={[placeListJsonLd(title, url, locale, items)]} share>
          <PartnersPage host={host} introduction={introduction} partners={partners} locale={locale} />
        </Layout>,
      );
      return { html };
    }));
}
