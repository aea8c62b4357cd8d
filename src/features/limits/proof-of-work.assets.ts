/**
 * The ALTCHA widget, served by this site from the `altcha` package (nothing loads from elsewhere):
 * its CSP-friendly "external" build (no inline style, no worker made from a blob), its stylesheet,
 * the PBKDF2 worker as a file, and our start-up module (the worker, and the widget's words in each
 * language). Served under a fingerprint of their contents, so they are cached for a year.
 */
import { serveStaticFile } from "../../web/static-file.ts";
import { IMMUTABLE } from "../../web/asset-files.ts";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Hono } from "hono";
import { LOCALES } from "../../lib/locales.ts";
import type { AppEnv } from "../../web/app-env.ts";
import { proofOfWorkText } from "./proof-of-work.page-text.ts";
import { PROOF_ALGORITHM } from "./proof-of-work.ts";

const JS = "text/javascript; charset=utf-8";
const CSS = "text/css; charset=utf-8";

// "altcha/external" is dist/external/altcha.js; its minified twin, the stylesheet and the workers sit beside it.
const external = import.meta.resolve("altcha/external");
const fromPackage = (relative: string) => readFileSync(new URL(relative, external), "utf8");

/** The start-up module: registers the worker of our one algorithm and our words, then the widget upgrades. */
function startScript(): string {
  const words = LOCALES.map((locale) => `altcha.i18n.set(${JSON.stringify(locale)}, ${JSON.stringify(proofOfWorkText(locale).widget)});`);
  return [
    "// Remembrance: the proof-of-work widget (ALTCHA), its worker and its words; see src/features/limits/.",
    'import "./altcha.js";',
    "const altcha = globalThis.$altcha;",
    `altcha.algorithms.set(${JSON.stringify(PROOF_ALGORITHM)}, () => new Worker(new URL("./pbkdf2.js", import.meta.url)));`,
    ...words,
    "",
  ].join("\n");
}

const FILES: Record<string, { type: string; body: string }> = {
  "altcha.js": { type: JS, body: fromPackage("./altcha.min.js") },
  "altcha.css": { type: CSS, body: fromPackage("./altcha.css") },
  "pbkdf2.js": { type: JS, body: fromPackage("../workers/pbkdf2.js") },
  "proof-of-work.js": { type: JS, body: startScript() },
};

const fingerprint = createHash("sha1").update(Object.values(FILES).map((f) => f.body).join("\0")).digest("base64url").slice(0, 12);

export type ProofOfWorkAsset = "altcha.css" | "proof-of-work.js";

/** The address of one of the widget's files, e.g. /assets/altcha/Xy12…/proof-of-work.js. */
export const proofOfWorkAssetPath = (name: ProofOfWorkAsset) => `/assets/altcha/${fingerprint}/${name}`;

/** The files and their sizes in bytes (for the record: what a visitor's browser fetches). */
export const proofOfWorkAssetSizes = () => Object.fromEntries(Object.entries(FILES).map(([name, f]) => [name, Buffer.byteLength(f.body)]));

/** `GET /assets/altcha/<fingerprint>/<file>`, with an ETag and a year of caching (mount at "/"). */
export function proofOfWorkAssetRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const [name, { type, body }] of Object.entries(FILES)) {
    // The address changes with the contents, so the file never changes at its address.
    serveStaticFile(app, `/assets/altcha/${fingerprint}/${name}`, { type, body, cacheControl: IMMUTABLE });
  }
  return app;
}
