import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, aPlace, aRoom, aTheme, anEvent, anExhibition, anObject, storeRecords } from "../../../test/factories.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    themes: [aTheme({ slug: "resistance", name: { en: "Resistance", fr: "Résistance" } }), aTheme({ slug: "secret-theme", status: "draft" })],
    people: [aPerson({ slug: "jean-moulin", name: "Jean Moulin" }), aPerson({ slug: "secret-person", status: "draft" })],
    events: [
      anEvent({ slug: "liberation-of-paris", title: { en: "Liberation of Paris", fr: "Libération de Paris" }, date: "1944-08" }),
      anEvent({ slug: "draft-event", status: "draft" }),
    ],
    places: [
      aPlace({ slug: "liberation", name: { en: "Liberation Museum", fr: "Musée de la Libération" } }),
      aPlace({ slug: "archives", name: { en: "National Archives", fr: "Archives nationales" } }),
      aPlace({ slug: "draft-place", status: "draft" }),
    ],
    exhibitions: [
      anExhibition("liberation", {
        slug: "lib-permanent", title: { en: "Permanent exhibition", fr: "Exposition permanente" },
        rooms: [
          aRoom({ slug: "shelter", number: 1, title: { en: "The shelter", fr: "L'abri" }, objects: ["letter"] }),
          aRoom({ slug: "draft-room", status: "draft", objects: ["letter"] }),
        ],
      }),
    ],
    objects: [
      anObject("liberation", {
        slug: "moulin-collection", type: "collection", title: { en: "Jean Moulin collection", fr: "Collection Jean Moulin" },
        itemCount: 7000, itemCountQualifier: "more_than", people: [{ person: "jean-moulin" }],
      }),
      anObject("liberation", {
        slug: "letter", type: "letter", partOf: "moulin-collection",
        title: { en: "Letter to his mother", fr: "Lettre à sa mère" },
        summary: { en: "Written in hiding", fr: "Écrite dans la clandestinité" },
        description: { en: "Only described in English." },
        date: "mid 1945-04",
        provenance: { en: "Bequest of Antoinette Sasse", fr: "Legs d'Antoinette Sasse" },
        credit: { en: "Liberation Museum", fr: "Musée de la Libération" },
        rights: "CC BY 4.0",
        people: [{ person: "jean-moulin", role: { en: "author", fr: "auteur" } }, { person: "secret-person" }],
        events: ["liberation-of-paris", "draft-event"],
        places: ["archives", "draft-place"],
        themes: ["resistance", "secret-theme"],
        media: [
          { slug: "letter-scan", kind: "image", title: { en: "Scan", fr: "Numérisation" }, altText: { en: "The letter", fr: "La lettre" } },
        ],
      }),
      anObject("archives", { slug: "photo", type: "photograph", partOf: "moulin-collection", title: { en: "Portrait", fr: "Portrait" } }),
      anObject("liberation", { slug: "draft-part", status: "draft", partOf: "moulin-collection" }),
      anObject("draft-place", { slug: "object-of-draft-place" }),
      anObject("liberation", { slug: "draft-object", status: "draft" }),
      anObject("liberation", { slug: "part-of-draft", partOf: "draft-object" }),
    ],
  });
});
afterAll(() => t.handle.close());

const slugs = (body: any) => body.items.map((x: any) => x.slug);

describe("GET /api/objects", () => {
  it("lists published objects held by published places, in curated order, with holder, group and date", async () => {
    const { status, body } = await t.getJson("/api/objects?lang=fr");
    expect(status).toBe(200);
    expect(slugs(body)).toEqual(["moulin-collection", "letter", "photo", "part-of-draft"]);
    expect(body.total).toBe(4);
    const letter = body.items[1];
    expect(letter.title).toBe("Lettre à sa mère");
    expect(letter.holder).toEqual({ slug: "liberation", url: "/api/places/liberation", name: "Musée de la Libération" });
    expect(letter.partOf).toEqual({ slug: "moulin-collection", url: "/api/objects/moulin-collection", title: "Collection Jean Moulin" });
    expect(letter.date.text).toBe("mi-avril 1945");
    // A group that is not published is not linked to.
    expect(body.items[3].partOf).toBeUndefined();
  });

  it("filters by holder, type, person and group", async () => {
    expect(slugs((await t.getJson("/api/objects?holder=archives")).body)).toEqual(["photo"]);
    expect(slugs((await t.getJson("/api/objects?type=letter")).body)).toEqual(["letter"]);
    expect(slugs((await t.getJson("/api/objects?person=jean-moulin")).body)).toEqual(["moulin-collection", "letter"]);
    expect(slugs((await t.getJson("/api/objects?person=secret-person")).body)).toEqual([]);
    expect(slugs((await t.getJson("/api/objects?partOf=moulin-collection")).body)).toEqual(["letter", "photo"]);
    expect(slugs((await t.getJson("/api/objects?partOf=draft-object")).body)).toEqual([]);
    expect(slugs((await t.getJson("/api/objects?holder=draft-place")).body)).toEqual([]);
  });

  it("answers 400 naming each bad parameter", async () => {
    const res = await t.getJson("/api/objects?type=statue&holder=Bad_Slug&pageSize=500&sort=title");
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields).sort()).toEqual(["holder", "pageSize", "sort", "type"]);
    expect(res.body.fields.type).toContain("photograph");
  });
});

describe("GET /api/objects/:slug", () => {
  it("shows an item in French with its date, texts, links and media, leaving out unpublished links", async () => {
    const { status, body } = await t.getJson("/api/objects/letter", { "accept-language": "fr-FR" });
    expect(status).toBe(200);
    expect(body.type).toBe("letter");
    expect(body.summary).toBe("Écrite dans la clandestinité");
    expect(body.date).toEqual({ text: "mi-avril 1945", notation: "mid 1945-04", start: "1945-04-11", end: "1945-04-20", precision: "month" });
    expect([body.provenance, body.credit, body.rights]).toEqual(["Legs d'Antoinette Sasse", "Musée de la Libération", "CC BY 4.0"]);
    expect(body.description).toBe("Only described in English.");
    expect(body.fallbacks).toEqual({ description: "en" });
    expect(body.people).toEqual([{ slug: "jean-moulin", url: "/api/people/jean-moulin", name: "Jean Moulin", role: "auteur" }]);
    expect(body.events).toEqual([{ slug: "liberation-of-paris", url: "/api/events/liberation-of-paris", title: "Libération de Paris" }]);
    expect(body.places).toEqual([{ slug: "archives", url: "/api/places/archives", name: "Archives nationales" }]);
    expect(body.rooms).toEqual([{
      slug: "shelter", url: "/api/rooms/shelter", number: 1, title: "L'abri",
      exhibition: { slug: "lib-permanent", url: "/api/exhibitions/lib-permanent", title: "Exposition permanente" },
    }]);
    expect(body.themes).toEqual([{ slug: "resistance", url: "/api/themes/resistance", name: "Résistance" }]);
    expect(body.media).toEqual([{ slug: "letter-scan", kind: "image", title: "Numérisation", altText: "La lettre" }]);
  });

  it("shows a group with its published parts and how many items it counts, and no date when none is known", async () => {
    const { body } = await t.getJson("/api/objects/moulin-collection?lang=en");
    expect(body.parts).toEqual([
      { slug: "letter", url: "/api/objects/letter", type: "letter", title: "Letter to his mother" },
      { slug: "photo", url: "/api/objects/photo", type: "photograph", title: "Portrait" },
    ]);
    expect([body.itemCount, body.itemCountQualifier]).toEqual([7000, "more_than"]);
    expect(body).not.toHaveProperty("date");
    expect(body).not.toHaveProperty("partOf");
  });

  it("answers 404 for unknown and unpublished objects, and objects of unpublished places", async () => {
    for (const slug of ["nowhere", "draft-object", "object-of-draft-place"]) {
      const res = await t.getJson(`/api/objects/${slug}`);
      expect(res.status).toBe(404);
      expect(res.body.error).toBe("not_found");
      expect(res.body.message).toContain(`"${slug}"`);
      expect(res.body.message).toContain("/api/objects");
    }
  });
});
