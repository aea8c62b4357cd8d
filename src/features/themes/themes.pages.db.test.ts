import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, aTheme, storeRecords } from "../../../test/factories.ts";
import { expectOurLinksAnswer, jsonLdBlocks, typesOf, visibleText } from "../../../test/page-html.ts";
import { storeThemedRecords, THEMED } from "../../../test/themed-records.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(() => new Date("2026-11-24T14:00:00Z"));
  await storeThemedRecords(t.handle.db);
  await storeRecords(t.handle.db, {
    themes: [
      aTheme({ slug: "untranslated", name: { en: "Only in English" }, description: { en: "No French text yet." } }),
      aTheme({ slug: "unpublished", status: "draft" }),
    ],
    places: [
      aPlace({ slug: "tagged-draft", status: "draft", name: { en: "Draft place", fr: "Lieu brouillon" }, themes: ["untranslated"] }),
      aPlace({ slug: "english-only", name: { en: "English-only place" }, themes: ["untranslated"] }),
    ],
  });
});
afterAll(() => t.handle.close());

/** The slugs a page links to under /{lang}/{path}/. */
const linked = (html: string, lang: string, path: string) =>
  [...html.matchAll(new RegExp(`href="/${lang}/${path}/([a-z0-9-]+)"`, "g"))].map((m) => m[1]);

describe("theme page /{lang}/themes/:slug", () => {
  it("shows the theme and every published record tagged with it, linked to its page", async () => {
    const { status, html } = await t.getHtml("/fr/themes/resistance");
    expect(status).toBe(200);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("<h1>Résistance</h1>");
    expect(visibleText(html)).toContain(THEMED.resistance.description.fr);
    const api = (await t.getJson("/api/themes/resistance?lang=fr")).body;
    for (const [kind, path] of [["places", "places"], ["exhibitions", "exhibitions"], ["rooms", "rooms"], ["objects", "objects"], ["events", "events"]]) {
      const expected = api[kind!].map((r: { slug: string }) => r.slug);
      expect([kind, expected.length > 0]).toEqual([kind, true]);
      expect([kind, linked(html, "fr", path!)]).toEqual([kind, expected]);
    }
    expect(linked(html, "fr", "places")).toEqual(["xt-memorial", "xt-museum"]);
    expect(linked(html, "fr", "rooms")).toEqual(["xt-room"]);
  });

  it("is a CollectionPage in JSON-LD, with the tagged records as parts", async () => {
    const { html } = await t.getHtml("/en/themes/resistance");
    const [page] = jsonLdBlocks(html);
    expect(typesOf(page)).toEqual(["CollectionPage"]);
    expect(page.name).toBe("Resistance");
    const parts = page.hasPart.map((p: any) => [p["@type"], p.url]);
    expect(parts).toContainEqual(["Museum", "https://remembrance.test/en/places/xt-museum"]);
    expect(parts).toContainEqual(["ExhibitionEvent", "https://remembrance.test/en/exhibitions/xt-permanent"]);
    expect(parts.some(([type]: string[]) => type === "Event")).toBe(true);
  });

  it("has the share block, canonical and hreflang links, and links of ours that answer", async () => {
    const { html } = await t.getHtml("/en/themes/liberation");
    expect(visibleText(html)).toContain("Share this page");
    expect(html).toContain('<link rel="canonical" href="https://remembrance.test/en/themes/liberation"/>');
    expect(html).toContain('<link rel="alternate" hreflang="fr" href="https://remembrance.test/fr/themes/liberation"/>');
    await expectOurLinksAnswer(t, html);
  });

  it("marks text shown in the other language, and leaves drafts out", async () => {
    const { html } = await t.getHtml("/fr/themes/untranslated");
    expect(linked(html, "fr", "places")).toEqual(["english-only"]);
    expect(html).toContain('<h1 lang="en">Only in English</h1>');
    expect(html).toContain('lang="en">English-only place</a>');
  });

  it("is linked from the home page, for every theme", async () => {
    const home = (await t.getHtml("/en/")).html;
    const themes = (await t.getJson("/api/themes?lang=en&pageSize=100")).body.items.map((x: { slug: string }) => x.slug);
    expect(linked(home, "en", "themes")).toEqual(themes);
  });

  it("answers 404 in the right language for an unknown or unpublished theme", async () => {
    for (const [path, title] of [["/fr/themes/nothing", "Page introuvable"], ["/en/themes/unpublished", "Page not found"]]) {
      const { status, html } = await t.getHtml(path!);
      expect([path, status]).toEqual([path, 404]);
      expect(html).toContain(title);
    }
  });
});
