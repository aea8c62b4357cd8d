import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, aRoom, aTheme, anEvent, anExhibition, anObject, storeRecords } from "../../../test/factories.ts";
import { expectHeadingsInOrder, expectLinksResolve } from "../../../test/page-checks.ts";
import { jsonLdBlocks, typesOf, visibleText } from "../../../test/page-html.ts";
import { seedIfEmpty } from "../dataset/dataset.service.ts";

let t: TestApp;

const both = (en: string, fr: string) => ({ en, fr });
const liberation = (slug: string, date: string, en: string, fr: string) =>
  anEvent({ slug, kind: "liberation", date, title: both(`Liberation of ${en}`, `Libération de ${fr}`), themes: ["xr-liberation"] });

// A numbered room of four sections (a film without an address among them) telling events of its own.
const ROOM_5_RECORDS = {
  themes: [aTheme({ slug: "xr-liberation", name: both("Liberation", "Libération") })],
  places: [aPlace({ slug: "xr-memorial", kind: "memorial", name: both("Test Memorial", "Mémorial d'essai") })],
  events: [
    anEvent({ slug: "xr-turn-of-the-war", date: "1943", title: both("The turn of the war", "Le tournant de la guerre") }),
    liberation("xr-kiev", "1943-11-06", "Kiev", "Kiev"),
    liberation("xr-auschwitz", "1945-01", "Auschwitz-Birkenau", "Auschwitz-Birkenau"),
    liberation("xr-vienna", "mid 1945-04", "Vienna", "Vienne"),
    liberation("xr-lorient", "1945-05-09", "Lorient", "Lorient"),
    // On the room's theme, but not one the room tells.
    liberation("xr-elsewhere", "1944-09-03", "Elsewhere", "Ailleurs"),
  ],
  exhibitions: [anExhibition("xr-memorial", {
    slug: "xr-second-world-war", kind: "permanent", title: both("The Second World War", "La Seconde Guerre mondiale"),
    rooms: [aRoom({
      slug: "xr-room-5", number: 5, title: both("Reconquest and Liberation", "Reconquête et Libération"), themes: ["xr-liberation"],
      sections: [
        { key: "vercors", title: both("Resistance in 1944: the example of the Vercors", "La Résistance en 1944\u00a0: l'exemple du Vercors"),
          body: both("A heavy price paid by the maquis: 456 dead, including 130 civilians.", "Un très lourd tribut payé par le maquis : 456 morts, dont 130 civils.") },
        { key: "successive-liberations", title: both("Successive liberations", "Des libérations successives"),
          body: both("Auschwitz-Birkenau and Warsaw were only liberated in January 1945, Vienna in mid-April.",
            "Auschwitz-Birkenau et Varsovie ne sont libérés qu'en janvier 1945, Vienne à la mi-avril.") },
        { key: "purges", title: both("Purges", "L'épuration"), body: both("Purges occurred.", "Des épurations ont lieu."),
          media: [{ slug: "xr-purges-film", kind: "film", title: both("The shaving of women at the Liberation", "La tonte des femmes à la Libération") }] },
        { key: "reprisals", title: both("Reprisals", "Les représailles"), body: both("Reprisals.", "Des représailles.") },
      ],
      events: ["xr-turn-of-the-war", "xr-kiev", "xr-auschwitz", "xr-vienna", "xr-lorient"],
    })],
  })],
};

// A museum whose permanent collection is free, with a room reached by 99 steps, 20 metres down.
const SHELTER_RECORDS = {
  places: [aPlace({
    slug: "xr-museum", kind: "museum", name: both("Museum of the Test", "Musée de l'Essai"),
    admission: [{ covers: "permanent_collection", label: both("Permanent collection: free for all", "Collection permanente : gratuite pour tous"), isFree: true }],
    accessibility: [
      { feature: "steps", room: "xr-shelter", value: 99, unit: "steps", text: both("You go down 99 steps.", "Il faut descendre 99 marches.") },
      { feature: "underground", room: "xr-shelter", value: 20, unit: "m", text: both("The shelter is 20 metres under the museum.", "L'abri est à 20 mètres sous le musée.") },
    ],
  })],
  events: [anEvent({ slug: "xr-liberation-of-the-town", date: "1944-08", title: both("Liberation of the town", "Libération de la ville") })],
  exhibitions: [anExhibition("xr-museum", {
    slug: "xr-permanent", kind: "permanent", description: both("Dedicated to Lucien Test.", "Consacrée à Lucien Test."),
    rooms: [aRoom({ slug: "xr-shelter", title: both("The shelter", "L'abri"), events: ["xr-liberation-of-the-town"] })],
  })],
};

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, ROOM_5_RECORDS);
  await storeRecords(t.handle.db, SHELTER_RECORDS);
  // Drafts, dates, objects in a room, a published film.
  await storeRecords(t.handle.db, {
    themes: [aTheme({ slug: "xt-theme", name: { en: "Test theme", fr: "Thème de test" } })],
    places: [
      aPlace({
        slug: "xt-hall", name: { en: "Test Hall", fr: "Salle d'essai" },
        admission: [{ covers: "temporary_exhibitions", label: { en: "Temporary exhibitions", fr: "Expositions temporaires" }, isFree: false }],
      }),
      aPlace({ slug: "xt-draft-place", status: "draft" }),
    ],
    exhibitions: [
      anExhibition("xt-hall", {
        slug: "xt-temporary", kind: "temporary", opensOn: "2024-03-01", closesOn: "2024-09-30",
        title: { en: "Paris 1944", fr: "Paris 1944" },
        themes: ["xt-theme"],
        media: [{ slug: "xt-poster", kind: "image", url: "/media/poster.jpg", title: { en: "Poster", fr: "Affiche" }, altText: { en: "A poster of 1944", fr: "Une affiche de 1944" } }],
        rooms: [
          aRoom({
            slug: "xt-room", number: 2, title: { en: "The barricades" },
            description: { en: "Only in English." },
            sections: [{ key: "one", title: { en: "One", fr: "Un" }, media: [{ slug: "xt-film", kind: "film", url: "/media/film.mp4", title: { en: "A film", fr: "Un film" } }] }],
            objects: ["xt-object", "xt-draft-object"],
          }),
          aRoom({ slug: "xt-draft-room", status: "draft" }),
        ],
      }),
      anExhibition("xt-hall", { slug: "xt-draft-exhibition", status: "draft", rooms: [aRoom({ slug: "xt-room-of-draft" })] }),
      anExhibition("xt-draft-place", { slug: "xt-exhibition-of-draft-place" }),
    ],
    objects: [
      anObject("xt-hall", { slug: "xt-object", type: "poster", title: { en: "A poster", fr: "Une affiche" } }),
      anObject("xt-hall", { slug: "xt-draft-object", status: "draft", title: { en: "Hidden", fr: "Caché" } }),
    ],
  });
});
afterAll(() => t.handle.close());

const ROOM_5 = "/rooms/xr-room-5";

describe("room page", () => {
  it("shows room 5 with its number, title, breadcrumb and the four sections in order, in French", async () => {
    const { status, html } = await t.getHtml(`/fr${ROOM_5}`);
    expect(status).toBe(200);
    expect(html).toContain('<html lang="fr">');
    expectHeadingsInOrder(html);
    const text = visibleText(html);
    expect(text).toContain("Salle 5 : Reconquête et Libération");
    expect(html).toMatch(/<h1[^>]*>Salle 5\u00a0: Reconquête et Libération<\/h1>/);
    expect(html).toContain('href="/fr/exhibitions/xr-second-world-war"');
    expect(html).toContain('href="/fr/places/xr-memorial"');
    const sections = [...html.matchAll(/<li id="section-[^"]+"><h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]!.replace(/&#39;/g, "'"));
    expect(sections).toEqual(["La Résistance en 1944\u00a0: l'exemple du Vercors", "Des libérations successives", "L'épuration", "Les représailles"]);
    expect(text).toContain("456 morts, dont 130 civils");
    expect(text).toContain("Auschwitz-Birkenau et Varsovie ne sont libérés qu'en janvier 1945, Vienne à la mi-avril");
  });

  it("shows the film on the purges as a described film, not a player, and Kiev first among the liberations it tells", async () => {
    const { html } = await t.getHtml(`/en${ROOM_5}`);
    expect(html).toContain('<html lang="en">');
    const text = visibleText(html);
    expect(text).toContain("Room 5: Reconquest and Liberation");
    const purges = html.slice(html.indexOf('id="section-purges"'), html.indexOf('id="section-reprisals"'));
    expect(purges).toContain("The shaving of women at the Liberation");
    expect(purges).toContain("not available online");
    expect(purges).not.toMatch(/<video|<iframe/);
    const liberations = html.slice(html.indexOf('id="events-liberation"'));
    const titles = [...liberations.matchAll(/href="\/en\/events\/([^"]+)"/g)].map((m) => m[1]);
    expect(titles[0]).toBe("xr-kiev");
    expect(titles).toEqual(expect.arrayContaining(["xr-auschwitz", "xr-vienna", "xr-lorient"]));
    expect(html).toContain('<time datetime="1945-04">mid-April 1945</time>');
    // Only the events the room tells (linked in the data), not every event on a shared theme.
    expect(html).not.toContain("/en/events/xr-elsewhere");
    expect(text).toContain("Share this page");
  });

  it("shows a room's access facts: 99 steps, 20 metres under the museum", async () => {
    const { status, html } = await t.getHtml("/en/rooms/xr-shelter");
    expect(status).toBe(200);
    const access = html.slice(html.indexOf('id="access"'));
    expect(visibleText(access)).toMatch(/99 steps[\s\S]*20 metres/);
    expect(html).toContain('href="/en/events/xr-liberation-of-the-town"');
  });

  it("describes the room as a WebPage part of its exhibition, in JSON-LD", async () => {
    for (const locale of ["en", "fr"]) {
      const [page] = jsonLdBlocks((await t.getHtml(`/${locale}${ROOM_5}`)).html);
      expect(typesOf(page)).toContain("WebPage");
      expect(page.isPartOf.url).toBe(`https://remembrance.test/${locale}/exhibitions/xr-second-world-war`);
      expect(page.hasPart).toHaveLength(4);
    }
  });

  it("lists its published objects, plays a published film, marks text shown in English on the French page", async () => {
    const { status, html } = await t.getHtml("/fr/rooms/xt-room");
    expect(status).toBe(200);
    expect(html).toContain('href="/fr/objects/xt-object"');
    expect(html).not.toContain("xt-draft-object");
    expect(html).toMatch(/<video controls="" preload="none" src="\/media\/film.mp4">/);
    expect(html).toMatch(/<h1 lang="en">Salle 2\u00a0: The barricades<\/h1>/);
    expect(html).toContain('<div class="prose room-intro" lang="en"><p>Only in English.</p></div>');
  });

  it("links only to pages that answer", async () => {
    for (const path of [`/en${ROOM_5}`, `/fr${ROOM_5}`, "/fr/rooms/xt-room"]) await expectLinksResolve(t, path, (await t.getHtml(path)).html);
  });
});

describe("exhibition page", () => {
  it("shows the exhibition, its place, description and rooms in order, in both languages", async () => {
    const en = await t.getHtml("/en/exhibitions/xr-second-world-war");
    expect(en.status).toBe(200);
    expect(en.html).toContain('<html lang="en">');
    expectHeadingsInOrder(en.html);
    const text = visibleText(en.html);
    expect(text).toContain("Permanent exhibition");
    expect(text).toContain("The Second World War");
    expect(en.html).toContain('<a href="/en/rooms/xr-room-5">Room 5: Reconquest and Liberation</a>');
    expect(en.html).toContain('href="/en/places/xr-memorial"');
    const fr = await t.getHtml("/fr/exhibitions/xr-second-world-war");
    expect(fr.html).toContain('<html lang="fr">');
    expect(visibleText(fr.html)).toContain("Salle 5 : Reconquête et Libération");
    expect(visibleText(fr.html)).toContain("Exposition permanente");
  });

  it("says a permanent exhibition of a place with a free permanent collection is free, in the page and in JSON-LD", async () => {
    const { html } = await t.getHtml("/fr/exhibitions/xr-permanent");
    expect(visibleText(html)).toContain("Entrée gratuite");
    expect(visibleText(html)).toContain("Consacrée à Lucien Test.");
    const [event] = jsonLdBlocks(html);
    expect(typesOf(event)).toEqual(["ExhibitionEvent"]);
    expect(event.isAccessibleForFree).toBe(true);
    expect(event.location["@type"]).toBe("Museum");
    expect(event.location.url).toBe("https://remembrance.test/fr/places/xr-museum");
  });

  it("shows a temporary exhibition's dates, themes and image with its alt text; its JSON-LD has start and end", async () => {
    const { html } = await t.getHtml("/en/exhibitions/xt-temporary");
    const text = visibleText(html);
    expect(text).toContain("Temporary exhibition");
    expect(text).toContain("From 1 March 2024 to 30 September 2024");
    expect(html).toContain('alt="A poster of 1944"');
    expect(html).toContain('href="/en/themes/xt-theme"');
    expect(html).not.toContain("xt-draft-room");
    const [event] = jsonLdBlocks(html);
    expect([event.startDate, event.endDate]).toEqual(["2024-03-01", "2024-09-30"]);
    expect(event).not.toHaveProperty("isAccessibleForFree");
    const fr = await t.getHtml("/fr/exhibitions/xt-temporary");
    expect(visibleText(fr.html)).toContain("Du 1 mars 2024 au 30 septembre 2024");
  });

  it("links only to pages that answer", async () => {
    for (const locale of ["en", "fr"]) {
      for (const slug of ["xr-second-world-war", "xr-permanent"]) {
        const path = `/${locale}/exhibitions/${slug}`;
        await expectLinksResolve(t, path, (await t.getHtml(path)).html);
      }
    }
  });
});

describe("unpublished and unknown", () => {
  it("answers the site's 404 page, in the page's language, for drafts, records under drafts, and unknown slugs", async () => {
    for (const path of ["/exhibitions/xt-draft-exhibition", "/exhibitions/xt-exhibition-of-draft-place", "/exhibitions/nowhere",
      "/rooms/xt-draft-room", "/rooms/xt-room-of-draft", "/rooms/nowhere"]) {
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

describe("on the shipped dataset (exhibitions' one smoke test)", () => {
  it("shows room 5 of the Mémorial de Caen with its four sections, in its exhibition", async () => {
    const shipped = await createTestApp();
    try {
      await seedIfEmpty(shipped.handle);
      const { status, html } = await shipped.getHtml("/fr/rooms/reconquest-and-liberation");
      expect(status).toBe(200);
      expect(html).toMatch(/<h1[^>]*>Salle 5\u00a0: Reconquête et Libération<\/h1>/);
      expect([...html.matchAll(/<li id="section-[^"]+">/g)]).toHaveLength(4);
      expect(html).toContain('href="/fr/exhibitions/memorial-de-caen-second-world-war"');
    } finally {
      await shipped.handle.close();
    }
  });
});
