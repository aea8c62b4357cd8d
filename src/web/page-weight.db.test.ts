/** The place page stays light: what a visitor on a slow phone connection downloads before images. */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { seedIfEmpty } from "../features/dataset/dataset.service.ts";
import { assetPath } from "./asset-files.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedIfEmpty(t.handle);
});
afterAll(() => t.handle.close());

it("keeps the place page under 60 KB of HTML, CSS and JS, with under 15 KB of JS", async () => {
  for (const locale of ["en", "fr"]) {
    const { status, html } = await t.getHtml(`/${locale}/places/musee-liberation-paris`);
    expect(status).toBe(200);
    const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toContain(assetPath("site.css"));
    const inlineScripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
    expect(inlineScripts.trim()).toBe("");
    const sizes = await Promise.all(assets.map(async (path) => ({ path, bytes: (await (await t.app.request(path)).arrayBuffer()).byteLength })));
    const js = sizes.filter((s) => s.path.endsWith(".js")).reduce((n, s) => n + s.bytes, 0);
    const total = Buffer.byteLength(html) + sizes.reduce((n, s) => n + s.bytes, 0);
    expect(js).toBeLessThan(15 * 1024);
    expect(total).toBeLessThan(60 * 1024);
  }
});

it("uses no web font and no third-party script", () => {
  const css = readFileSync(new URL("./assets/site.css", import.meta.url), "utf8");
  expect(css).not.toMatch(/@font-face|@import|url\(https?:/);
});
