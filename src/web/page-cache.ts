import type { EncodedBody } from "./compression.ts";

/**
 * Rendered pages, kept per path and language while the content revision is unchanged and, for
 * pages showing a live status (open now / closes at 18:00), until that status next changes.
 * Each process keeps its own; the revision lives in the database, so an edit made through any
 * process is seen by all on their very next request.
 */
export interface CachedPage {
  html: string;
  /**
   * The HTML encoded once as UTF-8, with its ETag and its brotli and gzip forms (each made on the
   * first request for it), so a hit writes bytes without encoding or compressing anything.
   */
  body: EncodedBody;
  revision: number;
  expiresAt: number | null;
}

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();

  constructor(private readonly maxEntries = 2_000) {}

  /** The page for `key` if it was rendered at `revision` and has not expired by `now`. */
  get(key: string, revision: number, now: number): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (page.revision !== revision || (page.expiresAt !== null && page.expiresAt <= now)) {
      this.pages.delete(key);
      return undefined;
    }
    // Refresh recency (Map keeps insertion order; the oldest is evicted first).
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  set(key: string, page: CachedPage): void {
    this.pages.delete(key);
    this.pages.set(key, page);
    while (this.pages.size > this.maxEntries) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.pages.delete(oldest);
    }
  }

  get size(): number {
    return this.pages.size;
  }
}
