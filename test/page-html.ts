/** Reading rendered pages in tests: visible text, JSON-LD blocks, internal links. */
import { expect } from "vitest";
import type { TestApp } from "./app.ts";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** The page's text as a reader sees it: tags dropped, entities decoded, white space collapsed. */
export const visibleText = (html: string) =>
  html.replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!).replace(/\s+/g, " ");

/** Every JSON-LD block, parsed (throws if one is not JSON). */
export const jsonLdBlocks = (html: string): any[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

/** The `@type`s of a JSON-LD object, as a list. */
export const typesOf = (o: { "@type": string | string[] }) => [o["@type"]].flat();

/** Distinct site-internal hrefs ("/en/...", "/fr/..."), fragment removed. */
export const internalLinks = (html: string) =>
  [...new Set([...html.matchAll(/href="(\/(?:en|fr)\/[^"#]*)/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];

/** The HTML between an element with `id="from"` and the next with `id="to"` (or the end). */
export const between = (html: string, from: string, to?: string) => {
  const start = html.indexOf(`id="${from}"`);
  if (start < 0) throw new Error(`no element with id="${from}"`);
  const end = to ? html.indexOf(`id="${to}"`, start) : -1;
  return html.slice(start, end < 0 ? undefined : end);
};

/** Links to the home, network, place, partners and theme pages (other pages are tested by their own files). */
const PLACE_AND_THEME_PAGES = /^\/(en|fr)\/(places(\?kind=[a-z_]+)?|places\/[^/?]+(\/partners)?|themes\/[^/?]+)?$/;

/** Every link of the page to a home, network, place, partners or theme page answers 200. */
export async function expectOurLinksAnswer(t: TestApp, html: string) {
  const links = internalLinks(html).filter((l) => PLACE_AND_THEME_PAGES.test(l));
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect([link, (await t.app.request(link)).status]).toEqual([link, 200]);
}
