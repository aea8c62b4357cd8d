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

/** The account actions sent to `/accounts/{id}/{action}`. */
type AccountAction = "link" | "enable" | "disable";

/** Back office pages by their address within `/admin/{locale}`: what AdminLayout takes as its `path`. */
export const adminPagePaths = {
  /** The list of records of a kind. */
  records: (kind: ContentKind) => `/content/${kind}`,
  newRecord: (kind: ContentKind) => `/content/${kind}/new`,
  /** A record's form. */
  record: (kind: ContentKind, slug: string) => `/content/${kind}/${seg(slug)}`,
  /** The form that orders an exhibition's rooms. */
  roomsOrder: (exhibitionSlug: string) => `/content/exhibition/${seg(exhibitionSlug)}/rooms-order`,
  account: (id: number | string) => `/accounts/${seg(id)}`,
  accountAction: (id: number | string, action: AccountAction) => `/accounts/${seg(id)}/${action}`,
  /** A place's front desk (its day), optionally on a given day. */
  desk: (placeSlug: string, date?: string) => `/desk/${seg(placeSlug)}${date === undefined ? "" : `?date=${seg(date)}`}`,
  /** The desk's booking form, optionally with a slot of a day chosen. */
  deskBook: (placeSlug: string, choice?: { slot: number | string; date: string }) =>
    `/desk/${seg(placeSlug)}/book${choice === undefined ? "" : `?slot=${seg(choice.slot)}&date=${seg(choice.date)}`}`,
  /** The desk's search for bookings, optionally with its words. */
  deskFind: (placeSlug: string, query?: string) => `/desk/${seg(placeSlug)}/find${query ? `?q=${encodeURIComponent(query)}` : ""}`,
  deskCheckIn: (placeSlug: string) => `/desk/${seg(placeSlug)}/check-in`,
  deskBooking: (placeSlug: string, code: string) => `/desk/${seg(placeSlug)}/bookings/${seg(code)}`,
  deskBookingCheckIn: (placeSlug: string, code: string) => `/desk/${seg(placeSlug)}/bookings/${seg(code)}/check-in`,
  deskBookingNoShow: (placeSlug: string, code: string) => `/desk/${seg(placeSlug)}/bookings/${seg(code)}/no-show`,
  deskBookingCancel: (placeSlug: string, code: string) => `/desk/${seg(placeSlug)}/bookings/${seg(code)}/cancel`,
  deskBookingTicket: (placeSlug: string, code: string) => `/desk/${seg(placeSlug)}/bookings/${seg(code)}/ticket`,
};

/** Back office pages, in one language: `adminUrl` of their address within it. */
export const adminPaths = {
  records: (locale: Locale, kind: ContentKind) => adminUrl(locale, adminPagePaths.records(kind)),
  newRecord: (locale: Locale, kind: ContentKind) => adminUrl(locale, adminPagePaths.newRecord(kind)),
  record: (locale: Locale, kind: ContentKind, slug: string) => adminUrl(locale, adminPagePaths.record(kind, slug)),
  roomsOrder: (locale: Locale, exhibitionSlug: string) => adminUrl(locale, adminPagePaths.roomsOrder(exhibitionSlug)),
  account: (locale: Locale, id: number | string) => adminUrl(locale, adminPagePaths.account(id)),
  accountAction: (locale: Locale, id: number | string, action: AccountAction) => adminUrl(locale, adminPagePaths.accountAction(id, action)),
  /** A place's front desk; `rest` is a page below it, already an address ("/book", "?date=…"). */
  desk: (locale: Locale, placeSlug: string, rest = "") => adminUrl(locale, `${adminPagePaths.desk(placeSlug)}${rest}`),
  /** A place's front desk on a day. */
  deskDay: (locale: Locale, placeSlug: string, date: string) => adminUrl(locale, adminPagePaths.desk(placeSlug, date)),
  deskBook: (locale: Locale, placeSlug: string, choice?: { slot: number | string; date: string }) => adminUrl(locale, adminPagePaths.deskBook(placeSlug, choice)),
  deskFind: (locale: Locale, placeSlug: string, query?: string) => adminUrl(locale, adminPagePaths.deskFind(placeSlug, query)),
  deskCheckIn: (locale: Locale, placeSlug: string) => adminUrl(locale, adminPagePaths.deskCheckIn(placeSlug)),
  deskBooking: (locale: Locale, placeSlug: string, code: string) => adminUrl(locale, adminPagePaths.deskBooking(placeSlug, code)),
  deskBookingCheckIn: (locale: Locale, placeSlug: string, code: string) => adminUrl(locale, adminPagePaths.deskBookingCheckIn(placeSlug, code)),
  deskBookingNoShow: (locale: Locale, placeSlug: string, code: string) => adminUrl(locale, adminPagePaths.deskBookingNoShow(placeSlug, code)),
  deskBookingCancel: (locale: Locale, placeSlug: string, code: string) => adminUrl(locale, adminPagePaths.deskBookingCancel(placeSlug, code)),
  deskBookingTicket: (locale: Locale, placeSlug: string, code: string) => adminUrl(locale, adminPagePaths.deskBookingTicket(placeSlug, code)),
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
