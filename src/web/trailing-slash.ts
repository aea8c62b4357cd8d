/**
 * An address with a trailing slash that no route answers (`/en/places/`) is the canonical one
 * without it (`/en/places`), query kept. Addresses canonical with their slash (`/en/`, `/fr/`,
 * `/admin/en/`) are answered by their routes before this is asked.
 */

/** Where a GET of `url` should be sent, or undefined (no trailing slash, another method, or a target off this site). */
export function withoutTrailingSlash(method: string, url: string): string | undefined {
  if (method !== "GET" && method !== "HEAD") return undefined;
  const { pathname, search } = new URL(url);
  if (pathname === "/" || !pathname.endsWith("/")) return undefined;
  const path = pathname.replace(/\/+$/, "");
  // "//evil.example/" would become "//evil.example", another site's address: never a redirect.
  if (path === "" || path.startsWith("//")) return undefined;
  return `${path}${search}`;
}
