/** Reading back office addresses: `/admin/{locale}{page}` (the inverse of `adminUrl`). */
import type { Context } from "hono";
import type { Locale } from "../../lib/locales.ts";
import { isLocale, negotiateLocale } from "../locale.ts";

/** `/admin/{locale}/rest` → [locale, "/rest"]; other paths → undefined. */
export function splitAdminPath(path: string): [Locale, string] | undefined {
  const match = /^\/admin\/([a-z]{2})(\/.*)?$/.exec(path);
  if (!match || !isLocale(match[1]!)) return undefined;
  return [match[1] as Locale, match[2] ?? "/"];
}

/** The language and page of a back office request: from its address, else the browser's language and the home page. */
export const adminPageOf = (c: Context): [Locale, string] =>
  splitAdminPath(c.req.path) ?? [negotiateLocale(c.req.header("accept-language")), "/"];
