import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, anEvent, storeRecords } from "../../../test/factories.ts";
import { expectHeadingsInOrder, expectLinksResolve } from "../../../test/page-checks.ts";
import { jsonLdBlocks, typesOf, visibleText } from "../../../test/page-html.ts";
import { seedIfEmpty } from "../dataset/dataset.service.ts";
import { datetimeOf } from "../../web/views/fuzzy-time.tsx";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedIfEmpty(t.handle);
  await storeRecords(t.handle.db, {
    people: [
      aPerson({ slug: "xh-person", name: "Émile Test", birth: "1901-02-03", death: "before 1960", aliases: [{ name: "Le Capitaine Noël", kind: "nom_de_guerre" }] }),
      aPerson({ slug: "xh-draft-person", status: "draft", name: "Hidden Person", aliases: [{ name: "Secret Alias", kind: "title" }] }),
    ],
    events: [anEvent({ slug: "xh-draft-event", status: "draft", date: "1944-09", title: { en: "Draft event", fr: "Événement brouillon" } })],
  });
});
afterAll(() => t.handle.close());

const LECLERC = "/people/philippe-leclerc-de-hauteclocque";

describe("person page", () => {
  it("shows Leclerc's name, title, aliases, roles and description, in English and French", async () => {
    const en = await t.getHtml(`/en${LECLERC}`);
    expect(en.status).toBe(200);
    expect(en.html).toContain('<html lang="en">');
    expectHeadingsInOrder(en.html);
    const text = visibleText(en.html);
    expect(en.html).toContain("<h1>Philippe Leclerc de Hauteclocque</h1>");
    expect(text).toContain("Also known as General Leclerc, Philippe de Hauteclocque, Philippe de Hautecloque and Maréchal Leclerc de Hauteclocque.");
    expect(text).toContain("General Leclerc (title) — The name under which Philippe de Hauteclocque became known.");
    expect(text).toContain("French resistance fighter");
    expect(en.html).toContain('href="/en/objects/general-leclerc-collection"');
    const fr = await t.getHtml(`/fr${LECLERC}`);
    expect(fr.html).toContain('<html lang="fr">');
    expect(visibleText(fr.html)).toContain("Autres noms : General Leclerc, Philippe de Hauteclocque, Philippe de Hautecloque et Maréchal Leclerc de Hauteclocque.");
    expect(visibleText(fr.html)).toContain("Résistant français");
  });

  it("describes a Person with alternate names in JSON-LD, and life dates only as precisely as known", async () => {
    const [leclerc] = jsonLdBlocks((await t.getHtml(`/en${LECLERC}`)).html);
    expect(typesOf(leclerc)).toEqual(["Person"]);
    expect(leclerc.alternateName).toEqual(["General Leclerc", "Philippe de Hauteclocque", "Philippe de Hautecloque", "Maréchal Leclerc de Hauteclocque"]);
    expect(leclerc).not.toHaveProperty("birthDate");
    const own = await t.getHtml("/fr/people/xh-person");
    expect(own.html).toContain('<time datetime="1901-02-03">3 février 1901</time>');
    expect(own.html).toContain('<time datetime="1959">avant 1960</time>');
    const [person] = jsonLdBlocks(own.html);
    expect(person.birthDate).toBe("1901-02-03");
    expect(person).not.toHaveProperty("deathDate");
  });

  it("links Rol-Tanguy's role to his place and Rol-Tanguy to the liberation of Paris", async () => {
    const { html } = await t.getHtml("/en/people/henri-rol-tanguy");
    expect(html).toContain('href="/en/places/musee-liberation-paris"');
    expect(html).toContain('href="/en/events/liberation-of-paris"');
    expect(html).toContain('<time datetime="1944-08">August 1944</time>');
  });

  it("answers a 301 to the person's page for an alias or a name in the address", async () => {
    const cases = [
      ["/en/people/general-leclerc", `/en${LECLERC}`],
      ["/fr/people/colonel-rol", "/fr/people/henri-rol-tanguy"],
      ["/fr/people/marechal-leclerc-de-hauteclocque", `/fr${LECLERC}`],
      ["/en/people/general-de-gaulle", "/en/people/charles-de-gaulle"],
      ["/en/people/le-capitaine-noel", "/en/people/xh-person"],
      ["/fr/people/emile-test", "/fr/people/xh-person"],
      ["/fr/people/G%C3%A9n%C3%A9ral_Leclerc", `/fr${LECLERC}`],
      ["/en/people/Jean-Moulin", "/en/people/jean-moulin"],
    ];
    for (const [from, to] of cases) {
      const res = await t.app.request(from!);
      expect(res.status, from).toBe(301);
      expect(res.headers.get("location"), from).toBe(to);
      expect((await t.app.request(to!)).status).toBe(200);
    }
  });

  it("links only to pages that answer", async () => {
    for (const path of [`/en${LECLERC}`, "/fr/people/henri-rol-tanguy", "/fr/people/jean-moulin"]) {
      await expectLinksResolve(t, path, (await t.getHtml(path)).html);
    }
  });
});

describe("event page", () => {
  it("shows the date as written in each language, the location and the themes", async () => {
    const en = await t.getHtml("/en/events/liberation-of-kiev");
    expect(en.status).toBe(200);
    expectHeadingsInOrder(en.html);
    expect(en.html).toContain('<time datetime="1943-11-06">6 November 1943</time>');
    expect(visibleText(en.html)).toContain("Location Kiev");
    const fr = await t.getHtml("/fr/events/liberation-of-kiev");
    expect(fr.html).toContain('<html lang="fr">');
    expect(fr.html).toContain('<time datetime="1943-11-06">6 novembre 1943</time>');
    expect(fr.html).toContain('href="/fr/themes/liberation"');
    const vienna = await t.getHtml("/fr/events/liberation-of-vienna");
    expect(vienna.html).toContain('<time datetime="1945-04">mi-avril 1945</time>');
    expect((await t.getHtml("/en/events/liberation-of-vienna")).html).toContain('<time datetime="1945-04">mid-April 1945</time>');
  });

  it("describes an Event in JSON-LD with start and end from the stored first and last day, and its location", async () => {
    const [vienna] = jsonLdBlocks((await t.getHtml("/en/events/liberation-of-vienna")).html);
    expect(typesOf(vienna)).toEqual(["Event"]);
    expect([vienna.startDate, vienna.endDate]).toEqual(["1945-04-11", "1945-04-20"]);
    expect(vienna.location.name).toBe("Vienna");
    expect(vienna.location.geo).toEqual({ "@type": "GeoCoordinates", latitude: 48.21, longitude: 16.37 });
    const [chrd] = jsonLdBlocks((await t.getHtml("/fr/events/inauguration-of-the-chrd")).html);
    expect(chrd.location.url).toBe("https://remembrance.test/fr/places/chrd-lyon");
  });

  it("links to its place and people, and only to pages that answer", async () => {
    const path = "/fr/events/inauguration-of-the-chrd";
    const { html } = await t.getHtml(path);
    expect(html).toContain('href="/fr/places/chrd-lyon"');
    expect(html).toContain('href="/fr/people/elie-wiesel"');
    await expectLinksResolve(t, path, html);
    await expectLinksResolve(t, "/en/events/liberation-of-paris", (await t.getHtml("/en/events/liberation-of-paris")).html);
  });
});

describe("timeline page", () => {
  it("lists every published event in time order, vague dates among precise ones, grouped by year", async () => {
    const { status, html } = await t.getHtml("/fr/timeline");
    expect(status).toBe(200);
    expect(html).toContain('<html lang="fr">');
    expectHeadingsInOrder(html);
    const text = visibleText(html);
    const january = text.indexOf("janvier 1945 Libération de Varsovie");
    const vienna = text.indexOf("mi-avril 1945 Libération de Vienne");
    const may = text.indexOf("9 mai 1945 Libération de La Rochelle");
    expect(january).toBeGreaterThan(0);
    expect(vienna).toBeGreaterThan(january);
    expect(may).toBeGreaterThan(vienna);
    const years = [...html.matchAll(/<h2 id="year-(\d+)" class="year">/g)].map((m) => m[1]);
    expect(years).toEqual([...years].sort());
    expect(years).toEqual(expect.arrayContaining(["1943", "1944", "1945"]));
    expect(html).toContain('<time datetime="1945-04">mi-avril 1945</time>');
    expect(html).not.toContain("xh-draft-event");
    expect(html).toContain('<a href="/fr/timeline" aria-current="page">Chronologie</a>');
  });

  it("reads dates in English and lists the events as a schema.org ItemList", async () => {
    const { html } = await t.getHtml("/en/timeline");
    expect(html).toContain('<time datetime="1945-01">January 1945</time>');
    expect(html).toContain('<time datetime="1945-04">mid-April 1945</time>');
    const [list] = jsonLdBlocks(html);
    expect(typesOf(list)).toEqual(["ItemList"]);
    const published = (await t.getJson("/api/events?pageSize=100")).body;
    expect(list.numberOfItems).toBe(published.total);
    expect(list.itemListElement.map((i: any) => i.url.split("/").pop())).toEqual(published.items.map((e: any) => e.slug));
  });

  it("links only to pages that answer", async () => {
    for (const path of ["/en/timeline", "/fr/timeline"]) await expectLinksResolve(t, path, (await t.getHtml(path)).html);
  });
});

describe("unpublished and unknown", () => {
  it("answers the site's 404 page in the page's language, and no alias of a draft person redirects", async () => {
    for (const path of ["/people/xh-draft-person", "/people/secret-alias", "/people/nobody", "/events/xh-draft-event", "/events/nothing"]) {
      const fr = await t.getHtml(`/fr${path}`);
      expect(fr.status, path).toBe(404);
      expect(fr.html).toContain('<html lang="fr">');
      expect(visibleText(fr.html)).toContain("Page introuvable");
      const en = await t.getHtml(`/en${path}`);
      expect(en.status, path).toBe(404);
      expect(visibleText(en.html)).toContain("Page not found");
    }
  });
});

describe("datetimeOf", () => {
  it("gives the most precise HTML date holding both ends", () => {
    expect(datetimeOf("1943-11-06", "1943-11-06")).toBe("1943-11-06");
    expect(datetimeOf("1945-04-11", "1945-04-20")).toBe("1945-04");
    expect(datetimeOf("1944-06-01", "1944-08-31")).toBe("1944");
    expect(datetimeOf("1942-09-01", "1943-04-30")).toBe("1942");
    expect(datetimeOf(undefined, "1944-12-31")).toBe("1944");
  });
});
