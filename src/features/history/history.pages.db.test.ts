import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, aPlace, aTheme, anEvent, anObject, storeRecords } from "../../../test/factories.ts";
import { expectHeadingsInOrder, expectLinksResolve } from "../../../test/page-checks.ts";
import { jsonLdBlocks, typesOf, visibleText } from "../../../test/page-html.ts";
import { seedIfEmpty } from "../dataset/dataset.service.ts";
import { datetimeOf } from "../../web/views/fuzzy-time.tsx";

let t: TestApp;

const both = (en: string, fr: string) => ({ en, fr });

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    themes: [aTheme({ slug: "xh-liberation", name: both("Liberation", "Libération") })],
    places: [aPlace({ slug: "xh-museum" }), aPlace({ slug: "xh-centre", address: { city: "Lyon" } }),
      aPlace({ slug: "xh-special", name: both(`Musée <b>"Rol" & Cie</b>`, `Musée <b>"Rol" & Cie</b>`) })],
    people: [
      aPerson({
        slug: "xh-general", name: "Pierre Montval de Castelnau", givenName: "Pierre", familyName: "Montval de Castelnau", title: both("General", "Général"),
        description: both("Pierre de Castelnau, who became General Montval.", "Pierre de Castelnau, devenu le général Montval."),
        aliases: [
          { name: "General Montval", kind: "title", note: both("The name under which Pierre de Castelnau became known.", "Le nom sous lequel Pierre de Castelnau est devenu célèbre.") },
          { name: "Pierre de Castelnau", kind: "birth_name" },
          { name: "Pierre de Castelnaud", kind: "spelling_variant" },
          { name: "Maréchal Montval de Castelnau", kind: "title" },
        ],
        roles: [{ role: both("General", "Général") }, { role: both("French resistance fighter", "Résistant français") }],
      }),
      aPerson({
        slug: "xh-colonel", name: "Henri Test-Colonel", aliases: [{ name: "Colonel Test", kind: "nom_de_guerre" }],
        roles: [{ role: both("Command post in the shelter", "Poste de commandement dans l'abri"), place: "xh-museum", period: "1944-08" }],
      }),
      aPerson({ slug: "xh-writer", name: "Élie Test" }),
      aPerson({ slug: "xh-person", name: "Émile Test", birth: "1901-02-03", death: "before 1960", aliases: [{ name: "Le Capitaine Noël", kind: "nom_de_guerre" }] }),
      aPerson({ slug: "xh-draft-person", status: "draft", name: "Hidden Person", aliases: [{ name: "Secret Alias", kind: "title" }] }),
    ],
    objects: [anObject("xh-museum", { slug: "xh-general-collection", type: "collection", people: [{ person: "xh-general" }] })],
    events: [
      anEvent({ slug: "xh-kiev", kind: "liberation", date: "1943-11-06", title: both("Liberation of Kiev", "Libération de Kiev"), location: { name: both("Kiev", "Kiev") }, themes: ["xh-liberation"] }),
      anEvent({ slug: "xh-liberation-of-the-town", kind: "liberation", date: "1944-08", title: both("Liberation of the town", "Libération de la ville"), people: [{ person: "xh-colonel" }] }),
      anEvent({ slug: "xh-warsaw", kind: "liberation", date: "1945-01", title: both("Liberation of Warsaw", "Libération de Varsovie") }),
      anEvent({
        slug: "xh-vienna", kind: "liberation", date: "mid 1945-04", title: both("Liberation of Vienna", "Libération de Vienne"),
        location: { name: both("Vienna", "Vienne"), latitude: 48.21, longitude: 16.37 },
      }),
      anEvent({ slug: "xh-la-rochelle", kind: "liberation", date: "1945-05-09", title: both("Liberation of La Rochelle", "Libération de La Rochelle") }),
      anEvent({
        slug: "xh-inauguration", kind: "opening", date: "1992-10-15", title: both("Inauguration of the centre", "Inauguration du centre"),
        location: { name: both("Lyon", "Lyon"), place: "xh-centre" }, people: [{ person: "xh-writer" }],
      }),
      anEvent({
        slug: "xh-mention", date: "1944-08-20", title: both("A mention", "Une mention"),
        summary: both(`Under today's Musée <b>"Rol" & Cie</b>, then again Musée <b>"Rol" & Cie</b>.`, `Sous l'actuel musée <b>"Rol" & Cie</b>.`),
        factsSource: "Coordinates from seed 001, not from the seed pages (file 001_x.txt).",
      }),
      anEvent({ slug: "xh-draft-event", status: "draft", date: "1944-09", title: { en: "Draft event", fr: "Événement brouillon" } }),
    ],
  });
});
afterAll(() => t.handle.close());

const GENERAL = "/people/xh-general";

describe("person page", () => {
  it("shows a general's name, title, aliases, roles and description, in English and French", async () => {
    const en = await t.getHtml(`/en${GENERAL}`);
    expect(en.status).toBe(200);
    expect(en.html).toContain('<html lang="en">');
    expectHeadingsInOrder(en.html);
    const text = visibleText(en.html);
    expect(en.html).toContain("<h1>Pierre Montval de Castelnau</h1>");
    // The aliases once, each with its kind (and note): no second list of the same names.
    expect(text).toContain("Also known as General Montval (title — The name under which Pierre de Castelnau became known), Pierre de Castelnau (birth name), "
      + "Pierre de Castelnaud (spelling variant) and Maréchal Montval de Castelnau (title).");
    expect(text.split("Pierre de Castelnaud").length - 1).toBe(1);
    expect(text).not.toContain("Other names");
    expect(text).toContain("French resistance fighter");
    expect(en.html).toContain('href="/en/objects/xh-general-collection"');
    const fr = await t.getHtml(`/fr${GENERAL}`);
    expect(fr.html).toContain('<html lang="fr">');
    expect(visibleText(fr.html)).toContain("Autres noms : General Montval (titre — Le nom sous lequel Pierre de Castelnau est devenu célèbre), "
      + "Pierre de Castelnau (nom de naissance), Pierre de Castelnaud (variante orthographique) et Maréchal Montval de Castelnau (titre).");
    expect(visibleText(fr.html)).toContain("Résistant français");
  });

  it("describes a Person with alternate names in JSON-LD, and life dates only as precisely as known", async () => {
    const [general] = jsonLdBlocks((await t.getHtml(`/en${GENERAL}`)).html);
    expect(typesOf(general)).toEqual(["Person"]);
    expect(general.alternateName).toEqual(["General Montval", "Pierre de Castelnau", "Pierre de Castelnaud", "Maréchal Montval de Castelnau"]);
    expect(general).not.toHaveProperty("birthDate");
    const own = await t.getHtml("/fr/people/xh-person");
    expect(own.html).toContain('<time datetime="1901-02-03">3 février 1901</time>');
    expect(own.html).toContain('<time datetime="1959">avant 1960</time>');
    const [person] = jsonLdBlocks(own.html);
    expect(person.birthDate).toBe("1901-02-03");
    expect(person).not.toHaveProperty("deathDate");
  });

  it("links a colonel's role to his place and the colonel to the liberation he took part in", async () => {
    const { html } = await t.getHtml("/en/people/xh-colonel");
    expect(html).toContain('href="/en/places/xh-museum"');
    expect(html).toContain('href="/en/events/xh-liberation-of-the-town"');
    expect(html).toContain('<time datetime="1944-08">August 1944</time>');
  });

  it("answers a 301 to the person's page for an alias or a name in the address", async () => {
    const cases = [
      ["/en/people/general-montval", `/en${GENERAL}`],
      ["/fr/people/colonel-test", "/fr/people/xh-colonel"],
      ["/fr/people/marechal-montval-de-castelnau", `/fr${GENERAL}`],
      ["/en/people/pierre-de-castelnaud", `/en${GENERAL}`],
      ["/en/people/le-capitaine-noel", "/en/people/xh-person"],
      ["/fr/people/emile-test", "/fr/people/xh-person"],
      ["/fr/people/G%C3%A9n%C3%A9ral_Montval", `/fr${GENERAL}`],
      ["/en/people/XH-Writer", "/en/people/xh-writer"],
    ];
    for (const [from, to] of cases) {
      const res = await t.app.request(from!);
      expect(res.status, from).toBe(301);
      expect(res.headers.get("location"), from).toBe(to);
      expect((await t.app.request(to!)).status).toBe(200);
    }
  });

  it("links only to pages that answer", async () => {
    for (const path of [`/en${GENERAL}`, "/fr/people/xh-colonel", "/fr/people/xh-writer"]) {
      await expectLinksResolve(t, path, (await t.getHtml(path)).html);
    }
  });
});

describe("event page", () => {
  it("shows the date as written in each language, the location and the themes", async () => {
    const en = await t.getHtml("/en/events/xh-kiev");
    expect(en.status).toBe(200);
    expectHeadingsInOrder(en.html);
    expect(en.html).toContain('<time datetime="1943-11-06">6 November 1943</time>');
    expect(visibleText(en.html)).toContain("Location Kiev");
    const fr = await t.getHtml("/fr/events/xh-kiev");
    expect(fr.html).toContain('<html lang="fr">');
    expect(fr.html).toContain('<time datetime="1943-11-06">6 novembre 1943</time>');
    expect(fr.html).toContain('href="/fr/themes/xh-liberation"');
    const vienna = await t.getHtml("/fr/events/xh-vienna");
    expect(vienna.html).toContain('<time datetime="1945-04">mi-avril 1945</time>');
    expect((await t.getHtml("/en/events/xh-vienna")).html).toContain('<time datetime="1945-04">mid-April 1945</time>');
  });

  it("describes an Event in JSON-LD with start and end from the stored first and last day, and its location", async () => {
    const [vienna] = jsonLdBlocks((await t.getHtml("/en/events/xh-vienna")).html);
    expect(typesOf(vienna)).toEqual(["Event"]);
    expect([vienna.startDate, vienna.endDate]).toEqual(["1945-04-11", "1945-04-20"]);
    expect(vienna.location.name).toBe("Vienna");
    expect(vienna.location.geo).toEqual({ "@type": "GeoCoordinates", latitude: 48.21, longitude: 16.37 });
    const [chrd] = jsonLdBlocks((await t.getHtml("/fr/events/xh-inauguration")).html);
    expect(chrd.location.url).toBe("https://remembrance.test/fr/places/xh-centre");
  });

  it("links to its place and people, and only to pages that answer", async () => {
    const path = "/fr/events/xh-inauguration";
    const { html } = await t.getHtml(path);
    expect(html).toContain('href="/fr/places/xh-centre"');
    expect(html).toContain('href="/fr/people/xh-writer"');
    await expectLinksResolve(t, path, html);
    await expectLinksResolve(t, "/en/events/xh-liberation-of-the-town", (await t.getHtml("/en/events/xh-liberation-of-the-town")).html);
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

describe("a place named in an event's text", () => {
  it("links the first mention to the place's page and keeps the name escaped", async () => {
    const en = await t.getHtml("/en/events/xh-mention");
    expect(en.status).toBe(200);
    const escaped = "Musée &lt;b&gt;&quot;Rol&quot; &amp; Cie&lt;/b&gt;";
    expect(en.html).toContain(`Under today&#39;s <a href="/en/places/xh-special">${escaped}</a>, then again ${escaped}.`);
    expect(en.html).not.toContain("<b>");
    const fr = await t.getHtml("/fr/events/xh-mention");
    expect(fr.html).toContain(`Sous l&#39;actuel <a href="/fr/places/xh-special">musée &lt;b&gt;&quot;Rol&quot; &amp; Cie&lt;/b&gt;</a>.`);
  });

  it("says only, in the visitor's words, that editors added details: no file name, no seed", async () => {
    for (const lang of ["en", "fr"]) {
      const text = visibleText((await t.getHtml(`/${lang}/events/xh-mention`)).html);
      expect(text, lang).not.toMatch(/seed|001_x|\.txt|Sources/i);
    }
    expect(visibleText((await t.getHtml("/en/events/xh-mention")).html)).toContain("Some details, such as the map coordinates, were added by the network's editors.");
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

describe("on the shipped dataset (history's one smoke test)", () => {
  it("shows General Leclerc under his aliases and the liberation of Paris on the timeline", async () => {
    const shipped = await createTestApp();
    try {
      await seedIfEmpty(shipped.handle);
      const person = await shipped.getHtml("/en/people/philippe-leclerc-de-hauteclocque");
      expect(person.status).toBe(200);
      expect(visibleText(person.html)).toContain("Also known as General Leclerc (title — The name under which Philippe de Hauteclocque became known), "
        + "Philippe de Hauteclocque (birth name), Philippe de Hautecloque (");
      expect((await shipped.app.request("/en/people/general-leclerc")).headers.get("location")).toBe("/en/people/philippe-leclerc-de-hauteclocque");
      expect((await shipped.getHtml("/en/timeline")).html).toContain('href="/en/events/liberation-of-paris"');
    } finally {
      await shipped.handle.close();
    }
  });
});
