/** Checks shared by the page tests of exhibitions, rooms, objects, people, events and the timeline. */
import { expect } from "vitest";
import type { TestApp } from "./app.ts";
import { internalLinks } from "./page-html.ts";

/** Headings in document order: exactly one h1, first, and no level skipped on the way down. */
export function expectHeadingsInOrder(html: string) {
  const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  levels.reduce((previous, level) => {
    expect(level, `h${level} after h${previous}`).toBeLessThanOrEqual(previous + 1);
    return level;
  });
}

const CHECKED = /^\/(en|fr)\/(exhibitions|rooms|objects|people|events|timeline|places)\b/;

/**
 * The page at `path` links to content pages (and places) that answer 200, in its own language; the
 * only link to the other language is the language switch, to the same page.
 */
export async function expectLinksResolve(t: TestApp, path: string, html: string) {
  const locale = path.slice(1, 3);
  const links = internalLinks(html).filter((href) => CHECKED.test(href));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) {
    if (!href.startsWith(`/${locale}/`)) expect(href).toBe(`/${locale === "en" ? "fr" : "en"}${path.slice(3)}`);
    expect((await t.app.request(href)).status, `${href} (linked from ${path})`).toBe(200);
  }
}
