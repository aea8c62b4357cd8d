import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, aRoom, aTheme, anExhibition, anObject, storeRecords } from "../../../test/factories.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    themes: [
      aTheme({ slug: "resistance", name: { en: "Resistance", fr: "Résistance" } }),
      aTheme({ slug: "secret-theme", status: "draft" }),
    ],
    places: [
      aPlace({
        slug: "liberation", name: { en: "Liberation Museum", fr: "Musée de la Libération" },
        accessibility: [
          { feature: "lift", text: { en: "Lift to every floor", fr: "Ascenseur à chaque étage" } },
          { feature: "steps", room: "shelter", value: 99, unit: "steps", text: { en: "99 steps down and up", fr: "99 marches à descendre puis à remonter" } },
        ],
      }),
      // Named so that English and French put the two places in opposite orders.
      aPlace({ slug: "normandy", name: { en: "Normandy Memorial", fr: "Caen, mémorial de Normandie" } }),
      aPlace({ slug: "draft-place", status: "draft" }),
    ],
    exhibitions: [
      anExhibition("liberation", {
        slug: "lib-permanent", title: { en: "The permanent exhibitions", fr: "Les expositions permanentes" },
        description: { en: "More than 7000 pieces." },
        themes: ["resistance", "secret-theme"],
        media: [{ slug: "lib-film", kind: "film", title: { en: "A film", fr: "Un film" }, durationSeconds: 300 }],
        rooms: [
          aRoom({
            slug: "shelter", number: 1,
            title: { en: "The underground shelter", fr: "L'abri souterrain" },
            subtitle: { en: "Command post of Colonel Rol", fr: "Le poste de commandement du colonel Rol" },
            summary: { en: "20 metres under the museum", fr: "À 20 mètres sous le musée" },
            description: { en: "A passive defence shelter.", fr: "Un abri de défense passive." },
            sections: [
              {
                key: "descent", title: { en: "The descent", fr: "La descente" }, body: { en: "99 steps.", fr: "99 marches." },
                media: [{ slug: "stairs", kind: "image", title: { en: "Stairs", fr: "Escalier" }, altText: { en: "A stairway", fr: "Un escalier" } }],
              },
              { key: "command-post", title: { en: "The command post", fr: "Le poste de commandement" } },
            ],
            objects: ["telephone", "hidden-object", "map"],
            themes: ["resistance", "secret-theme"],
            media: [{ slug: "shelter-audio", kind: "audio", title: { en: "Sounds of 1944", fr: "Sons de 1944" } }],
          }),
          aRoom({ slug: "unfinished-room", status: "draft" }),
          aRoom({ slug: "hall", number: 2, title: { en: "The hall", fr: "Le hall" } }),
        ],
      }),
      anExhibition("liberation", {
        slug: "lib-temporary", kind: "temporary", opensOn: "2024-03-01", closesOn: "2024-09-30",
        title: { en: "Paris 1944", fr: "Paris 1944" },
      }),
      anExhibition("liberation", { slug: "lib-draft", status: "draft", rooms: [aRoom({ slug: "room-of-draft-exhibition" })] }),
      anExhibition("normandy", {
        slug: "normandy-permanent", title: { en: "The Second World War", fr: "La Seconde Guerre mondiale" },
        rooms: [aRoom({ slug: "normandy-room", title: { en: "D-Day", fr: "Le Débarquement" } })],
      }),
      anExhibition("draft-place", { slug: "exhibition-of-draft-place", rooms: [aRoom({ slug: "room-of-draft-place" })] }),
    ],
    objects: [
      anObject("liberation", { slug: "map", type: "document", title: { en: "Map of Paris", fr: "Plan de Paris" } }),
      anObject("liberation", { slug: "telephone", title: { en: "Field telephone", fr: "Téléphone de campagne" } }),
      anObject("liberation", { slug: "hidden-object", status: "draft" }),
    ],
  });
});
afterAll(() => t.handle.close());

const slugs = (body: any) => body.items.map((x: any) => x.slug);

describe("GET /api/exhibitions", () => {
  it("lists published exhibitions of published places, by place name in the reader's language, then in entry order", async () => {
    const en = await t.getJson("/api/exhibitions?lang=en");
    expect(en.status).toBe(200);
    expect(en.body.total).toBe(3);
    expect(slugs(en.body)).toEqual(["lib-permanent", "lib-temporary", "normandy-permanent"]);
    expect(en.body.items[0].place).toEqual({ slug: "liberation", url: "/api/places/liberation", name: "Liberation Museum" });
    const fr = await t.getJson("/api/exhibitions", { "accept-language": "fr" });
    expect(slugs(fr.body)).toEqual(["normandy-permanent", "lib-permanent", "lib-temporary"]);
    expect(fr.body.items[0].title).toBe("La Seconde Guerre mondiale");
    expect(fr.body.items[0].url).toBe("/api/exhibitions/normandy-permanent");
  });

  it("filters by place and by kind", async () => {
    expect(slugs((await t.getJson("/api/exhibitions?place=normandy")).body)).toEqual(["normandy-permanent"]);
    expect(slugs((await t.getJson("/api/exhibitions?kind=temporary")).body)).toEqual(["lib-temporary"]);
    expect(slugs((await t.getJson("/api/exhibitions?place=liberation&kind=permanent")).body)).toEqual(["lib-permanent"]);
    const ofDraftPlace = await t.getJson("/api/exhibitions?place=draft-place");
    expect(ofDraftPlace.body.total).toBe(0);
  });

  it("answers 400 naming each bad parameter", async () => {
    const res = await t.getJson("/api/exhibitions?kind=travelling&place=Not%20A%20Slug&colour=red");
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("invalid_input");
    expect(Object.keys(res.body.fields).sort()).toEqual(["colour", "kind", "place"]);
    expect(res.body.fields.kind).toContain("permanent, temporary");
  });
});

describe("GET /api/exhibitions/:slug", () => {
  it("shows the exhibition in French with its place, published rooms in visiting order, themes and media", async () => {
    const { status, body } = await t.getJson("/api/exhibitions/lib-permanent?lang=fr");
    expect(status).toBe(200);
    expect(body.title).toBe("Les expositions permanentes");
    expect(body.kind).toBe("permanent");
    expect(body.place).toEqual({ slug: "liberation", url: "/api/places/liberation", name: "Musée de la Libération" });
    expect(body.rooms).toEqual([
      { slug: "shelter", url: "/api/rooms/shelter", number: 1, title: "L'abri souterrain" },
      { slug: "hall", url: "/api/rooms/hall", number: 2, title: "Le hall" },
    ]);
    expect(body.themes).toEqual([{ slug: "resistance", url: "/api/themes/resistance", name: "Résistance" }]);
    expect(body.media).toEqual([{ slug: "lib-film", kind: "film", title: "Un film", durationSeconds: 300 }]);
    expect(body.description).toBe("More than 7000 pieces.");
    expect(body.fallbacks).toEqual({ description: "en" });
  });

  it("shows the opening and closing dates of a temporary exhibition", async () => {
    const { body } = await t.getJson("/api/exhibitions/lib-temporary");
    expect([body.opensOn, body.closesOn]).toEqual(["2024-03-01", "2024-09-30"]);
    expect(body.rooms).toEqual([]);
  });

  it("answers 404 for an unknown slug, a draft, and an exhibition of an unpublished place", async () => {
    for (const slug of ["nowhere", "lib-draft", "exhibition-of-draft-place"]) {
      const res = await t.getJson(`/api/exhibitions/${slug}`);
      expect(res.status).toBe(404);
      expect(res.body.error).toBe("not_found");
      expect(res.body.message).toContain(`"${slug}"`);
      expect(res.body.message).toContain("/api/exhibitions");
    }
  });
});

describe("GET /api/rooms", () => {
  it("lists published rooms exhibition by exhibition, in visiting order, with their exhibition and place", async () => {
    const { status, body } = await t.getJson("/api/rooms?lang=en");
    expect(status).toBe(200);
    expect(slugs(body)).toEqual(["shelter", "hall", "normandy-room"]);
    expect(body.total).toBe(3);
    expect(body.items[0].exhibition).toEqual({ slug: "lib-permanent", url: "/api/exhibitions/lib-permanent", title: "The permanent exhibitions" });
    expect(body.items[2].place.slug).toBe("normandy");
  });

  it("filters by exhibition, and shows nothing of an unpublished one", async () => {
    expect(slugs((await t.getJson("/api/rooms?exhibition=normandy-permanent")).body)).toEqual(["normandy-room"]);
    expect((await t.getJson("/api/rooms?exhibition=lib-draft")).body.items).toEqual([]);
    const bad = await t.getJson("/api/rooms?exhibition=UPPER&page=zero");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(["exhibition", "page"]);
  });
});

describe("GET /api/rooms/:slug", () => {
  it("shows the room in French with sections, objects, themes, media and its own access facts", async () => {
    const { status, body } = await t.getJson("/api/rooms/shelter?lang=fr");
    expect(status).toBe(200);
    expect(body.number).toBe(1);
    expect([body.title, body.subtitle, body.summary, body.description]).toEqual([
      "L'abri souterrain", "Le poste de commandement du colonel Rol", "À 20 mètres sous le musée", "Un abri de défense passive.",
    ]);
    expect(body.exhibition).toEqual({ slug: "lib-permanent", url: "/api/exhibitions/lib-permanent", title: "Les expositions permanentes" });
    expect(body.place).toEqual({ slug: "liberation", url: "/api/places/liberation", name: "Musée de la Libération" });
    expect(body.sections).toEqual([
      {
        key: "descent", title: "La descente", body: "99 marches.",
        media: [{ slug: "stairs", kind: "image", title: "Escalier", altText: "Un escalier" }],
      },
      { key: "command-post", title: "Le poste de commandement", media: [] },
    ]);
    expect(body.objects).toEqual([
      { slug: "telephone", url: "/api/objects/telephone", type: "object", title: "Téléphone de campagne" },
      { slug: "map", url: "/api/objects/map", type: "document", title: "Plan de Paris" },
    ]);
    expect(body.themes.map((x: any) => x.slug)).toEqual(["resistance"]);
    expect(body.media.map((m: any) => m.title)).toEqual(["Sons de 1944"]);
    expect(body.accessibility).toEqual([{ feature: "steps", value: 99, unit: "steps", text: "99 marches à descendre puis à remonter" }]);
  });

  it("answers 404 for a draft room and for rooms of unpublished exhibitions or places", async () => {
    for (const slug of ["unfinished-room", "room-of-draft-exhibition", "room-of-draft-place", "nowhere"]) {
      const res = await t.getJson(`/api/rooms/${slug}`);
      expect(res.status).toBe(404);
      expect(res.body.message).toContain(`"${slug}"`);
      expect(res.body.message).toContain("/api/rooms");
    }
  });
});
