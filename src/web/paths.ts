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

/** Public pages, in one language. */
export const paths = {
  home: (locale: Locale) => `/${locale}/`,
  /** A page of the site given by its address within a language ("/places/x"), e.g. to switch language. */
  page: (locale: Locale, page: string) => `/${locale}${page}`,
  /** The institutions of the network, optionally of one kind. */
  places: (locale: Locale, kind?: string) => `/${locale}/places${kind === undefined ? "" : `?kind=${seg(kind)}`}`,
  place: (locale: Locale, slug: string) => `/${locale}/places/${seg(slug)}`,
  placePartners: (locale: Locale, slug: string) => `/${locale}/places/${seg(slug)}/partners`,
  visit: (locale: Locale, placeSlug: string, visitSlug: string) => `/${locale}/places/${seg(placeSlug)}/visits/${seg(visitSlug)}`,
  exhibition: (locale: Locale, slug: string) => `/${locale}/exhibitions/${seg(slug)}`,
  room: (locale: Locale, slug: string) => `/${locale}/rooms/${seg(slug)}`,
  object: (locale: Locale, slug: string) => `/${locale}/objects/${seg(slug)}`,
  person: (locale: Locale, slug: string) => `/${locale}/people/${seg(slug)}`,
  event: (locale: Locale, slug: string) => `/${locale}/events/${seg(slug)}`,
  theme: (locale: Locale, slug: string) => `/${locale}/themes/${seg(slug)}`,
  themes: (locale: Locale) => `/${locale}/themes`,
  timeline: (locale: Locale) => `/${locale}/timeline`,
  /** An event's entry on the timeline (its anchor is `event-{slug}`). */
  timelineEvent: (locale: Locale, slug: string) => `/${locale}/timeline#event-${seg(slug)}`,
  /** A record's page by its kind. */
  record: (locale: Locale, kind: PublicKind, slug: string) => `/${locale}/${KIND_FOLDERS[kind]}/${seg(slug)}`,
  /** The search page; `query` is an already encoded query string, without its "?". */
  search: (locale: Locale, query = "") => `/${locale}/search${query ? `?${query}` : ""}`,
  /** Where the booking form is sent. */
  bookings: (locale: Locale) => `/${locale}/bookings`,
  /** The booking form (its slot and party are query parameters). */
  bookingForm: (locale: Locale) => `/${locale}/bookings/new`,
  bookingCancel: (locale: Locale, code: string) => `/${locale}/bookings/${seg(code)}/cancel`,
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
};
