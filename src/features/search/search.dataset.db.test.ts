/**
 * What visitors type, half remembered, finds what they mean in the default dataset (the seeds spell
 * Leclerc's family name two ways; Henri Rol-Tanguy was Colonel Rol), in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace } from "../../../test/factories.ts";
import { datasetSchema } from "../dataset/dataset.schemas.ts";
import { importDataset, seedIfEmpty } from "../dataset/dataset.service.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(() => new Date("2026-11-24T08:00:00Z"));
  await seedIfEmpty(t.handle);
});
afterAll(() => t.handle.close());

const results = async (q: string, lang = "en", extra = "") => {
  const { status, body } = await t.getJson(`/api/search?q=${encodeURIComponent(q)}&lang=${lang}&pageSize=50${extra}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.results.map((r: any) => `${r.kind}:${r.slug}`) as string[];
};

describe("searching the default dataset", () => {
  it("finds General Leclerc under either spelling of Hauteclocque, and under a third, misspelt one", async () => {
    for (const q of ["Hautecloque", "Hauteclocque", "hauteclok", "leclerc"]) {
      expect((await results(q))[0], q).toBe("person:philippe-leclerc-de-hauteclocque");
    }
    // Misspelt, it is looked up under both spellings: the collection named after the Maréchal is found too.
    expect(await results("hauteclok")).toContain("object:general-leclerc-collection");
  });

  it("finds Henri Rol-Tanguy as rol tanguy, and as Colonel Rol with the shelter where he had his command post", async () => {
    expect((await results("rol tanguy"))[0]).toBe("person:henri-rol-tanguy");
    for (const lang of ["en", "fr"]) {
      const found = await results("Colonel Rol", lang);
      expect(found[0], lang).toBe("person:henri-rol-tanguy");
      expect(found, lang).toContain("room:underground-shelter-of-the-resistance");
    }
  });

  it("finds the Shoah Memorial's two sites for memorial shoah, in English or French words", async () => {
    for (const q of ["memorial shoah", "mémorial de la Shoah"]) {
      expect((await results(q)).slice(0, 2).sort(), q).toEqual(["place:memorial-de-la-shoah", "place:memorial-de-la-shoah-drancy"]);
    }
  });

  it("reads liberation, libération and liberated as one word, accents or not", async () => {
    const en = await results("liberation");
    expect(en).toEqual(expect.arrayContaining(["place:musee-liberation-paris", "place:musee-ordre-liberation", "event:liberation-of-paris"]));
    expect(await results("libération", "fr")).toEqual(await results("liberation", "fr"));
    expect(await results("liberated")).toEqual(expect.arrayContaining(["event:liberation-of-paris"]));
  });

  it("finds the same records for résistance and resistance, the Resistance museums first", async () => {
    const accented = await results("résistance");
    expect(accented).toEqual(await results("resistance"));
    expect(accented.slice(0, 2).sort()).toEqual(["place:chrd-lyon", "place:musee-resistance-nationale"]);
  });

  it("finds room 5 of the Mémorial de Caen by its number, as its page names it, in both languages", async () => {
    for (const [q, lang] of [["room 5", "en"], ["Room 5", "fr"], ["salle 5", "fr"], ["salle 5", "en"], ["caen room 5", "en"], ["caen salle 5", "fr"]] as const) {
      expect((await results(q, lang))[0], `${q} (${lang})`).toBe("room:reconquest-and-liberation");
    }
  });

  it("finds the shelter's timed visit as a visitor names it, and leads to the visit's page", async () => {
    for (const [q, lang] of [["shelter booking", "en"], ["book shelter visit", "en"], ["visite abri", "fr"], ["réservation abri", "fr"]] as const) {
      expect((await results(q, lang)).slice(0, 3), `${q} (${lang})`).toContain("visit:underground-shelter-visit");
    }
    const { body } = await t.getJson(`/api/search?q=${encodeURIComponent("shelter booking")}&lang=en`);
    const visit = body.results.find((r: any) => r.kind === "visit");
    expect(visit).toMatchObject({ path: "/en/places/musee-liberation-paris/visits/underground-shelter-visit", place: { slug: "musee-liberation-paris" } });
    const { status } = await t.app.request(visit.path);
    expect(status).toBe(200);
  });

  it("suggests people and places from the first letters typed", async () => {
    const suggest = async (q: string) => (await t.getJson(`/api/search/suggest?q=${encodeURIComponent(q)}&lang=fr`)).body.suggestions.map((s: any) => s.slug);
    expect(await suggest("rol")).toContain("henri-rol-tanguy");
    expect(await suggest("hautecl")).toEqual(["philippe-leclerc-de-hauteclocque"]);
    expect(await suggest("memorial sh")).toEqual(expect.arrayContaining(["memorial-de-la-shoah", "memorial-de-la-shoah-drancy"]));
  });
});

describe("an import that replaces everything", () => {
  it("replaces what search finds in the same transaction: the old records are gone, the new ones found", async () => {
    const dataset = datasetSchema.parse({ places: [aPlace({ slug: "oradour", name: { en: "Oradour-sur-Glane martyr village", fr: "Village martyr d'Oradour-sur-Glane" } })] });
    await importDataset(t.handle.db, dataset, { replace: true, source: "test", mode: "import", now: new Date() });
    expect(await results("leclerc")).toEqual([]);
    expect(await results("liberation")).toEqual([]);
    expect(await results("oradour")).toEqual(["place:oradour"]);
    expect(await results("martyr", "fr")).toEqual(["place:oradour"]);
  });
});
