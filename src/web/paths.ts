/**
 * Addresses of the public pages and of the JSON API, built in one place. Every data segment (a
 * slug, a code) is written with encodeURIComponent, so a value that is not a clean slug still
 * makes a valid address; the routers' patterns (`/places/:slug`) stay in the routers.
 */
import type { Locale } from "../lib/locales.ts";

/** The kinds of record that have a public page and an API address. */
export type PublicKind = "place" | "exhibition" | "room" | "object" | "person" | "event" | "theme";

/** The folder of each kind, in page and API addresses alike: /fr/people/…, /api/people/…. */
export const KIND_FOLDERS: Record<PublicKind, string> = {
  place: "places", exhibition: "exhibitions", room: "rooms", object: "objects", person: "people", event: "events", theme: "themes",
};

const seg = (value: string | number) => encodeURIComponent(String(value));

/** A secret given as a query, for a visitor's own booking pages. */
const secretQuery = (secret?: string) => (secret === undefined ? "" : `?secret=${encodeURIComponent(secret)}`);

/**
 * Public pages by their address within a language ("/places/x"): what a page's layout takes as
 * its `path` (canonical, hreflang, language switch) and what `pageUrl` makes absolute.
 */
export const pagePaths = {
  home: () => "/",
  /** The institutions of the network, optionally of one kind. */
  places: (kind?: string) => `/places${kind === undefined ? "" : `?kind=${seg(kind)}`}`,
  place: (slug: string) => `/places/${seg(slug)}`,
  placePartners: (slug: string) => `/places/${seg(slug)}/partners`,
  visit: (placeSlug: string, visitSlug: string) => `/places/${seg(placeSlug)}/visits/${seg(visitSlug)}`,
  exhibition: (slug: string) => `/exhibitions/${seg(slug)}`,
  room: (slug: string) => `/rooms/${seg(slug)}`,
  object: (slug: string) => `/objects/${seg(slug)}`,
  person: (slug: string) => `/people/${seg(slug)}`,
  event: (slug: string) => `/events/${seg(slug)}`,
  /** The index of people, and of events. */
  people: () => "/people",
  events: () => "/events",
  theme: (slug: string) => `/themes/${seg(slug)}`,
  themes: () => "/themes",
  timeline: () => "/timeline",
  /** An event's entry on the timeline (its anchor is `event-{slug}`). */
  timelineEvent: (slug: string) => `/timeline#event-${seg(slug)}`,
  /** A record's page by its kind. */
  record: (kind: PublicKind, slug: string) => `/${KIND_FOLDERS[kind]}/${seg(slug)}`,
  /** The search page; `query` is an already encoded query string, without its "?". */
  search: (query = "") => `/search${query ? `?${query}` : ""}`,
  /** Where the booking form is sent. */
  bookings: () => "/bookings",
  /** The booking form, optionally with its slot and party chosen. */
  bookingForm: (choice?: { slot: number | string; party: number }) =>
    `/bookings/new${choice === undefined ? "" : `?slot=${seg(choice.slot)}&party=${seg(choice.party)}`}`,
  /** A visitor's own booking; its secret, when given, goes in the query. */
  booking: (code: string, secret?: string) => `/bookings/${seg(code)}${secretQuery(secret)}`,
  bookingCancel: (code: string, secret?: string) => `/bookings/${seg(code)}/cancel${secretQuery(secret)}`,
};

/** Public pages, in one language: `/{locale}` and the page's address within it. */
export const paths = {
  home: (locale: Locale) => `/${locale}${pagePaths.home()}`,
  /** A page of the site given by its address within a language ("/places/x"), e.g. to switch language. */
  page: (locale: Locale, page: string) => `/${locale}${page}`,
  places: (locale: Locale, kind?: string) => `/${locale}${pagePaths.places(kind)}`,
  place: (locale: Locale, slug: string) => `/${locale}${pagePaths.place(slug)}`,
  placePartners: (locale: Locale, slug: string) => `/${locale}${pagePaths.placePartners(slug)}`,
  visit: (locale: Locale, placeSlug: string, visitSlug: string) => `/${locale}${pagePaths.visit(placeSlug, visitSlug)}`,
  exhibition: (locale: Locale, slug: string) => `/${locale}${pagePaths.exhibition(slug)}`,
  room: (locale: Locale, slug: string) => `/${locale}${pagePaths.room(slug)}`,
  object: (locale: Locale, slug: string) => `/${locale}${pagePaths.object(slug)}`,
  person: (locale: Locale, slug: string) => `/${locale}${pagePaths.person(slug)}`,
  event: (locale: Locale, slug: string) => `/${locale}${pagePaths.event(slug)}`,
  people: (locale: Locale) => `/${locale}${pagePaths.people()}`,
  events: (locale: Locale) => `/${locale}${pagePaths.events()}`,
  theme: (locale: Locale, slug: string) => `/${locale}${pagePaths.theme(slug)}`,
  themes: (locale: Locale) => `/${locale}${pagePaths.themes()}`,
  timeline: (locale: Locale) => `/${locale}${pagePaths.timeline()}`,
  timelineEvent: (locale: Locale, slug: string) => `/${locale}${pagePaths.timelineEvent(slug)}`,
  record: (locale: Locale, kind: PublicKind, slug: string) => `/${locale}${pagePaths.record(kind, slug)}`,
  search: (locale: Locale, query = "") => `/${locale}${pagePaths.search(query)}`,
  bookings: (locale: Locale) => `/${locale}${pagePaths.bookings()}`,
  bookingForm: (locale: Locale, choice?: { slot: number | string; party: number }) => `/${locale}${pagePaths.bookingForm(choice)}`,
  booking: (locale: Locale, code: string, secret?: string) => `/${locale}${pagePaths.booking(code, secret)}`,
  bookingCancel: (locale: Locale, code: string, secret?: string) => `/${locale}${pagePaths.bookingCancel(code, secret)}`,
};

/** Addresses of the JSON API (one language for all: the language is a query parameter). */
export const apiPaths = {
  places: () => "/api/places",
  place: (slug: string) => `/api/places/${seg(slug)}`,
  exhibition: (slug: string) => `/api/exhibitions/${seg(slug)}`,
  room: (slug: string) => `/api/rooms/${seg(slug)}`,
  object: (slug: string) => `/api/objects/${seg(slug)}`,
  person: (slug: string) => `/api/people/${seg(slug)}`,
  event: (slug: string) => `/api/events/${seg(slug)}`,
  theme: (slug: string) => `/api/themes/${seg(slug)}`,
  record: (kind: PublicKind, slug: string) => `/api/${KIND_FOLDERS[kind]}/${seg(slug)}`,
  offerSlots: (offerId: number | string) => `/api/offers/${seg(offerId)}/slots`,
  /** A booking's .ics; its secret, when given, goes in the query. */
  bookingCalendar: (code: string, secret?: string) => `/api/bookings/${seg(code)}/calendar.ics${secretQuery(secret)}`,
};
