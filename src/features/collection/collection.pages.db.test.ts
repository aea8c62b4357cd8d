import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, aRoom, anEvent, anExhibition, anObject, aPerson, storeRecords } from "../../../test/factories.ts";
import { expectHeadingsInOrder, expectLinksResolve } from "../../../test/page-checks.ts";
import { jsonLdBlocks, typesOf, visibleText } from "../../../test/page-html.ts";
import { seedIfEmpty } from "../dataset/dataset.service.ts";

let t: TestApp;

// A museum's collection as a group of collections, one given by bequests with the people who made them.
const donors = ["xc-donor-ada", "xc-donor-berthe"];
const groupAndCollections = {
  people: [
    aPerson({ slug: "xc-subject", name: "Lucien Test" }),
    aPerson({ slug: "xc-donor-ada", name: "Ada Test" }),
    aPerson({ slug: "xc-donor-berthe", name: "Berthe Test" }),
  ],
  places: [aPlace({ slug: "xc-museum", name: { en: "Museum of the Test", fr: "Musée de l'Essai" } })],
  objects: [
    anObject("xc-museum", { slug: "xc-group", type: "collection", title: { en: "The museum's collection", fr: "La collection du musée" }, itemCount: 7000, itemCountQualifier: "more_than" }),
    anObject("xc-museum", {
      slug: "xc-bequest", partOf: "xc-group", type: "collection", title: { en: "The Lucien Test collection", fr: "La collection Lucien Test" },
      provenance: { en: "Bequest of Ada Test, and bequest of Berthe Test", fr: "Legs d'Ada Test, et legs de Berthe Test" },
      credit: { en: "Bequest of Ada Test; bequest of Berthe Test", fr: "Legs d'Ada Test ; legs de Berthe Test" },
      people: [
        { person: "xc-subject", role: { en: "Subject of the collection", fr: "Sujet de la collection" } },
        ...donors.map((person) => ({ person, role: { en: "Bequest", fr: "Legs" } })),
      ],
    }),
    anObject("xc-museum", {
      slug: "xc-foundation-collection", partOf: "xc-group", type: "collection", title: { en: "The foundation's collection", fr: "La collection de la fondation" },
      provenance: { en: "Test Foundation", fr: "Fondation d'essai" },
    }),
    anObject("xc-museum", { slug: "xc-star", partOf: "xc-group", type: "object", title: { en: "A yellow star", fr: "Une étoile jaune" } }),
  ],
};

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, groupAndCollections);
  // A dated photograph with an image, shown in a room.
  await storeRecords(t.handle.db, {
    people: [aPerson({ slug: "xc-photographer", name: "Jeanne Test" })],
    events: [anEvent({ slug: "xc-uprising", date: "1944-08-19", title: { en: "The uprising", fr: "L'insurrection" } })],
    places: [aPlace({ slug: "xc-archive", name: { en: "Test Archive", fr: "Archives d'essai" } }), aPlace({ slug: "xc-draft-place", status: "draft" })],
    exhibitions: [anExhibition("xc-archive", {
      slug: "xc-exhibition", title: { en: "August 1944", fr: "Août 1944" },
      rooms: [aRoom({ slug: "xc-room", number: 3, title: { en: "The barricades", fr: "Les barricades" }, objects: ["xc-photo"] })],
    })],
    objects: [
      anObject("xc-archive", {
        slug: "xc-photo", type: "photograph", date: "1944-08", title: { en: "A barricade", fr: "Une barricade" },
        credit: { en: "Gift of the photographer", fr: "Don de la photographe" },
        people: [{ person: "xc-photographer", role: { en: "Photographer", fr: "Photographe" } }],
        events: ["xc-uprising"],
        media: [{ slug: "xc-photo-image", kind: "image", url: "/media/barricade.jpg", title: { en: "The print", fr: "Le tirage" },
          altText: { en: "Men behind a barricade of paving stones", fr: "Des hommes derrière une barricade de pavés" } }],
      }),
      anObject("xc-archive", { slug: "xc-draft-object", status: "draft" }),
      anObject("xc-draft-place", { slug: "xc-object-of-draft-place" }),
    ],
  });
});
afterAll(() => t.handle.close());

describe("object page", () => {
  it("shows a collection given by bequests with its provenance, credit, holder, group and people, in English and French", async () => {
    const en = await t.getHtml("/en/objects/xc-bequest");
    expect(en.status).toBe(200);
    expect(en.html).toContain('<html lang="en">');
    expectHeadingsInOrder(en.html);
    const text = visibleText(en.html);
    expect(text).toContain("The Lucien Test collection");
    expect(text).toContain("Provenance Bequest of Ada Test, and bequest of Berthe Test");
    expect(text).toContain("Credit Bequest of Ada Test; bequest of Berthe Test");
    expect(en.html).toContain('href="/en/places/xc-museum"');
    expect(en.html).toContain('href="/en/objects/xc-group"');
    for (const person of ["xc-subject", ...donors]) expect(en.html).toContain(`href="/en/people/${person}"`);
    const fr = await t.getHtml("/fr/objects/xc-bequest");
    expect(fr.html).toContain('<html lang="fr">');
    expect(visibleText(fr.html)).toContain("Provenance Legs d'Ada Test, et legs de Berthe Test");
    expect(visibleText(fr.html)).toContain("Conservé par Musée de l'Essai");
  });

  it("describes the group in JSON-LD as a Collection with its credit and the institution providing it", async () => {
    const [work] = jsonLdBlocks((await t.getHtml("/en/objects/xc-bequest")).html);
    expect(typesOf(work)).toEqual(["Collection"]);
    expect(work.creditText).toBe("Bequest of Ada Test; bequest of Berthe Test");
    expect(work.provider.url).toBe("https://remembrance.test/en/places/xc-museum");
    expect(work.isPartOf.url).toBe("https://remembrance.test/en/objects/xc-group");
  });

  it("shows a collection's provenance, and a group's size and parts", async () => {
    const foundation = visibleText((await t.getHtml("/fr/objects/xc-foundation-collection")).html);
    expect(foundation).toContain("Fondation d'essai");
    const group = await t.getHtml("/fr/objects/xc-group");
    expect(visibleText(group.html)).toContain("plus de 7 000 pièces");
    for (const part of ["xc-bequest", "xc-foundation-collection", "xc-star"]) expect(group.html).toContain(`href="/fr/objects/${part}"`);
  });

  it("shows a dated photograph: its date as written, image with alt text, people, event and the room showing it", async () => {
    const en = await t.getHtml("/en/objects/xc-photo");
    const text = visibleText(en.html);
    expect(en.html).toContain('<time datetime="1944-08">August 1944</time>');
    expect(text).toContain("Photograph");
    expect(en.html).toContain('alt="Men behind a barricade of paving stones"');
    expect(en.html).toContain('href="/en/people/xc-photographer"');
    expect(en.html).toContain('href="/en/events/xc-uprising"');
    expect(en.html).toContain('<a href="/en/rooms/xc-room">Room 3: The barricades</a>');
    const fr = await t.getHtml("/fr/objects/xc-photo");
    expect(fr.html).toContain('<time datetime="1944-08">août 1944</time>');
    expect(fr.html).toContain('alt="Des hommes derrière une barricade de pavés"');
    const [photo] = jsonLdBlocks(en.html);
    expect(typesOf(photo)).toEqual(["Photograph"]);
    expect(photo.creditText).toBe("Gift of the photographer");
    expect(photo.provider.name).toBe("Test Archive");
    expect(photo.temporalCoverage).toBe("1944-08-01/1944-08-31");
  });

  it("links only to pages that answer", async () => {
    for (const path of ["/en/objects/xc-bequest", "/fr/objects/xc-group", "/fr/objects/xc-photo"]) {
      await expectLinksResolve(t, path, (await t.getHtml(path)).html);
    }
  });

  it("answers the site's 404 page in the page's language for drafts, objects of unpublished places and unknown slugs", async () => {
    for (const slug of ["xc-draft-object", "xc-object-of-draft-place", "nowhere"]) {
      const fr = await t.getHtml(`/fr/objects/${slug}`);
      expect(fr.status, slug).toBe(404);
      expect(fr.html).toContain('<html lang="fr">');
      expect(visibleText(fr.html)).toContain("Page introuvable");
      const en = await t.getHtml(`/en/objects/${slug}`);
      expect(en.status, slug).toBe(404);
      expect(visibleText(en.html)).toContain("Page not found");
    }
  });
});

describe("on the shipped dataset (the collection's one smoke test)", () => {
  it("shows the Jean Moulin collection with its bequests, holder and group", async () => {
    const shipped = await createTestApp();
    try {
      await seedIfEmpty(shipped.handle);
      const { status, html } = await shipped.getHtml("/en/objects/jean-moulin-collection");
      expect(status).toBe(200);
      expect(visibleText(html)).toContain("Provenance Bequest of Antoinette Sasse, and bequest of Andrée Dubois and Suzanne Escoffier");
      expect(html).toContain('href="/en/places/musee-liberation-paris"');
      expect(html).toContain('href="/en/objects/musee-liberation-paris-collection"');
    } finally {
      await shipped.handle.close();
    }
  });
});
