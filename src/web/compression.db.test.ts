/** What a browser downloads: compressed pages and API answers, fingerprinted and minified assets, canonical addresses. */
import { readFileSync } from "node:fs";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { seedIfEmpty } from "../features/dataset/dataset.service.ts";
import { assetPath } from "./asset-files.ts";
import { compressionCount } from "./compression.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedIfEmpty(t.handle);
});
afterAll(() => t.handle.close());

const PLACE = "/en/places/musee-liberation-paris";
const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());
const decode = { br: brotliDecompressSync, gzip: gunzipSync, identity: (b: Buffer) => b } as const;

describe("compressed pages", () => {
  it.each(["br", "gzip"] as const)("sends the place page as %s when the browser accepts it, the same HTML once decompressed", async (encoding) => {
    const plain = await get(PLACE);
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-encoding")).toBeNull();
    const html = (await bytes(plain)).toString("utf8");
    expect(html).toContain("<!doctype html>");

    const accept = encoding === "br" ? "gzip, deflate, br, zstd" : "gzip, deflate";
    const res = await get(PLACE, { "Accept-Encoding": accept });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe(encoding);
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const body = await bytes(res);
    expect(body.byteLength).toBeLessThan(Buffer.byteLength(html) / 3);
    expect(decode[encoding](body).toString("utf8")).toBe(html);
  });

  it("sends the page uncompressed to a browser that accepts no encoding, still varying on it", async () => {
    for (const accept of [undefined, "identity", "br;q=0, gzip;q=0"]) {
      const res = await get(PLACE, accept ? { "Accept-Encoding": accept } : {});
      expect(res.headers.get("content-encoding")).toBeNull();
      expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
      expect((await bytes(res)).toString("utf8")).toContain("<!doctype html>");
    }
  });

  it.each([["br"], ["gzip"], ["identity"]] as const)("answers 304 without a body to a browser revalidating its %s copy", async (encoding) => {
    const headers: Record<string, string> = encoding === "identity" ? {} : { "Accept-Encoding": encoding };
    const first = await get(PLACE, headers);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"/);
    const again = await get(PLACE, { ...headers, "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("vary")).toMatch(/accept-encoding/i);
    expect((await bytes(again)).byteLength).toBe(0);
  });

  it("gives each encoding its own ETag, so a copy of one is never taken for another", async () => {
    const etags = await Promise.all(["", "br", "gzip"].map(async (accept) => (await get(PLACE, accept ? { "Accept-Encoding": accept } : {})).headers.get("etag")));
    expect(new Set(etags).size).toBe(3);
    const brEtag = etags[1]!;
    expect((await get(PLACE, { "Accept-Encoding": "gzip", "If-None-Match": brEtag })).status).toBe(200);
  });

  it("compresses a cached page once per encoding: a cache hit does no compression work", async () => {
    const path = "/fr/places/musee-liberation-paris";
    await get(path, { "Accept-Encoding": "br" });
    await get(path, { "Accept-Encoding": "gzip" });
    const before = compressionCount();
    for (const accept of ["br", "gzip", "br", ""]) {
      const res = await get(path, accept ? { "Accept-Encoding": accept } : {});
      expect(res.headers.get("x-page-cache")).toBe("hit");
      await res.arrayBuffer();
    }
    expect(compressionCount()).toBe(before);
  });

  it("never sends a body to HEAD", async () => {
    const res = await t.app.request(PLACE, { method: "HEAD", headers: { "Accept-Encoding": "br" } });
    expect(res.status).toBe(200);
    expect((await bytes(res)).byteLength).toBe(0);
  });
});

describe("compressed API answers and sitemap", () => {
  it("compresses the API's JSON, with an ETag of its own that still gives 304", async () => {
    const plain = await get("/api/places");
    const json = JSON.parse((await bytes(plain)).toString("utf8"));
    const res = await get("/api/places", { "Accept-Encoding": "br, gzip" });
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(JSON.parse(brotliDecompressSync(await bytes(res)).toString("utf8"))).toEqual(json);
    const etag = res.headers.get("etag")!;
    expect(etag).not.toBe(plain.headers.get("etag"));
    const again = await get("/api/places", { "Accept-Encoding": "br, gzip", "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect((await bytes(again)).byteLength).toBe(0);
    expect((await get("/api/places", { "If-None-Match": plain.headers.get("etag")! })).status).toBe(304);
  });

  it("compresses the sitemap", async () => {
    const res = await get("/sitemap.xml", { "Accept-Encoding": "gzip" });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(await bytes(res)).toString("utf8")).toContain("<urlset");
  });
});

describe("answers holding a secret", () => {
  it("sends the sign-in page (a CSRF token, no-store) uncompressed, so its size cannot reveal the token", async () => {
    const res = await get("/admin/en/sign-in", { "Accept-Encoding": "br, gzip" });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect((await bytes(res)).toString("utf8")).toContain("<!doctype html>");
  });
});

describe("assets", () => {
  it("links fingerprinted assets, cached for a year as immutable, compressed", async () => {
    const html = await (await get("/en/")).text();
    const linked = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(linked).toContain(assetPath("site.css"));
    expect(assetPath("site.css")).toMatch(/^\/assets\/site\.[\w-]{12}\.css$/);
    for (const path of linked) {
      expect(path).not.toMatch(/^\/assets\/[\w-]+\.(css|js|svg)$/);
      const res = await get(path, { "Accept-Encoding": "br" });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    }
    const css = await get(assetPath("site.css"), { "Accept-Encoding": "br" });
    expect(css.headers.get("content-encoding")).toBe("br");
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
  });

  it("keeps the plain addresses working for an hour's caching, and the favicon redirect", async () => {
    const res = await get("/assets/site.css");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(await res.text()).toBe(await (await get(assetPath("site.css"))).text());
    const icon = await get("/favicon.ico");
    expect(icon.status).toBe(301);
    expect((await get(icon.headers.get("location")!)).status).toBe(200);
  });

  it.each(["site.css", "admin.css"] as const)("serves %s minified, with every selector of the source", async (name) => {
    const source = readFileSync(new URL(`./assets/${name}`, import.meta.url), "utf8");
    const served = await (await get(assetPath(name))).text();
    expect(served.length).toBeLessThan(source.length * 0.9);
    expect(served).not.toMatch(/\/\*|\n\s/);
    const classes = (css: string) => new Set(css.replace(/\/\*[\s\S]*?\*\//g, "").match(/\.[a-z][\w-]*(?=[\s{:,.>[)~+])/gi));
    expect(classes(served)).toEqual(classes(source));
  });

  it("answers 304 to a revalidated asset", async () => {
    const first = await get("/assets/site.css", { "Accept-Encoding": "gzip" });
    const again = await get("/assets/site.css", { "Accept-Encoding": "gzip", "If-None-Match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
  });
});

describe("trailing slashes", () => {
  it.each([
    ["/en/places/", "/en/places"],
    ["/fr/places/?page=2", "/fr/places?page=2"],
    [`${PLACE}/`, PLACE],
    ["/api/places/", "/api/places"],
    ["/admin/en/sign-in/", "/admin/en/sign-in"],
  ])("sends %s to its canonical address %s", async (path, target) => {
    const res = await get(path);
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe(target);
    expect((await get(target)).status).toBe(200);
  });

  it("keeps the language roots, canonical with their slash", async () => {
    expect((await get("/en/")).status).toBe(200);
    expect((await get("/fr/")).status).toBe(200);
  });

  it.each(["//evil.example/", "//evil.example//", "/\\evil.example/", "///evil.example/"])("never sends %s off the site", async (path) => {
    const res = await get(path);
    const location = res.headers.get("location");
    if (location !== null) expect(new URL(location, "https://remembrance.test").origin).toBe("https://remembrance.test");
    expect(res.status).not.toBe(301);
  });
});
