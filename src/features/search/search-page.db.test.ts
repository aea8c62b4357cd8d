import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { between, visibleText } from "../../../test/page-html.ts";
import { assetPath } from "../../web/asset-files.ts";
import { htmlDocument } from "../../web/site.tsx";
import { aPerson, aPlace, aRoom, aTheme, anExhibition, anObject, storeRecords } from "../../../test/factories.ts";
import type { SearchAnswer } from "./search.types.ts";
import { pageWindow, SearchPage } from "./search.views.tsx";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const both = (en: string, fr: string) => ({ en, fr });
  await storeRecords(t.handle.db, {
    themes: [aTheme({ slug: "xs-resistance", name: both("Resistance", "Résistance") })],
    people: [
      aPerson({ slug: "xs-general", name: "Philippe Montval de Castelnau", aliases: [{ name: "Philippe de Castelnaud", kind: "spelling_variant" }] }),
      aPerson({
        slug: "xs-colonel", name: "Henri Verlaine-Dubois", aliases: [{ name: "Colonel Verlaine", kind: "nom_de_guerre" }],
        summary: both("Colonel Verlaine, head of the test network.", "Le colonel Verlaine, chef du réseau d'essai."),
      }),
    ],
    places: [
      aPlace({
        slug: "xs-museum", name: both("Museum of the Test", "Musée de l'Essai"),
        admission: [{ covers: "whole_site", label: both("Entry", "Entrée"), isFree: true }],
      }),
      aPlace({ slug: "xs-memorial", kind: "memorial", admission: [{ covers: "whole_site", label: both("Entry", "Entrée"), isFree: false, priceCents: 900 }] }),
    ],
    exhibitions: [anExhibition("xs-museum", {
      slug: "xs-permanent",
      rooms: [aRoom({
        slug: "xs-shelter", title: both("The shelter", "L'abri"),
        summary: both("The command post of Colonel Verlaine, twenty metres down.", "Le poste de commandement du colonel Verlaine, à vingt mètres sous terre."),
      })],
    })],
    // 25 records on one theme: two pages of 20.
    objects: Array.from({ length: 25 }, (_, i) => anObject("xs-museum", { slug: `xs-leaflet-${i + 1}`, themes: ["xs-resistance"] })),
  });
});
afterAll(() => t.handle.close());

/** The record pages the results link to, in order (titles' links, not the places they are at). */
const resultLinks = (html: string) => [...html.matchAll(/<h3><a href="([^"]+)"/g)].map((m) => m[1]!);
const kindLabels = (html: string) => [...html.matchAll(/<p class="kicker result-kind">([^<]*)<\/p>/g)].map((m) => m[1]!);
const linkWithRel = (html: string, rel: string) => html.match(new RegExp(`<a href="([^"]+)" rel="${rel}"`))?.[1]?.replace(/&amp;/g, "&");

describe("the search page", () => {
  it("finds a person's page for another spelling of the name", async () => {
    const { status, html } = await t.getHtml("/en/search?q=Castelnaud");
    expect(status).toBe(200);
    expect(resultLinks(html)).toContain("/en/people/xs-general");
    expect(visibleText(html)).toMatch(/\d+ results? for “Castelnaud”/);
  });

  it("finds a colonel and the shelter of his command post for his nom de guerre, each labelled by kind, in French too", async () => {
    const en = await t.getHtml("/en/search?q=Colonel+Verlaine");
    expect(resultLinks(en.html)).toEqual(expect.arrayContaining(["/en/people/xs-colonel", "/en/rooms/xs-shelter"]));
    const shelter = en.html.slice(en.html.indexOf('href="/en/rooms/xs-shelter"'));
    expect(visibleText(shelter.slice(0, shelter.indexOf("</li>")))).toContain("At: Museum of the Test");
    expect(kindLabels(en.html)).toEqual(expect.arrayContaining(["Person", "Room"]));
    expect(en.html).toMatch(/<p class="snippet">[^<]*(<mark>[^<]*<\/mark>[^<]*)+/);
    const fr = await t.getHtml("/fr/search?q=Colonel+Verlaine");
    expect(resultLinks(fr.html)).toEqual(expect.arrayContaining(["/fr/people/xs-colonel", "/fr/rooms/xs-shelter"]));
    expect(kindLabels(fr.html)).toEqual(expect.arrayContaining(["Personne", "Salle"]));
    expect(fr.html).toContain("<h1>Recherche\u00a0: «\u00a0Colonel Verlaine\u00a0»</h1>");
  });

  it("narrows with filters: free places only, and counts by kind link to each kind", async () => {
    const places = await t.getHtml("/en/search?kind=place");
    const free = await t.getHtml("/en/search?kind=place&free=true");
    expect(new Set(kindLabels(places.html))).toEqual(new Set(["Place"]));
    expect(resultLinks(free.html)).toEqual(["/en/places/xs-museum"]);
    expect(resultLinks(places.html)).toContain("/en/places/xs-memorial");
    expect(free.html).toMatch(/<input type="checkbox" id="search-free" name="free" value="true" checked=""/);
    const all = await t.getHtml("/en/search?q=Colonel+Verlaine");
    const byKind = between(all.html, "results-title");
    expect(byKind).toContain('href="/en/search?q=Colonel+Verlaine&amp;kind=person"');
    const people = await t.getHtml("/en/search?q=Colonel+Verlaine&kind=person");
    expect(resultLinks(people.html)).toEqual(["/en/people/xs-colonel"]);
  });

  it("pages the results, and the page links keep the filters", async () => {
    const first = await t.getHtml("/en/search?q=&theme=xs-resistance");
    expect(visibleText(first.html)).toMatch(/\d+ results ?, page 1 of 2/);
    const next = linkWithRel(first.html, "next");
    expect(next).toBe("/en/search?theme=xs-resistance&page=2");
    expect(linkWithRel(first.html, "prev")).toBeUndefined();
    const second = await t.getHtml(next!);
    expect(second.status).toBe(200);
    expect(second.html).toContain('<ol class="result-list" start="21">');
    expect(resultLinks(second.html).length).toBeGreaterThan(0);
    expect(resultLinks(second.html).filter((l) => resultLinks(first.html).includes(l))).toEqual([]);
    expect(linkWithRel(second.html, "prev")).toBe("/en/search?theme=xs-resistance");
    expect(linkWithRel(second.html, "next")).toBeUndefined();
    expect(resultLinks(second.html)).toHaveLength(5);
    const beyond = await t.app.request("/en/search?theme=xs-resistance&page=7");
    expect([beyond.status, beyond.headers.get("location")]).toEqual([302, "/en/search?theme=xs-resistance&page=2"]);
  });

  it("numbers pages around the current one, with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(6, 12)).toEqual([1, "gap", 4, 5, 6, 7, 8, "gap", 12]);
    expect(pageWindow(12, 12)).toEqual([1, "gap", 10, 11, 12]);
  });

  it("says what to do for one letter, words it cannot look up, and no result", async () => {
    expect(visibleText((await t.getHtml("/en/search?q=a")).html)).toContain("Type at least two letters.");
    expect(visibleText((await t.getHtml("/fr/search?q=a")).html)).toContain("Tapez au moins deux lettres.");
    expect(visibleText((await t.getHtml("/en/search?q=%22%22")).html)).toContain("Your search has no word that can be looked up");
    const none = await t.getHtml("/en/search?q=zzyzxqw&kind=person");
    expect(none.status).toBe(200);
    expect(visibleText(none.html)).toContain("No result for “zzyzxqw”");
    expect(none.html).toContain('href="/en/search?q=zzyzxqw">search again without the filters');
    expect(none.html).toContain('href="/en/themes"');
    expect(none.html).toContain('href="/en/places"');
  });

  it("refuses what it cannot read with 400, the typed values kept and each error beside its field, in the page's language", async () => {
    const long = "résistance ".repeat(30).trim();
    const { status, html, headers } = await t.getHtml(`/en/search?q=${encodeURIComponent(long)}&age=abc&openOn=2026-13-45&free=true`);
    expect(status).toBe(400);
    expect(headers.get("cache-control")).toBe("no-store");
    const summary = visibleText(between(html, "error-summary-title"));
    expect(summary).toContain("3 fields need your attention");
    expect(summary).toContain(`Use at most 200 characters: this search has ${long.length}.`);
    expect(html).toContain(`value="${long}"`);
    expect(html).toMatch(/<span class="error" id="search-age-error">Enter an age in years, from 0 to 120.<\/span><input type="number" id="search-age" name="age" value="abc"/);
    expect(html).toMatch(/id="search-openOn-error">Enter a date written year-month-day/);
    expect(html).toContain('aria-describedby="search-openOn-error"');
    expect(html).toContain('checked=""');
    const fr = await t.getHtml("/fr/search?q=rol&age=-3");
    expect(fr.status).toBe(400);
    expect(visibleText(fr.html)).toContain("Indiquez un âge en années, de 0 à 120.");
    expect((await t.getHtml("/en/search?q=rol&page=9999")).status).toBe(400);
  });

  it("answers hostile queries with 200 or 400, never 500, and writes them escaped", async () => {
    const hostile = ['"', "')) or 1=1 --", "(((", "a & | !", "x".repeat(500), "🕯️ mémoire 🇫🇷", "<script>alert(1)</script>",
      "foo:* & !bar", "\\", "%", "'; drop table places; --", "<->", "\u0000", "resistance".repeat(20)];
    for (const q of hostile) {
      for (const lang of ["en", "fr"]) {
        const { status, html } = await t.getHtml(`/${lang}/search?q=${encodeURIComponent(q)}`);
        expect([200, 400], `${q}: ${status}`).toContain(status);
        expect(html).not.toContain("<script>alert");
      }
    }
    const { html } = await t.getHtml(`/en/search?q=${encodeURIComponent("<script>alert(1)</script>")}`);
    expect(html).toContain("<title>Search: “&lt;script&gt;alert(1)&lt;/script&gt;” — Remembrance</title>");
    expect(html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it("is indexable without a query, noindex with one, and kept a minute by browsers", async () => {
    const empty = await t.getHtml("/en/search");
    expect(empty.status).toBe(200);
    expect(empty.html).toContain('<link rel="canonical" href="https://remembrance.test/en/search"/>');
    expect(empty.html).not.toContain("noindex");
    const asked = await t.getHtml("/en/search?q=rol");
    expect(asked.html).toContain('<meta name="robots" content="noindex"/>');
    expect(asked.headers.get("cache-control")).toBe("public, max-age=60");
    expect(asked.html).toContain('href="/fr/search?q=rol" hreflang="fr"');
  });

  it("offers the header's search form and the suggestion script on every page", async () => {
    const { html } = await t.getHtml("/fr/places/xs-museum");
    expect(html).toMatch(/<form class="header-search" role="search" method="get" action="\/fr\/search" aria-label="Rechercher sur le site" data-suggest=""/);
    expect(html).toContain('<label for="site-search-q" class="header-search-label">Rechercher sur le site</label>');
    expect(html).toContain(`<script src="${assetPath("search-suggest.js")}" defer=""></script>`);
    expect(html).toContain('<a href="/fr/themes">Thèmes</a>');
    const script = await t.app.request("/assets/search-suggest.js");
    expect(script.status).toBe(200);
    expect(await script.text()).toContain("/api/search/suggest");
  });
});

describe("the results view", () => {
  const answer: SearchAnswer = {
    q: "<script>x</script>",
    corrections: [{ word: "hautecloque", closest: ["hauteclocque"] }],
    results: [{
      kind: "person", slug: "evil", title: "<script>alert(1)</script> Leclerc", path: "/en/people/evil", nameMatch: true,
      snippetHtml: "General <mark>Leclerc</mark> &lt;b&gt;", place: { slug: "p", name: "<img src=x onerror=alert(1)>" },
    }],
    total: 1000, totalIsLowerBound: true, page: 1, pageSize: 20, pages: 50,
    kinds: [{ kind: "person", count: 1000 }],
    options: { placeKinds: [], cities: [{ value: "<x>", label: "<b>Paris</b>" }], themes: [] },
  };

  it("escapes titles, places and options; only the service's snippet is written as HTML", async () => {
    const html = await htmlDocument(SearchPage({ data: { values: { q: answer.q }, errors: {}, options: answer.options, answer }, locale: "en" }));
    expect(html).not.toMatch(/<script>|<img|<b>/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Leclerc");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain('<p class="snippet">General <mark>Leclerc</mark> &lt;b&gt;</p>');
    expect(visibleText(html)).toContain("More than 1,000 results for “<script>x</script>”");
    expect(visibleText(html)).toContain("Showing results for hauteclocque");
  });
});
