/** The public pages of the collection, in one language: /{lang}/objects/:slug. */
import { Hono } from "hono";
import type { Locale } from "../../lib/locales.ts";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { cachedPage, htmlDocument, siteUrlOf } from "../../web/site.tsx";
import { Layout, pageUrl } from "../../web/views/layout.tsx";
import { pagePaths } from "../../web/paths.ts";
import { objectJsonLd } from "./collection.jsonld.ts";
import { presentObject } from "./collection.presenter.ts";
import { findObjectBySlug, findObjectDetails } from "./collection.repository.ts";
import { ObjectPage } from "./collection.views.tsx";
import { groupRelated } from "./related-records.ts";
import { findObjectRelated } from "./related-records.repository.ts";

export function collectionPages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  return new Hono<AppEnv>()
    .get("/objects/:slug", (c) => cachedPage(c, deps, async () => {
      const slug = c.req.param("slug");
      const row = await findObjectBySlug(db, slug);
      if (!row) throw notFound("object", slug);
      const [details, links] = await Promise.all([findObjectDetails(db, row.object.id, locale), findObjectRelated(db, row.object.id)]);
      const object = presentObject(row, details, locale);
      const related = groupRelated(links, locale);
      const path = pagePaths.object(slug);
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, path);
      const title = object.title ?? slug;
      const image = object.media.find((m) => m.kind === "image" && m.url)?.url;
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrl} title={title} description={object.summary}
          jsonLd={[objectJsonLd(object, url, siteUrl, locale)]} ogType="article" imageUrl={image ? new URL(image, siteUrl).href : undefined} share>
          <ObjectPage object={object} related={related} locale={locale} />
        </Layout>,
      );
      return { html };
    }));
}
