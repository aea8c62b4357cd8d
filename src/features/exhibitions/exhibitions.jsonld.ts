/** schema.org descriptions of exhibitions (ExhibitionEvent at their venue) and rooms (a page of the exhibition). */
import type { Locale } from "../../lib/locales.ts";
import { pageUrl } from "../../web/views/layout.tsx";
import { pagePaths } from "../../web/paths.ts";
import type { presentExhibition, presentRoom } from "./exhibitions.presenter.ts";
import type { ExhibitionVenue } from "./exhibitions.repository.ts";

type Exhibition = ReturnType<typeof presentExhibition>;
type Room = ReturnType<typeof presentRoom>;

/** The venue of an exhibition. Whatever its own kind (memorial, archives), a place showing exhibitions is a Museum to schema.org. */
function venueJsonLd(place: { slug: string; name?: string }, venue: ExhibitionVenue["place"] | undefined, siteUrl: string, locale: Locale) {
  return {
    "@type": "Museum",
    name: place.name,
    url: pageUrl(siteUrl, locale, pagePaths.place(place.slug)),
    ...(venue ? {
      address: {
        "@type": "PostalAddress",
        ...(venue.streetAddress ? { streetAddress: venue.streetAddress[locale] ?? venue.streetAddress.en ?? venue.streetAddress.fr } : {}),
        ...(venue.postalCode ? { postalCode: venue.postalCode } : {}),
        ...(venue.city ? { addressLocality: venue.city } : {}),
        addressCountry: venue.countryCode,
      },
    } : {}),
  };
}

export function exhibitionJsonLd(e: Exhibition, venue: ExhibitionVenue, free: boolean, url: string, siteUrl: string, locale: Locale): object {
  return {
    "@context": "https://schema.org",
    "@type": "ExhibitionEvent",
    "@id": url,
    url,
    name: e.title,
    inLanguage: locale,
    ...(e.summary ? { description: e.summary } : {}),
    location: venueJsonLd(e.place, venue.place, siteUrl, locale),
    ...(e.opensOn ? { startDate: e.opensOn } : {}),
    ...(e.closesOn ? { endDate: e.closesOn } : {}),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    // Said only when known to be free; nothing is claimed otherwise (the price may simply be unpublished).
    ...(free ? { isAccessibleForFree: true } : {}),
    ...(e.themes.length > 0 ? { keywords: e.themes.map((th) => th.name).join(", ") } : {}),
  };
}

export function roomJsonLd(r: Room, name: string, events: { slug: string; title?: string; start?: string | null }[], url: string, siteUrl: string, locale: Locale): object {
  const exhibitionUrl = pageUrl(siteUrl, locale, pagePaths.exhibition(r.exhibition.slug));
  return {
    "@context": "https://schema.org",
    "@type": "WebPage",
    "@id": url,
    url,
    name,
    inLanguage: locale,
    ...(r.summary ? { description: r.summary } : {}),
    isPartOf: { "@type": "WebPage", "@id": exhibitionUrl, url: exhibitionUrl, name: r.exhibition.title },
    about: { "@type": "ExhibitionEvent", name: r.exhibition.title, url: exhibitionUrl, location: venueJsonLd(r.place, undefined, siteUrl, locale) },
    ...(r.sections.length > 0 ? { hasPart: r.sections.map((s, i) => ({ "@type": "WebPageElement", position: i + 1, name: s.title, url: `${url}#section-${s.key}` })) } : {}),
    ...(events.length > 0 ? {
      mentions: events.map((e) => ({ "@type": "Event", name: e.title, url: pageUrl(siteUrl, locale, pagePaths.event(e.slug)), ...(e.start ? { startDate: e.start } : {}) })),
    } : {}),
    ...(r.themes.length > 0 ? { keywords: r.themes.map((th) => th.name).join(", ") } : {}),
  };
}
