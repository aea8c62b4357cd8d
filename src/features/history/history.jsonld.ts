/** schema.org descriptions of people, events and the timeline, for search engines and harvesters. */
import type { Locale } from "../../lib/locales.ts";
import { pageUrl } from "../../web/views/layout.tsx";
import { pagePaths } from "../../web/paths.ts";
import type { presentEvent } from "./events.presenter.ts";
import type { TimelineEvent } from "./history.views.tsx";
import type { presentPerson } from "./people.presenter.ts";

type Person = ReturnType<typeof presentPerson>;
type Event = ReturnType<typeof presentEvent>;
type StoredDate = { precision?: string; start?: string; end?: string };

/**
 * A birth or death date as schema.org takes it (ISO 8601: day, month or year), only when the stored
 * date is exactly that precise; a vague one ("before 1945") would claim more than is known.
 */
function isoDate(date: StoredDate | undefined): string | undefined {
  if (!date?.start || !date.end) return undefined;
  if (date.precision === "day") return date.start;
  if (date.precision === "month") return date.start.slice(0, 7);
  if (date.precision === "year" && date.start.endsWith("-01-01") && date.end.endsWith("-12-31")) return date.start.slice(0, 4);
  return undefined;
}

export function personJsonLd(p: Person, url: string, locale: Locale): object {
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": url,
    url,
    name: p.name,
    inLanguage: locale,
    ...(p.givenName ? { givenName: p.givenName } : {}),
    ...(p.familyName ? { familyName: p.familyName } : {}),
    ...(p.title ? { honorificPrefix: p.title } : {}),
    ...(p.aliases.length > 0 ? { alternateName: p.aliases.map((a) => a.name) } : {}),
    ...(p.summary ? { description: p.summary } : {}),
    ...(isoDate(p.birth) ? { birthDate: isoDate(p.birth) } : {}),
    ...(isoDate(p.death) ? { deathDate: isoDate(p.death) } : {}),
    ...(p.roles.length > 0 ? { hasOccupation: p.roles.map((r) => ({ "@type": "Role", roleName: r.role })) } : {}),
  };
}

export function eventLocation(e: Pick<Event, "location">, siteUrl: string, locale: Locale): object | undefined {
  const loc = e.location;
  if (!loc) return undefined;
  return {
    "@type": "Place",
    name: loc.place?.name ?? loc.name,
    ...(loc.place ? { url: pageUrl(siteUrl, locale, pagePaths.place(loc.place.slug)) } : {}),
    ...("latitude" in loc && loc.latitude !== undefined && loc.longitude !== undefined
      ? { geo: { "@type": "GeoCoordinates", latitude: loc.latitude, longitude: loc.longitude } } : {}),
  };
}

export function eventJsonLd(e: Event, url: string, siteUrl: string, locale: Locale): object {
  const location = eventLocation(e, siteUrl, locale);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    url,
    name: e.title,
    inLanguage: locale,
    ...(e.summary ? { description: e.summary } : {}),
    // The first and last possible day: "mid-April 1945" is 1945-04-11 to 1945-04-20.
    ...(e.date?.start ? { startDate: e.date.start } : {}),
    ...(e.date?.end ? { endDate: e.date.end } : {}),
    ...(location ? { location } : {}),
    ...(e.people.length > 0 ? { about: e.people.map((p) => ({ "@type": "Person", name: p.name, url: pageUrl(siteUrl, locale, pagePaths.person(p.slug)) })) } : {}),
    ...(e.themes.length > 0 ? { keywords: e.themes.map((th) => th.name).join(", ") } : {}),
  };
}

export function timelineJsonLd(events: TimelineEvent[], url: string, siteUrl: string, locale: Locale, name: string): object {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    "@id": url,
    url,
    name,
    inLanguage: locale,
    itemListOrder: "https://schema.org/ItemListOrderAscending",
    numberOfItems: events.length,
    itemListElement: events.map((e, i) => ({
      "@type": "ListItem",
      position: i + 1,
      url: pageUrl(siteUrl, locale, pagePaths.event(e.slug)),
      name: e.title,
    })),
  };
}
