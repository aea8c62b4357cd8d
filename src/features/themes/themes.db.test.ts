import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, aRoom, aTheme, anEvent, anExhibition, anObject, storeRecords } from "../../../test/factories.ts";

let t: TestApp;

const tagged = { themes: ["resistance"] };

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    themes: [
      aTheme({ slug: "resistance", name: { en: "Resistance", fr: "Résistance" }, description: { en: "Fighting the occupier", fr: "Lutter contre l'occupant" } }),
      aTheme({ slug: "everyday-life", name: { en: "Everyday life", fr: "Vie quotidienne" } }),
      aTheme({ slug: "liberation", name: { en: "Liberation", fr: "Libération" } }),
      aTheme({ slug: "deportation", name: { en: "Deportation", fr: "Déportation" } }),
      aTheme({ slug: "secret", status: "draft", name: { en: "Secret", fr: "Secret" } }),
    ],
    places: [
      aPlace({ slug: "liberation-museum", name: { en: "Liberation Museum", fr: "Musée de la Libération" }, ...tagged }),
      aPlace({ slug: "archives", name: { en: "National Archives", fr: "Archives nationales" }, ...tagged }),
      aPlace({ slug: "draft-place", status: "draft", ...tagged }),
    ],
    exhibitions: [
      anExhibition("liberation-museum", {
        slug: "lib-permanent", title: { en: "Permanent exhibition", fr: "Exposition permanente" }, ...tagged,
        rooms: [
          aRoom({ slug: "shelter", title: { en: "The shelter", fr: "L'abri" }, ...tagged }),
          aRoom({ slug: "draft-room", status: "draft", ...tagged }),
        ],
      }),
      anExhibition("liberation-museum", { slug: "draft-exhibition", status: "draft", ...tagged, rooms: [aRoom({ slug: "room-of-draft", ...tagged })] }),
      anExhibition("draft-place", { slug: "exhibition-of-draft-place", ...tagged }),
    ],
    objects: [
      anObject("liberation-museum", { slug: "letter", title: { en: "A letter", fr: "Une lettre" }, ...tagged }),
      anObject("liberation-museum", { slug: "draft-object", status: "draft", ...tagged }),
      anObject("draft-place", { slug: "object-of-draft-place", ...tagged }),
    ],
    events: [
      anEvent({ slug: "paris", date: "1944-08", title: { en: "Liberation of Paris", fr: "Libération de Paris" }, ...tagged }),
      anEvent({ slug: "kiev", date: "1943-11-06", title: { en: "Liberation of Kiev", fr: "Libération de Kiev" }, ...tagged }),
      anEvent({ slug: "draft-event", status: "draft", ...tagged }),
    ],
  });
});
afterAll(() => t.handle.close());

describe("GET /api/themes", () => {
  it("lists published themes by name in the reader's language", async () => {
    const en = await t.getJson("/api/themes?lang=en");
    expect(en.status).toBe(200);
    expect(en.body.items.map((x: any) => x.name)).toEqual(["Deportation", "Everyday life", "Liberation", "Resistance"]);
    expect(en.body.total).toBe(4);
    const fr = await t.getJson("/api/themes", { "accept-language": "fr" });
    expect(fr.body.items.map((x: any) => x.name)).toEqual(["Déportation", "Libération", "Résistance", "Vie quotidienne"]);
    expect(fr.body.items[2]).toEqual({
      slug: "resistance", url: "/api/themes/resistance", name: "Résistance", description: "Lutter contre l'occupant", language: "fr",
    });
  });

  it("answers 400 for parameters it does not know", async () => {
    const res = await t.getJson("/api/themes?kind=war&pageSize=x");
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields).sort()).toEqual(["kind", "pageSize"]);
  });
});

describe("GET /api/themes/:slug", () => {
  it("shows the theme in French with the published records tagged with it", async () => {
    const { status, body } = await t.getJson("/api/themes/resistance?lang=fr");
    expect(status).toBe(200);
    expect([body.name, body.description]).toEqual(["Résistance", "Lutter contre l'occupant"]);
    expect(body.places).toEqual([
      { slug: "archives", url: "/api/places/archives", name: "Archives nationales" },
      { slug: "liberation-museum", url: "/api/places/liberation-museum", name: "Musée de la Libération" },
    ]);
    expect(body.exhibitions).toEqual([{ slug: "lib-permanent", url: "/api/exhibitions/lib-permanent", title: "Exposition permanente" }]);
    expect(body.rooms).toEqual([{ slug: "shelter", url: "/api/rooms/shelter", title: "L'abri" }]);
    expect(body.objects).toEqual([{ slug: "letter", url: "/api/objects/letter", title: "Une lettre" }]);
    expect(body.events).toEqual([
      { slug: "kiev", url: "/api/events/kiev", title: "Libération de Kiev" },
      { slug: "paris", url: "/api/events/paris", title: "Libération de Paris" },
    ]);
  });

  it("shows empty lists for a theme nothing is tagged with", async () => {
    const { body } = await t.getJson("/api/themes/deportation?lang=en");
    expect(body.name).toBe("Deportation");
    expect([body.places, body.exhibitions, body.rooms, body.objects, body.events]).toEqual([[], [], [], [], []]);
  });

  it("answers 404 for an unknown or unpublished theme", async () => {
    for (const slug of ["nothing", "secret"]) {
      const res = await t.getJson(`/api/themes/${slug}`);
      expect(res.status).toBe(404);
      expect(res.body.message).toContain(`"${slug}"`);
      expect(res.body.message).toContain("/api/themes");
    }
  });
});
