/** The public pages of places, in one language: /{lang}/places/:slug. */
import { Hono } from "hono";
import type { Locale } from "../../db/schema/columns.ts";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { cachedPage, htmlDocument, siteUrlOf } from "../../web/site.tsx";
import { Layout, pageUrl } from "../../web/views/layout.tsx";
import { ShareBlock } from "../../web/views/share-block.tsx";
import { placeJsonLd } from "./places.jsonld.ts";
import { presentPlace } from "./places.presenter.ts";
import { findCollectionHighlights, findNearbyPlaces, findPlaceWithDetails } from "./places.repository.ts";
import { liveHours } from "./places.service.ts";
import { PlacePage } from "./places.views.tsx";
import { createLocalizer } from "../../lib/localized-text.ts";

export function placePages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  return new Hono<AppEnv>()
    .get("/places/:slug", (c) => cachedPage(c, deps, async () => {
      const slug = c.req.param("slug");
      const found = await findPlaceWithDetails(db, slug);
      if (!found) throw notFound("place", slug);
      const place = presentPlace(found, locale);
      const { latitude, longitude } = found.place;
      const [objectRows, nearbyRows] = await Promise.all([
        findCollectionHighlights(db, found.place.id),
        latitude !== null && longitude !== null ? findNearbyPlaces(db, found.place.id, latitude, longitude) : Promise.resolve([]),
      ]);
      const l = createLocalizer(locale);
      const objects = objectRows.map((o) => ({ slug: o.slug, type: o.type, title: l.text("title", o.title), summary: l.text("summary", o.summary) }));
      const nearby = nearbyRows.map((n) => ({ ...n, name: l.text("name", n.name) }));
      const live = liveHours(place, deps.now());
      const path = `/places/${slug}`;
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, path);
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrl} title={place.name ?? slug} description={place.tagline ?? place.summary}
          jsonLd={[placeJsonLd(place, url, locale)]} ogType="place" share>
          <PlacePage place={place} live={live} objects={objects} nearby={nearby} locale={locale} />
          <ShareBlock locale={locale} url={url} title={place.name ?? slug} />
        </Layout>,
      );
      return { html, expiresAt: live.expiresAt };
    }));
}
