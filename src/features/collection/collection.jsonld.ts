/** schema.org description of a collection object: its kind of work, credit, and the institution holding it. */
import type { Locale } from "../../lib/locales.ts";
import { pageUrl } from "../../web/views/layout.tsx";
import { pagePaths } from "../../web/paths.ts";
import type { presentObject } from "./collection.presenter.ts";

type CollectionObject = ReturnType<typeof presentObject>;

/** The closest schema.org type per object type; anything else is a CreativeWork. */
const SCHEMA_TYPE: Record<string, string> = {
  collection: "Collection", photograph: "Photograph", archive: "ArchiveComponent", document: "ArchiveComponent", letter: "ArchiveComponent",
  film: "Movie", video: "VideoObject", drawing: "Drawing", poster: "Poster", audio: "AudioObject",
};

export function objectJsonLd(o: CollectionObject, url: string, siteUrl: string, locale: Locale): object {
  const holder = { "@type": "Organization", name: o.holder.name, url: pageUrl(siteUrl, locale, pagePaths.place(o.holder.slug)) };
  const date = o.date;
  return {
    "@context": "https://schema.org",
    "@type": SCHEMA_TYPE[o.type] ?? "CreativeWork",
    "@id": url,
    url,
    name: o.title,
    inLanguage: locale,
    ...(o.summary ? { description: o.summary } : {}),
    ...(o.credit ? { creditText: o.credit } : {}),
    ...(o.rights ? { copyrightNotice: o.rights } : {}),
    ...(o.inventoryNumber ? { identifier: o.inventoryNumber } : {}),
    provider: holder,
    // An archive component names the archive that holds it.
    ...(SCHEMA_TYPE[o.type] === "ArchiveComponent" ? { holdingArchive: holder } : {}),
    // As precise as known: a day is dateCreated, anything vaguer an interval of first and last possible day.
    ...(date?.precision === "day" && date.start ? { dateCreated: date.start }
      : date?.start || date?.end ? { temporalCoverage: `${date.start ?? ".."}/${date.end ?? ".."}` } : {}),
    ...(o.partOf ? { isPartOf: { "@type": "Collection", name: o.partOf.title, url: pageUrl(siteUrl, locale, pagePaths.object(o.partOf.slug)) } } : {}),
    ...(o.parts.length > 0 ? { hasPart: o.parts.map((p) => ({ "@type": SCHEMA_TYPE[p.type] ?? "CreativeWork", name: p.title, url: pageUrl(siteUrl, locale, pagePaths.object(p.slug)) })) } : {}),
    ...(o.people.length > 0 ? { about: o.people.map((p) => ({ "@type": "Person", name: p.name, url: pageUrl(siteUrl, locale, pagePaths.person(p.slug)) })) } : {}),
    ...(o.themes.length > 0 ? { keywords: o.themes.map((th) => th.name).join(", ") } : {}),
    ...(o.media.some((m) => m.kind === "image" && m.url) ? { image: o.media.filter((m) => m.kind === "image" && m.url).map((m) => m.url) } : {}),
  };
}
