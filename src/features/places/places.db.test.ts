import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, aTheme, anExhibition, storeRecords } from "../../../test/factories.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    themes: [aTheme({ slug: "resistance", name: { en: "Resistance", fr: "Résistance" } })],
    places: [
      aPlace({
        slug: "liberation", name: { en: "Liberation Museum", fr: "Musée de la Libération" },
        summary: { en: "Occupation and liberation" },
        address: { city: "Paris", district: { en: "14th arrondissement", fr: "14e arrondissement" } },
        openingHours: [{ days: ["tue", "wed", "thu", "fri", "sat", "sun"], opens: "10:00", closes: "18:00" }],
        admission: [
          { covers: "permanent_collection", label: { en: "Permanent collection", fr: "Collection permanente" }, isFree: true },
          { covers: "temporary_exhibitions", label: { en: "Temporary exhibitions", fr: "Expositions temporaires" }, isFree: false },
        ],
        partners: [{ place: "archives" }],
        suggestions: [{ title: { en: "The Cluny museum", fr: "Le musée de Cluny" } }, { place: "archives", title: { en: "Archives", fr: "Archives" } }],
        themes: ["resistance"],
      }),
      aPlace({ slug: "archives", kind: "archive", name: { en: "National Archives", fr: "Archives nationales" } }),
      aPlace({ slug: "hidden", status: "draft", name: { en: "A draft", fr: "Un brouillon" } }),
      aPlace({ slug: "caen", kind: "memorial", name: { en: "Caen Memorial", fr: "Mémorial de Caen" }, address: { city: "Caen" } }),
    ],
    exhibitions: [anExhibition("liberation", { slug: "permanent", title: { en: "Permanent exhibition", fr: "Exposition permanente" } })],
  });
});
afterAll(() => t.handle.close());

describe("GET /api/places", () => {
  it("lists published places only, sorted by name in the reader's language, with the total", async () => {
    const en = await t.getJson("/api/places?lang=en");
    expect(en.status).toBe(200);
    expect(en.body.total).toBe(3);
    expect(en.body.items.map((p: any) => p.name)).toEqual(["Caen Memorial", "Liberation Museum", "National Archives"]);
    const fr = await t.getJson("/api/places", { "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" });
    expect(fr.body.items.map((p: any) => p.name)).toEqual(["Archives nationales", "Mémorial de Caen", "Musée de la Libération"]);
  });

  it("filters by kind, city and theme, and pages", async () => {
    expect((await t.getJson("/api/places?kind=archive")).body.items.map((p: any) => p.slug)).toEqual(["archives"]);
    expect((await t.getJson("/api/places?city=caen")).body.items.map((p: any) => p.slug)).toEqual(["caen"]);
    expect((await t.getJson("/api/places?theme=resistance")).body.items.map((p: any) => p.slug)).toEqual(["liberation"]);
    const page2 = await t.getJson("/api/places?lang=en&pageSize=2&page=2");
    expect(page2.body.items.map((p: any) => p.slug)).toEqual(["archives"]);
    expect(page2.body.links.next).toBeNull();
    expect(page2.body.links.prev).toBe("/api/places?lang=en&pageSize=2&page=1");
  });

  it("answers 400 naming each bad parameter", async () => {
    const res = await t.getJson("/api/places?pageSize=0&kind=zoo&lang=de&colour=red");
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("invalid_input");
    expect(Object.keys(res.body.fields).sort()).toEqual(["colour", "kind", "lang", "pageSize"]);
    expect(res.body.fields.lang).toContain("en, fr");
  });
});

describe("GET /api/places/:slug", () => {
  it("shows the place in French with hours, admission, partners, suggestions, exhibitions and themes", async () => {
    const { status, body, headers } = await t.getJson("/api/places/liberation?lang=fr");
    expect(status).toBe(200);
    expect(headers.get("vary")).toContain("Accept-Language");
    expect(body.name).toBe("Musée de la Libération");
    expect(body.address.district).toBe("14e arrondissement");
    expect(body.openingHours.map((h: any) => `${h.day} ${h.opens}-${h.closes}`)).toEqual([
      "tue 10:00-18:00", "wed 10:00-18:00", "thu 10:00-18:00", "fri 10:00-18:00", "sat 10:00-18:00", "sun 10:00-18:00",
    ]);
    expect(body.admission.map((a: any) => [a.label, a.isFree])).toEqual([["Collection permanente", true], ["Expositions temporaires", false]]);
    expect(body.partners.map((p: any) => p.name)).toEqual(["Archives nationales"]);
    expect(body.suggestions.map((s: any) => [s.title, s.place?.slug])).toEqual([["Le musée de Cluny", undefined], ["Archives", "archives"]]);
    expect(body.exhibitions.map((e: any) => e.title)).toEqual(["Exposition permanente"]);
    expect(body.themes).toEqual([{ slug: "resistance", url: "/api/themes/resistance", name: "Résistance" }]);
  });

  it("marks text shown in another language because its translation is missing", async () => {
    const { body } = await t.getJson("/api/places/liberation?lang=fr");
    expect(body.summary).toBe("Occupation and liberation");
    expect(body.language).toBe("fr");
    expect(body.fallbacks).toEqual({ summary: "en" });
  });

  it("answers 404 with a stable code for an unknown or unpublished slug", async () => {
    for (const slug of ["nowhere", "hidden"]) {
      const res = await t.getJson(`/api/places/${slug}`);
      expect(res.status).toBe(404);
      expect(res.body.error).toBe("not_found");
      expect(res.body.message).toContain(slug);
    }
  });

  it("answers 304 when the client already has the same version (ETag)", async () => {
    const first = await t.app.request("/api/places/liberation?lang=en");
    const tag = first.headers.get("etag");
    expect(tag).toBeTruthy();
    const again = await t.app.request("/api/places/liberation?lang=en", { headers: { "if-none-match": tag! } });
    expect(again.status).toBe(304);
    const otherLanguage = await t.app.request("/api/places/liberation?lang=fr", { headers: { "if-none-match": tag! } });
    expect(otherLanguage.status).toBe(200);
  });
});
