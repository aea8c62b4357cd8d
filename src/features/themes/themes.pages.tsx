/** The public page of a theme, in one language: /{lang}/themes/:slug. */
import { Hono } from "hono";
import type { Locale } from "../../db/schema/columns.ts";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { cachedPage, htmlDocument, siteUrlOf } from "../../web/site.tsx";
import { Layout, pageUrl } from "../../web/views/layout.tsx";
import { schemaTypeOf } from "../places/places.jsonld.ts";
import { presentTheme } from "./themes.presenter.ts";
import { findTaggedPlaceKinds, findThemeBySlug, findThemeTagged } from "./themes.repository.ts";
import { labelOf, TAGGED_KINDS, ThemePage, themeText, type PresentedTheme } from "./themes.views.tsx";

// schema.org types of tagged records; places are typed by their kind (see themeJsonLd).
const SCHEMA_TYPE = { exhibitions: "ExhibitionEvent", rooms: "Place", objects: "CreativeWork", events: "Event" } as const;

function themeJsonLd(theme: PresentedTheme, url: string, siteUrl: string, locale: Locale, placeKinds: Map<string, string>): object {
  const parts = TAGGED_KINDS.flatMap(({ key, path }) =>
    (theme[key] as { slug: string; name?: string; title?: string }[]).map((r) => ({
      "@type": key === "places" ? schemaTypeOf(placeKinds.get(r.slug) ?? "") : SCHEMA_TYPE[key],
      "@id": pageUrl(siteUrl, locale, `/${path}/${r.slug}`),
      url: pageUrl(siteUrl, locale, `/${path}/${r.slug}`),
      name: labelOf(r),
    })));
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    "@id": url,
    url,
    name: theme.name,
    inLanguage: locale,
    ...(theme.description ? { description: theme.description } : {}),
    about: { "@type": "Thing", name: theme.name },
    hasPart: parts,
  };
}

export function themePages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  return new Hono<AppEnv>()
    .get("/themes/:slug", (c) => cachedPage(c, deps, async () => {
      const slug = c.req.param("slug");
      const row = await findThemeBySlug(db, slug);
      if (!row) throw notFound("theme", slug);
      const [tagged, placeKinds] = await Promise.all([findThemeTagged(db, row.id, locale), findTaggedPlaceKinds(db, row.id)]);
      const theme = presentTheme(row, tagged, locale);
      const path = `/themes/${slug}`;
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, path);
      const title = theme.name ?? slug;
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrl} title={title}
          description={theme.description ?? themeText(locale).description(title)}
          jsonLd={[themeJsonLd(theme, url, siteUrl, locale, placeKinds)]} share>
          <ThemePage theme={theme} locale={locale} />
        </Layout>,
      );
      return { html };
    }));
}
