/**
 * For machines: `/sitemap.xml` (every public page in both languages, each with its hreflang
 * alternates and last change) and `/robots.txt` (everything allowed, the sitemap named).
 * One sitemap file holds up to 50,000 addresses; the network is far below that.
 */
import { Hono } from "hono";
import { LOCALES } from "../../lib/locales.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { pagePaths, type PublicKind } from "../../web/paths.ts";
import { siteUrlOf } from "../../web/site.tsx";
import { pageUrl } from "../../web/views/layout.tsx";
import { findSitemapContent, type SitemapContent, type SitemapEntry } from "./sitemap.repository.ts";

/** One page of the site, both languages: its path after the language prefix and when it last changed. */
export interface SitemapPage {
  path: string;
  lastmod?: Date;
}

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch] ?? ch);

const newest = (entries: SitemapEntry[]): Date | undefined =>
  entries.reduce<Date | undefined>((latest, e) => (latest === undefined || e.updatedAt > latest ? e.updatedAt : latest), undefined);

/** Every page the site shows, as paths without the language prefix. */
export function sitemapPages(content: SitemapContent): SitemapPage[] {
  const all = Object.values(content).flat() as SitemapEntry[];
  const under = (kind: PublicKind, entries: SitemapEntry[]) =>
    entries.map((e) => ({ path: pagePaths.record(kind, e.slug), lastmod: e.updatedAt }));
  return [
    { path: pagePaths.home(), lastmod: newest(all) },
    { path: pagePaths.places(), lastmod: newest(content.places) },
    { path: pagePaths.timeline(), lastmod: newest(content.events) },
    { path: pagePaths.events(), lastmod: newest(content.events) },
    { path: pagePaths.people(), lastmod: newest(content.people) },
    { path: pagePaths.themes(), lastmod: newest(content.themes) },
    ...under("place", content.places),
    ...content.places.filter((p) => p.hasPartners).map((p) => ({ path: pagePaths.placePartners(p.slug), lastmod: p.updatedAt })),
    ...under("exhibition", content.exhibitions),
    ...under("room", content.rooms),
    ...under("object", content.objects),
    ...under("person", content.people),
    ...under("event", content.events),
    ...under("theme", content.themes),
    ...content.visits.map((v) => ({ path: pagePaths.visit(v.placeSlug, v.slug), lastmod: v.updatedAt })),
  ];
}

/** The sitemap document: one `<url>` per page and language, each naming every language's version. */
export function sitemapXml(siteUrl: string, pages: SitemapPage[]): string {
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
  ];
  for (const page of pages) {
    const alternates = [
      ...LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(pageUrl(siteUrl, l, page.path))}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(pageUrl(siteUrl, "en", page.path))}"/>`,
    ].join("");
    const lastmod = page.lastmod ? `<lastmod>${page.lastmod.toISOString()}</lastmod>` : "";
    for (const locale of LOCALES) {
      lines.push(`<url><loc>${escapeXml(pageUrl(siteUrl, locale, page.path))}</loc>${lastmod}${alternates}</url>`);
    }
  }
  lines.push(`</urlset>`, "");
  return lines.join("\n");
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap.xml\n`;
}

export function sitemapRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get("/sitemap.xml", async (c) => {
      const xml = sitemapXml(siteUrlOf(c, deps), sitemapPages(await findSitemapContent(deps.db)));
      c.header("Cache-Control", "public, max-age=300");
      return c.body(xml, 200, { "Content-Type": "application/xml; charset=utf-8" });
    })
    .get("/robots.txt", (c) => {
      c.header("Cache-Control", "public, max-age=3600");
      return c.text(robotsTxt(siteUrlOf(c, deps)));
    });
}
