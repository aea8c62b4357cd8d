import { describe, expect, it } from "vitest";
import { datasetSchema } from "./dataset.schemas.ts";
import { findMissingTranslations } from "./dataset.translations.ts";

describe("findMissingTranslations", () => {
  it("names each text that lacks a language, by slug path", () => {
    const dataset = datasetSchema.parse({
      places: [{ slug: "caen", kind: "memorial", name: { en: "Caen Memorial", fr: "Mémorial de Caen" }, summary: { fr: "Un musée pour la paix" },
        highlights: [{ kind: "we_love", text: { en: "The films" } }] }],
    });
    expect(findMissingTranslations(dataset)).toEqual([
      { path: "places[caen].summary", missing: ["en"] },
      { path: "places[caen].highlights[0].text", missing: ["fr"] },
    ]);
  });
});
