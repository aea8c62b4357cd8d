import { describe, expect, it } from "vitest";
import { auditMessages } from "../../features/audit/audit.page-text.ts";
import { themeText } from "../../features/themes/themes.page-text.ts";
import { plural, pluralCategory } from "./plural.ts";

const forms = { one: "{n} item", other: "{n} items" };

describe("plural", () => {
  it("follows English rules: only 1 is singular", () => {
    expect(plural("en", 0, forms)).toBe("0 items");
    expect(plural("en", 1, forms)).toBe("1 item");
    expect(plural("en", 2, forms)).toBe("2 items");
  });

  it("follows French rules: 0, 1 and 1.5 are singular", () => {
    expect(plural("fr", 0, forms)).toBe("0 item");
    expect(plural("fr", 1, forms)).toBe("1 item");
    expect(plural("fr", 1.5, forms)).toBe("1.5 item");
    expect(plural("fr", 2, forms)).toBe("2 items");
  });

  it("takes forms written as functions of the count", () => {
    expect(plural("en", 3, { one: (n) => `just ${n}`, other: (n) => `${n * 2} halves` })).toBe("6 halves");
  });

  it("falls back to the other form for a category without its own (French millions are 'many')", () => {
    expect(pluralCategory("fr", 1_000_000)).toBe("many");
    expect(plural("fr", 1_000_000, forms)).toBe("1000000 items");
    expect(plural("fr", 1_000_000, { ...forms, many: "{n} d'items" })).toBe("1000000 d'items");
  });

  it("writes a French count of zero in the singular in the catalogues", () => {
    expect(auditMessages.fr.count(0)).toBe("0 entrée sur cette page.");
    expect(auditMessages.en.count(0)).toBe("0 entries on this page.");
    expect(themeText("fr").counts.places(0)).toBe("0 lieu");
  });
});
