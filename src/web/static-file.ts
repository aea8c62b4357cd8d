/**
 * One static file served from memory: an ETag from its contents (304 when it matches), caching as
 * asked, and its brotli and gzip forms made once per process, on the first request for each (compression.ts).
 */
import { createHash } from "node:crypto";
import type { Hono } from "hono";
import type { AppEnv } from "./app-env.ts";
import { answerEncoded, EncodedBody } from "./compression.ts";

/** The encoded forms of every file served, by contents: each app made in a process (tests make many) reuses them. */
const kept = new Map<string, EncodedBody>();

export function staticBody(body: string): EncodedBody {
  const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 16)}"`;
  let encoded = kept.get(etag);
  if (!encoded) {
    encoded = new EncodedBody(Buffer.from(body, "utf8"), etag);
    kept.set(etag, encoded);
  }
  return encoded;
}

export function serveStaticFile(app: Hono<AppEnv>, path: string, file: { type: string; body: string; cacheControl: string }): void {
  const body = staticBody(file.body);
  app.get(path, (c) => {
    // Assets may be embedded by other sites (the stylesheet, the favicon); pages stay same-origin.
    c.header("Cross-Origin-Resource-Policy", "cross-origin");
    return answerEncoded(c, body, { type: file.type, cacheControl: file.cacheControl });
  });
}
