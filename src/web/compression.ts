/**
 * Compressed answers: brotli when the client accepts it, else gzip, else none (`Vary: Accept-Encoding`).
 * A body the server keeps (a cached page, an asset) holds its compressed forms, each made once;
 * other answers (the API, the sitemap, uncached pages) are compressed per request by `compression()`.
 * Each form has its own ETag (`"…"` → `"…-br"`), so `If-None-Match` still gives 304.
 */
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";

export type ContentEncoding = "br" | "gzip";

/** Bodies smaller than this are sent as they are: compression would save little and cost a round of work. */
export const MIN_COMPRESSED_BYTES = 1024;

let compressions = 0;
/** How many bodies this process has compressed (tests: a cache hit compresses nothing). */
export const compressionCount = () => compressions;

/** Kept bodies are compressed once, so they get the smallest form; per-request ones a fast one. */
const KEPT = { br: 11, gzip: 9 } as const;
const PER_REQUEST = { br: 4, gzip: 6 } as const;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const brotliOptions = (quality: number, size: number) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: size },
});

async function compressAsync(body: Uint8Array, encoding: ContentEncoding, level: typeof KEPT | typeof PER_REQUEST): Promise<Uint8Array> {
  compressions++;
  return encoding === "br" ? brotliAsync(body, brotliOptions(level.br, body.byteLength)) : gzipAsync(body, { level: level.gzip });
}

/** The encoding to answer with from an `Accept-Encoding` header (q-values honoured; `*` counts), undefined for none. */
export function negotiateEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (name: string) => (weights.get(name) ?? weights.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip") || (weights.get("x-gzip") ?? 0) > 0) return "gzip";
  return undefined;
}

/** The ETag of one encoded form: the identity's with the encoding added inside the quotes. */
export const etagForEncoding = (etag: string, encoding: ContentEncoding | undefined) =>
  encoding === undefined ? etag : etag.replace(/"$/, `-${encoding}"`);

/** True when `If-None-Match` names `etag` (weak comparison, `*` matches any). */
export function ifNoneMatchMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.match(/"[^"]*"/g)?.includes(bare) ?? false;
}

/** A body kept in memory (a cached page, an asset) with its compressed forms, each made once, on the first request for it. */
export class EncodedBody {
  private readonly forms = new Map<ContentEncoding, Uint8Array | Promise<Uint8Array>>();

  constructor(
    readonly identity: Uint8Array,
    /** The identity form's strong ETag; each encoded form has its own (etagForEncoding). */
    readonly etag: string,
  ) {}

  /** The encoding a request gets: none for a small body. */
  encodingFor(acceptEncoding: string | undefined): ContentEncoding | undefined {
    return this.identity.byteLength < MIN_COMPRESSED_BYTES ? undefined : negotiateEncoding(acceptEncoding);
  }

  /** The bytes of one form, compressed on the first ask (off the main thread) and kept. */
  async form(encoding: ContentEncoding | undefined): Promise<Uint8Array> {
    if (encoding === undefined) return this.identity;
    let form = this.forms.get(encoding);
    if (form === undefined) {
      form = compressAsync(this.identity, encoding, KEPT);
      this.forms.set(encoding, form);
      // Kept as bytes once made, so later hits do not even wait on a promise.
      form.then((bytes) => this.forms.set(encoding, bytes), () => this.forms.delete(encoding));
    }
    return form;
  }
}

/**
 * Answers with a kept body in the form the request accepts: `Vary`, its ETag, `Cache-Control`,
 * 304 when `If-None-Match` names it (no body), else the bytes with `Content-Encoding`.
 */
export async function answerEncoded(c: Context, body: EncodedBody, headers: { type: string; cacheControl: string }): Promise<Response> {
  const encoding = body.encodingFor(c.req.header("accept-encoding"));
  const etag = etagForEncoding(body.etag, encoding);
  c.header("Vary", "Accept-Encoding", { append: true });
  c.header("ETag", etag);
  c.header("Cache-Control", headers.cacheControl);
  if (ifNoneMatchMatches(c.req.header("if-none-match"), etag)) return c.body(null, 304);
  if (encoding !== undefined) c.header("Content-Encoding", encoding);
  const bytes = await body.form(encoding);
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { "Content-Type": headers.type });
}

/**
 * Answers nobody may keep (`no-store`: the back office, booking forms and tickets) may hold a
 * secret (a CSRF token, a ticket's code) beside words from the request: sent as they are, so
 * their compressed size cannot reveal the secret (BREACH). `no-transform` is a sender's refusal.
 */
const NOT_COMPRESSED = /\b(no-store|private|no-transform)\b/i;

const COMPRESSIBLE = /^(text\/|application\/(json|[\w.+-]+\+json|xml|[\w.+-]+\+xml|javascript)|image\/svg\+xml)/i;

/**
 * Compresses, per request, the answers nobody kept (the API's JSON, the sitemap, uncached and
 * error pages): skipped for an answer already encoded or negotiated (`Vary: Accept-Encoding`
 * set by `answerEncoded`), without a body, not text, small, or `no-store` (NOT_COMPRESSED). Its ETag becomes the form's own.
 * Hono's `compress` is not used: it knows no brotli and leaves the ETag of the uncompressed body.
 */
export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!res.body || res.status === 204 || res.status === 206 || res.status === 304) return;
    if (res.headers.has("Content-Encoding") || /\baccept-encoding\b/i.test(res.headers.get("Vary") ?? "")) return;
    if (!COMPRESSIBLE.test(res.headers.get("Content-Type") ?? "") || NOT_COMPRESSED.test(res.headers.get("Cache-Control") ?? "")) return;
    const headers = res.headers;
    headers.append("Vary", "Accept-Encoding");
    const encoding = negotiateEncoding(c.req.header("accept-encoding"));
    if (encoding === undefined) return;
    const identity = new Uint8Array(await res.arrayBuffer());
    const etag = headers.get("ETag");
    if (etag) headers.set("ETag", etagForEncoding(etag, encoding));
    if (identity.byteLength < MIN_COMPRESSED_BYTES) {
      if (etag) headers.set("ETag", etag);
      replaceResponse(c, new Response(identity, { status: res.status, statusText: res.statusText, headers }));
      return;
    }
    headers.delete("Content-Length");
    if (etag && res.status === 200 && ifNoneMatchMatches(c.req.header("if-none-match"), headers.get("ETag")!)) {
      headers.delete("Content-Type");
      replaceResponse(c, new Response(null, { status: 304, headers }));
      return;
    }
    headers.set("Content-Encoding", encoding);
    const compressed = await compressAsync(identity, encoding, PER_REQUEST);
    replaceResponse(c, new Response(compressed as Uint8Array<ArrayBuffer>, { status: res.status, statusText: res.statusText, headers }));
  };
}

/** Hono's `c.res =` copies the old answer's headers onto the new one; the new one already holds them all. */
function replaceResponse(c: Context, res: Response): void {
  c.res = undefined;
  c.res = res;
}
