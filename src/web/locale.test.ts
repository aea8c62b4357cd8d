import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locale.ts";

describe("negotiateLocale", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["fr-CH", "fr"],
    ["de-DE,de;q=0.9,fr;q=0.5,en;q=0.3", "fr"],
    ["en-GB,fr;q=0.9", "en"],
    ["fr;q=0.4, en;q=0.7", "en"],
    ["de, *;q=0.1", "en"],
    ["fr;q=0, en", "en"],
    ["garbage;;;q=x", "en"],
  ])("%j → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
