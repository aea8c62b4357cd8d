/** One static file served from memory: an ETag from its contents (304 when it matches), caching as asked. */
import { createHash } from "node:crypto";
import type { Hono } from "hono";
import type { AppEnv } from "./app-env.ts";

export function serveStaticFile(app: Hono<AppEnv>, path: string, file: { type: string; body: string; cacheControl: string }): void {
  const etag = `"${createHash("sha1").update(file.body).digest("base64url").slice(0, 16)}"`;
  app.get(path, (c) => {
    c.header("ETag", etag);
    c.header("Cache-Control", file.cacheControl);
    // Assets may be embedded by other sites (the stylesheet, the favicon); pages stay same-origin.
    c.header("Cross-Origin-Resource-Policy", "cross-origin");
    if (c.req.header("if-none-match") === etag) return c.body(null, 304);
    return c.body(file.body, 200, { "Content-Type": file.type });
  });
}
