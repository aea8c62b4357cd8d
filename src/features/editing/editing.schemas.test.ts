/** Pure facts about documents: which texts lack a language, which records they refer to, which table rules they break. */
import { describe, expect, it } from "vitest";
import { DOCUMENT_SCHEMAS, missingTranslations, referencesOf } from "./editing.schemas.ts";
import { tableRuleIssues } from "./record-validation.ts";

const place = DOCUMENT_SCHEMAS.place.parse({
  slug: "a-place", kind: "museum", name: { en: "Museum", fr: "Musée" }, summary: { fr: "Seulement en français" },
  address: { street: { en: "Main St" } },
  highlights: [{ kind: "we_love", text: { en: "Both", fr: "Les deux" } }, { kind: "we_love", text: { en: "English only" } }],
  accessibility: [{ feature: "lift", room: "a-room", text: { en: "Lift", fr: "Ascenseur" } }],
  partners: [{ place: "b-place" }, { place: "b-place" }, { place: "a-place" }],
  themes: ["war", "exile"],
});

describe("documents", () => {
  it("lists the dotted paths of texts in one language only", () => {
    expect(missingTranslations(place)).toEqual(["summary", "address.street", "highlights.1.text"]);
  });

  it("lists every reference with the path of its field", () => {
    expect(referencesOf("place", place).map((r) => `${r.kind}:${r.slug}@${r.path.join(".")}`)).toEqual([
      "room:a-room@accessibility.0.room", "place:b-place@partners.0.place", "place:b-place@partners.1.place",
      "place:a-place@partners.2.place", "theme:exile@themes.0", "theme:war@themes.1",
    ]);
  });

  it("finds what the tables would refuse: a partner twice, a place its own partner", () => {
    expect(tableRuleIssues("place", place).map((i) => `${i.path.join(".")}:${i.code}`)).toEqual(["partners.1.place:duplicate", "partners.2.place:self_reference"]);
  });
});
