import { describe, expect, it } from "vitest";
import { etagForEncoding, ifNoneMatchMatches, negotiateEncoding } from "./compression.ts";
import { withoutTrailingSlash } from "./trailing-slash.ts";

describe("negotiateEncoding", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["identity", undefined],
    ["gzip, deflate, br, zstd", "br"],
    ["gzip, deflate", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["br;q=0, gzip;q=0", undefined],
    ["*", "br"],
    ["*;q=0", undefined],
    ["br;q=0, *", "gzip"],
    ["x-gzip", "gzip"],
    ["BR", "br"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe("ETags of encoded forms", () => {
  it("adds the encoding inside the quotes and matches lists, weak tags and *", () => {
    expect(etagForEncoding('"abc"', "br")).toBe('"abc-br"');
    expect(etagForEncoding('"abc"', undefined)).toBe('"abc"');
    expect(ifNoneMatchMatches('"x", W/"abc-br"', '"abc-br"')).toBe(true);
    expect(ifNoneMatchMatches('"abc"', '"abc-br"')).toBe(false);
    expect(ifNoneMatchMatches("*", '"abc"')).toBe(true);
    expect(ifNoneMatchMatches(undefined, '"abc"')).toBe(false);
  });
});

describe("withoutTrailingSlash", () => {
  it.each([
    ["GET", "http://h/en/places/", "/en/places"],
    ["HEAD", "http://h/en/places//?a=1&b=2", "/en/places?a=1&b=2"],
    ["GET", "http://h/en/places", undefined],
    ["GET", "http://h/", undefined],
    ["POST", "http://h/api/bookings/", undefined],
    ["GET", "http://h//evil.example/", undefined],
    ["GET", "http://h/\\evil.example/", undefined],
    ["GET", "http://h////", undefined],
  ])("%s %s → %s", (method, url, expected) => {
    expect(withoutTrailingSlash(method, url)).toBe(expected);
  });
});
