/** Every internal link of the site answers: a crawl from /en/ and /fr/, and every URL of the sitemap. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { fetchText, startSite, type Site } from "./harness.ts";

const MAX_PAGES = 2_000;
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.stop());

/** Internal links of a page (same origin, no mailto/geo/external), as paths with their query. */
function internalLinks(html: string, base: string): string[] {
  const out: string[] = [];
  for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
    const value = href!.replace(/&amp;/g, "&");
    if (/^(mailto|geo|tel):/.test(value)) continue;
    const url = new URL(value, base);
    if (url.origin !== new URL(base).origin) continue;
    out.push(`${url.pathname}${url.search}`);
  }
  return out;
}

it("answers 200 for every page linked from /en/ and /fr/, following links across the site", async () => {
  const queue = ["/en/", "/fr/"];
  const linkedFrom = new Map<string, string>([["/en/", "(start)"], ["/fr/", "(start)"]]);
  const failures: string[] = [];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_PAGES) {
    const path = queue.shift()!;
    visited++;
    const { status, text, type } = await fetchText(site, path);
    if (status !== 200) {
      failures.push(`${path} answered ${status} (linked from ${linkedFrom.get(path)})`);
      continue;
    }
    if (!type.startsWith("text/html")) continue;
    for (const link of internalLinks(text, new URL(path, site.url).toString())) {
      if (!linkedFrom.has(link)) {
        linkedFrom.set(link, path);
        queue.push(link);
      }
    }
  }
  expect(failures).toEqual([]);
  expect(queue).toEqual([]);
  expect(visited).toBeGreaterThan(100);
});

it("answers 200 for every page of the sitemap", async () => {
  const { status, text } = await fetchText(site, "/sitemap.xml");
  expect(status).toBe(200);
  const urls = [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(urls.length).toBeGreaterThan(50);
  const failures: string[] = [];
  for (const path of urls) {
    const { status: s } = await fetchText(site, path);
    if (s !== 200) failures.push(`${path}: ${s}`);
  }
  expect(failures).toEqual([]);
});
