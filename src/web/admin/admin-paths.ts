/**
 * Back office addresses: `/admin/{locale}{page}`, built by `adminUrl` and the typed builders of
 * `adminPaths` (data segments written with encodeURIComponent), and read back by `splitAdminPath`.
 */
import type { Context } from "hono";
import type { Locale } from "../../lib/locales.ts";
import { isLocale, negotiateLocale } from "../locale.ts";

/** `/admin/{locale}{page}`, the address of a back office page. */
export const adminUrl = (locale: Locale, page: string) => `/admin/${locale}${page === "/" ? "/" : page}`;

const seg = (value: string | number) => encodeURIComponent(String(value));

/** The content kinds edited in the back office (`/content/{kind}/…`). */
type ContentKind = "place" | "exhibition" | "room" | "object" | "person" | "event" | "theme";

export const adminPaths = {
  /** The list of records of a kind. */
  records: (locale: Locale, kind: ContentKind) => adminUrl(locale, `/content/${kind}`),
  newRecord: (locale: Locale, kind: ContentKind) => adminUrl(locale, `/content/${kind}/new`),
  /** A record's form. */
  record: (locale: Locale, kind: ContentKind, slug: string) => adminUrl(locale, `/content/${kind}/${seg(slug)}`),
  /** The form that orders an exhibition's rooms. */
  roomsOrder: (locale: Locale, exhibitionSlug: string) => adminUrl(locale, `/content/exhibition/${seg(exhibitionSlug)}/rooms-order`),
  account: (locale: Locale, id: number | string) => adminUrl(locale, `/accounts/${seg(id)}`),
  accountAction: (locale: Locale, id: number | string, action: "link" | "enable" | "disable") => adminUrl(locale, `/accounts/${seg(id)}/${action}`),
  /** A place's front desk; `rest` is a page below it, already an address ("/bookings/ABCD1234"). */
  desk: (locale: Locale, placeSlug: string, rest = "") => adminUrl(locale, `/desk/${seg(placeSlug)}${rest}`),
};

/** `/admin/{locale}/rest` → [locale, "/rest"]; other paths → undefined. */
export function splitAdminPath(path: string): [Locale, string] | undefined {
  const match = /^\/admin\/([a-z]{2})(\/.*)?$/.exec(path);
  if (!match || !isLocale(match[1]!)) return undefined;
  return [match[1] as Locale, match[2] ?? "/"];
}

/** The language and page of a back office request: from its address, else the browser's language and the home page. */
export const adminPageOf = (c: Context): [Locale, string] =>
  splitAdminPath(c.req.path) ?? [negotiateLocale(c.req.header("accept-language")), "/"];
