import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT, runs } from "../../../test/property.ts";
import { MAX_WORDS, typedWords } from "./search-words.ts";

describe("typedWords", () => {
  it("keeps letters with their accents and digits, lower-cased, in order, once each", () => {
    expect(typedWords("Résistance  RÉSISTANCE 1944")).toEqual({ words: ["résistance", "1944"] });
    expect(typedWords("Rol-Tanguy")).toEqual({ words: ["rol", "tanguy"] });
  });

  it("reads quotes, operators, brackets and SQL as separators", () => {
    expect(typedWords(`"leclerc" & !(paris | caen)) OR 1=1; --`)).toEqual({ words: ["leclerc", "paris", "caen", "or", "1"] });
    expect(typedWords("'); drop table places; --").words).toEqual(["drop", "table", "places"]);
  });

  it("says why a query cannot be searched: one letter, or no word at all", () => {
    expect(typedWords("a")).toEqual({ words: [], notice: "too_short" });
    expect(typedWords(" (( ** )) ")).toEqual({ words: [], notice: "no_words" });
    expect(typedWords("   ")).toEqual({ words: [] });
  });

  it("never yields more than the word limit, and only letters and digits, whatever is typed", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: "binary" }), (q) => {
      const { words } = typedWords(q);
      expect(words.length).toBeLessThanOrEqual(MAX_WORDS);
      for (const w of words) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
    }), runs(300));
  }, PROPERTY_TIMEOUT);
});
