import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aTheme, storeRecords } from "../../../test/factories.ts";
import { expectOurLinksAnswer, jsonLdBlocks, typesOf, visibleText } from "../../../test/page-html.ts";
import { seedIfEmpty } from "../dataset/dataset.service.ts";
import { storeThemedRecords, THEMED } from "../../../test/themed-records.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(() => new Date("2026-11-24T14:00:00Z"));
  await storeThemedRecords(t.handle.db);
});
afterAll(() => t.handle.close());

/** The theme slugs a page links to, in order. */
const themeLinks = (html: string, lang: string) => [...html.matchAll(new RegExp(`href="/${lang}/themes/([a-z0-9-]+)"`, "g"))].map((m) => m[1]);

/** Each card of the index: its visible text. */
const cards = (html: string) => [...html.matchAll(/<li class="card">([\s\S]*?)<\/li>/g)].map((m) => visibleText(m[1]!).trim());

describe("themes index /{lang}/themes", () => {
  it("lists every published theme in both languages, by name, each linked to its page", async () => {
    const themes = [THEMED.deportation, THEMED.liberation, THEMED.resistance];
    for (const lang of ["en", "fr"] as const) {
      const { status, html } = await t.getHtml(`/${lang}/themes`);
      expect(status).toBe(200);
      const api = (await t.getJson(`/api/themes?lang=${lang}&pageSize=100`)).body.items as { slug: string; name: string; description: string }[];
      expect(api.map((x) => x.slug)).toEqual(themes.map((x) => x.slug));
      expect(themeLinks(html, lang)).toEqual(api.map((x) => x.slug));
      const text = visibleText(html);
      for (const theme of themes) {
        // The page shows white space (a no-break space before French punctuation) as visibleText collapses it.
        expect(text).toContain(theme.name[lang]);
        expect(text).toContain(theme.description[lang].replace(/\s+/g, " "));
      }
    }
  });

  it("says how many places, exhibitions, objects and events each theme tags, as its page lists them", async () => {
    const html = (await t.getHtml("/en/themes")).html;
    const card = cards(html).find((c) => c.startsWith("Resistance "))!;
    const theme = (await t.getJson("/api/themes/resistance?lang=en")).body;
    const n = (list: unknown[]) => list.length;
    expect(n(theme.places)).toBeGreaterThan(1);
    expect(card).toContain(`${n(theme.places)} places`);
    for (const [key, word] of [["exhibitions", "exhibition"], ["objects", "object"], ["events", "event"]] as const) {
      const count = n(theme[key]);
      if (count === 0) expect(card).not.toContain(` ${word}`);
      else expect(card).toContain(count === 1 ? `1 ${word}` : `${count} ${word}s`);
    }
    const fr = cards((await t.getHtml("/fr/themes")).html).find((c) => c.startsWith("Résistance "))!;
    expect(fr).toContain(`${n(theme.places)} lieux`);
  });

  it("is a CollectionPage of the themes, links to pages that answer, and is in the sitemap", async () => {
    const { html } = await t.getHtml("/en/themes");
    const [page] = jsonLdBlocks(html);
    expect(typesOf(page)).toEqual(["CollectionPage"]);
    expect(page.hasPart).toHaveLength(3);
    await expectOurLinksAnswer(t, html);
    const sitemap = await (await t.app.request("/sitemap.xml")).text();
    for (const lang of ["en", "fr"]) expect(sitemap).toContain(`<loc>https://remembrance.test/${lang}/themes</loc>`);
  });

  it("is the theme pages' breadcrumb parent", async () => {
    for (const lang of ["en", "fr"]) {
      const { html } = await t.getHtml(`/${lang}/themes/liberation`);
      const crumbs = html.slice(html.indexOf('class="breadcrumb"'), html.indexOf("</nav>", html.indexOf('class="breadcrumb"')));
      expect(crumbs).toContain(`href="/${lang}/themes"`);
    }
  });

  it("shows a theme nothing is filed under, saying so", async () => {
    await storeRecords(t.handle.db, { themes: [aTheme({ slug: "empty-theme", name: { en: "Empty theme", fr: "Thème vide" } })] });
    const card = cards((await t.getHtml("/fr/themes")).html).find((c) => c.startsWith("Thème vide"));
    expect(card).toContain("Rien n'est encore classé sous ce thème.");
  });
});

describe("people on a theme page", () => {
  it("lists the people of the theme's events, each linked to their page", async () => {
    for (const slug of ["liberation", "resistance"]) {
      const theme = (await t.getJson(`/api/themes/${slug}?lang=en`)).body;
      const expected = new Set<string>();
      for (const e of theme.events as { slug: string }[]) {
        for (const p of (await t.getJson(`/api/events/${e.slug}?lang=en`)).body.people as { slug: string }[]) expected.add(p.slug);
      }
      const { html } = await t.getHtml(`/en/themes/${slug}`);
      const linked = [...html.matchAll(/href="\/en\/people\/([a-z0-9-]+)"/g)].map((m) => m[1]);
      expect([slug, new Set(linked)]).toEqual([slug, expected]);
      if (slug === "liberation") expect([...expected].sort()).toEqual(THEMED.people);
    }
  });
});

describe("on the shipped dataset (the themes' one smoke test)", () => {
  it("lists the 10 shipped themes in both languages, each linked to its page", async () => {
    const shipped = await createTestApp();
    try {
      await seedIfEmpty(shipped.handle);
      for (const lang of ["en", "fr"]) {
        const { status, html } = await shipped.getHtml(`/${lang}/themes`);
        expect(status).toBe(200);
        const api = (await shipped.getJson(`/api/themes?lang=${lang}&pageSize=100`)).body.items as { slug: string }[];
        expect(api).toHaveLength(10);
        expect(themeLinks(html, lang)).toEqual(api.map((x) => x.slug));
      }
      expect(visibleText((await shipped.getHtml("/fr/themes")).html)).toContain("Déportation et Shoah");
      expect(visibleText((await shipped.getHtml("/en/themes")).html)).toContain("Deportation and the Shoah");
    } finally {
      await shipped.handle.close();
    }
  });
});
