/** The public pages of themes, in one language: the index /{lang}/themes and each theme, /{lang}/themes/:slug. */
import { Hono } from "hono";
import type { Locale } from "../../lib/locales.ts";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { cachedPage, htmlDocument, siteUrlOf } from "../../web/site.tsx";
import { Layout, pageUrl } from "../../web/views/layout.tsx";
import { pagePaths } from "../../web/paths.ts";
import { placeSchemaType } from "../../web/schema-org.ts";
import { presentTheme } from "./themes.presenter.ts";
import { findTaggedPlaceKinds, findThemeBySlug, findThemePeople, findThemesWithCounts, findThemeTagged } from "./themes.repository.ts";
import { ThemesIndexPage, type ThemeIndexItem } from "./themes-index.views.tsx";
import { createLocalizer } from "../../lib/localized-text.ts";
import { themeText } from "./themes.page-text.ts";
import { labelOf, TAGGED_KINDS, ThemePage, type PresentedTheme, type ThemePerson } from "./themes.views.tsx";

// schema.org types of tagged records; places are typed by their kind (see themeJsonLd).
const SCHEMA_TYPE = { exhibitions: "ExhibitionEvent", rooms: "Place", objects: "CreativeWork", events: "Event" } as const;

function themeJsonLd(theme: PresentedTheme, people: ThemePerson[], url: string, siteUrl: string, locale: Locale, placeKinds: Map<string, string>): object {
  const parts = TAGGED_KINDS.flatMap(({ key, path }) =>
    (theme[key] as { slug: string; name?: string; title?: string }[]).map((r) => ({
      "@type": key === "places" ? placeSchemaType(placeKinds.get(r.slug) ?? "") : SCHEMA_TYPE[key],
      "@id": pageUrl(siteUrl, locale, `/${path}/${r.slug}`),
      url: pageUrl(siteUrl, locale, `/${path}/${r.slug}`),
      name: labelOf(r),
    })));
  const mentions = people.map((p) => ({ "@type": "Person", "@id": pageUrl(siteUrl, locale, pagePaths.person(p.slug)), url: pageUrl(siteUrl, locale, pagePaths.person(p.slug)), name: p.name }));
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
    ...(mentions.length > 0 ? { mentions } : {}),
  };
}

/** The index's themes in one language, marking names and descriptions that fell back to the other. */
function indexItems(rows: Awaited<ReturnType<typeof findThemesWithCounts>>, locale: Locale): ThemeIndexItem[] {
  return rows.map(({ theme, ...counts }) => {
    const l = createLocalizer(locale);
    const name = l.text("name", theme.name) ?? theme.slug;
    const description = l.text("description", theme.description);
    const fallbacks = l.fallbacks();
    return { slug: theme.slug, name, nameLang: fallbacks.name, description, descriptionLang: fallbacks.description, counts };
  });
}

export function themePages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  return new Hono<AppEnv>()
    .get("/themes", (c) => cachedPage(c, deps, async () => {
      const themes = indexItems(await findThemesWithCounts(db, locale), locale);
      const w = themeText(locale);
      const path = "/themes";
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, path);
      const jsonLd = {
        "@context": "https://schema.org", "@type": "CollectionPage", "@id": url, url, name: w.themes, inLanguage: locale, description: w.indexIntro,
        hasPart: themes.map((th) => ({ "@type": "CollectionPage", "@id": pageUrl(siteUrl, locale, pagePaths.theme(th.slug)), url: pageUrl(siteUrl, locale, pagePaths.theme(th.slug)), name: th.name })),
      };
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrl} title={w.themes} description={w.indexIntro} jsonLd={[jsonLd]} share>
          <ThemesIndexPage themes={themes} locale={locale} />
        </Layout>,
      );
      return { html };
    }))
    .get("/themes/:slug", (c) => cachedPage(c, deps, async () => {
      const slug = c.req.param("slug");
      const row = await findThemeBySlug(db, slug);
      if (!row) throw notFound("theme", slug);
      const [tagged, placeKinds, people] = await Promise.all([
        findThemeTagged(db, row.id, locale), findTaggedPlaceKinds(db, row.id), findThemePeople(db, row.id),
      ]);
      const theme = presentTheme(row, tagged, locale);
      const path = pagePaths.theme(slug);
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, path);
      const title = theme.name ?? slug;
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrl} title={title}
          description={theme.description ?? themeText(locale).description(title)}
          jsonLd={[themeJsonLd(theme, people, url, siteUrl, locale, placeKinds)]} share>
          <ThemePage theme={theme} people={people} locale={locale} />
        </Layout>,
      );
      return { html };
    }));
}
