import { describe, expect, it } from "vitest";
import { formText } from "../admin/forms/form-text.ts";
import { colon, formatCents, formatDecimal, labelled, punctuate, quoted } from "./format.ts";

const NBSP = "\u00a0";

describe("French spacing", () => {
  it("puts a no-break space before : ; ! ? ending a word and inside « », and leaves English alone", () => {
    expect(punctuate("fr", "Trop de tentatives ; réessayez : « x » ?")).toBe(`Trop de tentatives${NBSP}; réessayez${NBSP}: «${NBSP}x${NBSP}»${NBSP}?`);
    expect(punctuate("fr", "Attention!")).toBe(`Attention${NBSP}!`);
    expect(punctuate("en", "Careful: yes; no?")).toBe("Careful: yes; no?");
  });

  it("leaves times and addresses as they are", () => {
    expect(punctuate("fr", "à 10:00, voir https://example.org/?a=1")).toBe("à 10:00, voir https://example.org/?a=1");
  });

  it("writes labels and quotations the way each language does", () => {
    expect(labelled("en", "Search", quoted("en", "Moulin"))).toBe("Search: “Moulin”");
    expect(labelled("fr", "Recherche", quoted("fr", "Moulin"))).toBe(`Recherche${NBSP}: «${NBSP}Moulin${NBSP}»`);
    expect(colon("fr")).toBe(`${NBSP}: `);
    expect(formText("fr").errorSummaryIntro(2)).toBe(`2 champs demandent votre attention${NBSP}:`);
  });
});

describe("amounts", () => {
  it("writes prices with their cents and form amounts without grouping", () => {
    expect(formatCents("en", 1250)).toBe("€12.50");
    expect(formatCents("fr", 1250)).toBe(`12,50${NBSP}€`);
    expect(formatDecimal("en", 123456.5, 2)).toBe("123456.50");
    expect(formatDecimal("fr", 12.5, 2)).toBe("12,50");
  });
});
