/**
 * The site's own assets (src/web/assets/), read once: the stylesheets minified (lightningcss), each
 * file served at a fingerprinted address (`/assets/site.<hash>.css`, cached for a year, `immutable`)
 * that pages link through `assetPath`, and at its plain address (`/assets/site.css`, an hour) for
 * links kept elsewhere.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Hono } from "hono";
import { transform } from "lightningcss";
import type { AppEnv } from "./app-env.ts";
import { serveStaticFile } from "./static-file.ts";

const CSS = "text/css; charset=utf-8";
const JS = "text/javascript; charset=utf-8";

const TYPES = {
  "site.css": CSS,
  "admin.css": CSS,
  "share.js": JS,
  "search-suggest.js": JS,
  "desk.js": JS,
  "favicon.svg": "image/svg+xml",
} as const;

export type AssetName = keyof typeof TYPES;

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const ONE_HOUR = "public, max-age=3600";

/** A stylesheet as served: the same rules, without comments and spaces. */
export function minifyCss(filename: string, source: string): string {
  return Buffer.from(transform({ filename, code: Buffer.from(source, "utf8"), minify: true }).code).toString("utf8");
}

interface Asset {
  type: string;
  body: string;
  path: string;
}

const ASSETS = Object.fromEntries(
  Object.entries(TYPES).map(([name, type]) => {
    const source = readFileSync(new URL(`./assets/${name}`, import.meta.url), "utf8");
    const body = type === CSS ? minifyCss(name, source) : source;
    const hash = createHash("sha1").update(body).digest("base64url").slice(0, 12);
    const dot = name.lastIndexOf(".");
    return [name, { type, body, path: `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}` }];
  }),
) as Record<AssetName, Asset>;

/** The address pages link an asset at: it changes with the file's contents, e.g. /assets/site.Xy12….css. */
export const assetPath = (name: AssetName): string => ASSETS[name].path;

/** The bytes of an asset as served (tests, the page-weight budget). */
export const assetBody = (name: AssetName): string => ASSETS[name].body;

/** `GET /assets/<name>.<hash>.<ext>` (a year, immutable) and `GET /assets/<name>` (an hour), with ETags. */
export function assetRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const [name, { type, body, path }] of Object.entries(ASSETS)) {
    serveStaticFile(app, path, { type, body, cacheControl: IMMUTABLE });
    serveStaticFile(app, `/assets/${name}`, { type, body, cacheControl: ONE_HOUR });
  }
  return app;
}
