import { describe, expect, it } from "vitest";
import { EncodedBody } from "./compression.ts";
import { PageCache } from "./page-cache.ts";

describe("PageCache", () => {
  it("serves a page only for the revision it was rendered at", () => {
    const cache = new PageCache();
    cache.set("/en/", { html: "<p>v1</p>", body: new EncodedBody(new Uint8Array(), '"v1"'), revision: 7, expiresAt: null });
    expect(cache.get("/en/", 7, 0)?.html).toBe("<p>v1</p>");
    expect(cache.get("/en/", 8, 0)).toBeUndefined();
    expect(cache.get("/en/", 7, 0)).toBeUndefined();
  });

  it("drops a page when its live status expires", () => {
    const cache = new PageCache();
    cache.set("/en/places/x", { html: "open", body: new EncodedBody(new Uint8Array(), '"o"'), revision: 1, expiresAt: 1_000 });
    expect(cache.get("/en/places/x", 1, 999)?.html).toBe("open");
    expect(cache.get("/en/places/x", 1, 1_000)).toBeUndefined();
  });

  it("evicts the least recently used page past its size", () => {
    const cache = new PageCache(2);
    const page = (html: string) => ({ html, body: new EncodedBody(new Uint8Array(), `"${html}"`), revision: 1, expiresAt: null });
    cache.set("a", page("a"));
    cache.set("b", page("b"));
    cache.get("a", 1, 0);
    cache.set("c", page("c"));
    expect([cache.get("a", 1, 0)?.html, cache.get("b", 1, 0)?.html, cache.get("c", 1, 0)?.html]).toEqual(["a", undefined, "c"]);
  });
});
