/** schema.org description of a place for search engines: Museum (or its kind) and TouristAttraction. */
import type { presentPlace } from "./places.presenter.ts";
import { admissionOf } from "./places.service.ts";
import { placeSchemaType } from "../../web/schema-org.ts";

type Place = ReturnType<typeof presentPlace>;

const DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function placeJsonLd(place: Place, url: string, locale: string): object {
  return {
    "@context": "https://schema.org",
    "@type": [placeSchemaType(place.kind), "TouristAttraction"],
    "@id": url,
    url,
    name: place.name,
    inLanguage: locale,
    ...(place.summary ? { description: place.summary } : {}),
    address: {
      "@type": "PostalAddress",
      ...(place.address.street ? { streetAddress: place.address.street } : {}),
      ...(place.address.postalCode ? { postalCode: place.address.postalCode } : {}),
      ...(place.address.city ? { addressLocality: place.address.city } : {}),
      addressCountry: place.address.countryCode,
    },
    ...(place.coordinates ? { geo: { "@type": "GeoCoordinates", latitude: place.coordinates.latitude, longitude: place.coordinates.longitude } } : {}),
    openingHoursSpecification: [
      ...place.openingHours.map((h) => ({ "@type": "OpeningHoursSpecification", dayOfWeek: `https://schema.org/${DAY[h.weekday - 1]}`, opens: h.opens, closes: h.closes })),
      ...place.openingExceptions.map((e) => ({
        "@type": "OpeningHoursSpecification", validFrom: e.startsOn, validThrough: e.endsOn, opens: e.opens ?? "00:00", closes: e.closes ?? "00:00",
      })),
    ],
    isAccessibleForFree: admissionOf(place.admission) === "free",
    ...(place.admission.length > 0 ? {
      makesOffer: place.admission.map((a) => ({
        "@type": "Offer",
        name: a.label,
        ...(a.isFree ? { price: 0, priceCurrency: "EUR" } : a.price ? { price: a.price.amount, priceCurrency: a.price.currency } : {}),
      })),
    } : {}),
    ...(place.themes.length > 0 ? { keywords: place.themes.map((t) => t.name).join(", ") } : {}),
  };
}

const placeAddress = (a: { street?: string; postalCode?: string; city?: string; countryCode: string }) => ({
  "@type": "PostalAddress",
  ...(a.street ? { streetAddress: a.street } : {}),
  ...(a.postalCode ? { postalCode: a.postalCode } : {}),
  ...(a.city ? { addressLocality: a.city } : {}),
  addressCountry: a.countryCode,
});

/** A list of places as schema.org ItemList: each entry typed by its kind, linking to its page. */
export function placeListJsonLd(
  name: string, url: string, locale: string,
  items: { url: string; kind: string; name: string; description?: string; address?: Parameters<typeof placeAddress>[0] }[],
): object {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    "@id": `${url}#places`,
    name,
    url,
    inLanguage: locale,
    numberOfItems: items.length,
    itemListElement: items.map((p, i) => ({
      "@type": "ListItem",
      position: i + 1,
      item: {
        "@type": placeSchemaType(p.kind), "@id": p.url, url: p.url, name: p.name,
        ...(p.description ? { description: p.description } : {}),
        ...(p.address ? { address: placeAddress(p.address) } : {}),
      },
    })),
  };
}

/** The site itself, for the home page, with its search (`url` is the home page of one language, e.g. …/en/). */
export function webSiteJsonLd(name: string, description: string, url: string, locale: string): object {
  const search = new URL("search", url.endsWith("/") ? url : `${url}/`).href;
  return {
    "@context": "https://schema.org", "@type": "WebSite", "@id": `${url}#website`, name, description, url, inLanguage: locale,
    potentialAction: { "@type": "SearchAction", target: { "@type": "EntryPoint", urlTemplate: `${search}?q={search_term_string}` }, "query-input": "required name=search_term_string" },
  };
}
