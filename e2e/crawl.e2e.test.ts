/**
 * Every internal link answers 200: a breadth-first crawl from /en/ and /fr/ over the running
 * server with fetch (no browser), then every address the sitemap lists.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type Site } from "./harness.ts";

const MAX_PAGES = 2000;
const PARALLEL = 4;

interface Visit { url: string; status: number; from: string }

/** The same-origin addresses a page links to (href and src attributes), without fragments. */
function linksOf(html: string, pageUrl: string, origin: string): string[] {
  const out = new Set<string>();
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const raw = match[1]!.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    let target: URL;
    try {
      target = new URL(raw, pageUrl);
    } catch {
      continue;
    }
    if ((target.protocol !== "http:" && target.protocol !== "https:") || target.origin !== origin) continue;
    target.hash = "";
    out.add(target.href);
  }
  return [...out];
}

/** Visits everything reachable from `starts`, at most `MAX_PAGES` addresses. */
async function crawl(site: Site, starts: string[]): Promise<{ visits: Visit[]; truncated: boolean }> {
  const origin = new URL(site.url).origin;
  const seen = new Map<string, string>(starts.map((s) => [new URL(s, site.url).href, "(start)"]));
  let queue = [...seen.keys()];
  const visits: Visit[] = [];
  while (queue.length > 0 && visits.length < MAX_PAGES) {
    const batch = queue.splice(0, Math.min(PARALLEL, MAX_PAGES - visits.length));
    const found = await Promise.all(batch.map(async (url) => {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
      const body = await response.text();
      visits.push({ url, status: response.status, from: seen.get(url)! });
      const isHtml = (response.headers.get("content-type") ?? "").startsWith("text/html");
      return response.status === 200 && isHtml ? linksOf(body, url, origin).map((link) => [link, url] as const) : [];
    }));
    for (const [link, from] of found.flat()) {
      if (seen.has(link)) continue;
      seen.set(link, from);
      queue.push(link);
    }
  }
  return { visits, truncated: queue.length > 0 };
}

const failures = (visits: Visit[]) => visits.filter((v) => v.status !== 200).map((v) => `${v.status} ${v.url}  (linked from ${v.from})`);
const path = (url: string) => { const u = new URL(url); return `${u.pathname}${u.search}`; };

let site: Site;
let crawled: { visits: Visit[]; truncated: boolean };

beforeAll(async () => {
  site = await startSite();
  crawled = await crawl(site, ["/en/", "/fr/"]);
});
afterAll(() => site?.stop());

describe("crawl from /en/ and /fr/", () => {
  it("reaches every page in both languages, and every internal link answers 200", () => {
    expect(crawled.truncated, `more than ${MAX_PAGES} addresses: is a link generating new addresses?`).toBe(false);
    expect(failures(crawled.visits), "links that do not answer 200").toEqual([]);
    const pages = crawled.visits.map((v) => path(v.url));
    expect(pages.filter((p) => p.startsWith("/en/")).length).toBeGreaterThan(20);
    expect(pages.filter((p) => p.startsWith("/fr/")).length).toBeGreaterThan(20);
    console.log(`crawled ${crawled.visits.length} addresses`);
  });

  it("found no page the sitemap leaves out (pages without a query string)", async () => {
    const xml = (await (await fetch(`${site.url}/sitemap.xml`)).text());
    const listed = new Set([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => path(m[1]!.replace(/&amp;/g, "&"))));
    const missing = crawled.visits.map((v) => path(v.url))
      .filter((p) => /^\/(en|fr)\//.test(p) && !p.includes("?") && !listed.has(p));
    expect(missing, "crawled pages missing from /sitemap.xml").toEqual([]);
  });

  it("logged no server error while crawling", () => {
    expect(site.errorLines()).toEqual([]);
  });
});

describe("/sitemap.xml and /robots.txt", () => {
  it("lists addresses that all answer 200, each with its alternates", async () => {
    const response = await fetch(`${site.url}/sitemap.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    const urls = new Set([...xml.matchAll(/(?:<loc>|href=")([^<"]*)/g)].map((m) => m[1]!.replace(/&amp;/g, "&")));
    expect(urls.size).toBeGreaterThan(40);
    const bad: string[] = [];
    const all = [...urls];
    for (let i = 0; i < all.length; i += PARALLEL) {
      await Promise.all(all.slice(i, i + PARALLEL).map(async (url) => {
        const r = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
        await r.arrayBuffer();
        if (r.status !== 200) bad.push(`${r.status} ${url}`);
      }));
    }
    expect(bad, "sitemap addresses that do not answer 200").toEqual([]);
  });

  it("robots.txt names the sitemap on this server", async () => {
    const text = await (await fetch(`${site.url}/robots.txt`)).text();
    expect(text).toContain(`Sitemap: ${site.url}/sitemap.xml`);
  });
});
