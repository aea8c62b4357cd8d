import { describe, expect, it } from "vitest";
import { changedFields, sameJson, showValue } from "./audit.diff.ts";

describe("changedFields", () => {
  it("lists only the paths whose values differ, with old and new values", () => {
    const before = { name: { en: "Museum", fr: "Musée" }, status: "draft", version: 3, city: "Paris" };
    const after = { name: { en: "Museum", fr: "Le musée" }, status: "published", version: 4, city: "Paris" };
    expect(changedFields(before, after)).toEqual([
      { path: "name.fr", before: "Musée", after: "Le musée" },
      { path: "status", before: "draft", after: "published" },
      { path: "version", before: 3, after: 4 },
    ]);
  });

  it("shows added and removed fields with an absent side", () => {
    expect(changedFields({ a: 1 }, { b: 2 })).toEqual([
      { path: "a", before: 1, after: undefined },
      { path: "b", before: undefined, after: 2 },
    ]);
  });

  it("compares lists of plain values as one value, lists of objects item by item", () => {
    expect(changedFields({ roles: ["a:editor"] }, { roles: ["a:editor", "b:moderator"] })).toEqual([
      { path: "roles", before: ["a:editor"], after: ["a:editor", "b:moderator"] },
    ]);
    expect(changedFields({ hl: [{ text: { en: "x" } }, { text: { en: "y" } }] }, { hl: [{ text: { en: "x" } }, { text: { en: "z" } }] }))
      .toEqual([{ path: "hl.1.text.en", before: "y", after: "z" }]);
  });

  it("treats a creation or a deletion as a whole-value change when one side is null", () => {
    expect(changedFields(null, { a: 1 })).toEqual([{ path: "", before: null, after: { a: 1 } }]);
    expect(changedFields({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it("ignores key order", () => {
    expect(sameJson({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});

describe("showValue", () => {
  it("writes strings as they are, others as JSON, absent as a dash, long ones shortened", () => {
    expect(showValue("Musée")).toBe("Musée");
    expect(showValue({ en: "x" })).toBe('{"en":"x"}');
    expect(showValue(undefined)).toBe("—");
    expect(showValue("x".repeat(400), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
