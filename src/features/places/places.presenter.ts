/** Shapes places for the API and the pages: one language, absent facts left out. */
import { createLocalizer, type Localizer } from "../../lib/localized-text.ts";
import type { Locale } from "../../lib/locales.ts";
import { hhmm, languageOf, present } from "../../web/presenting.ts";
import { presentMediaItems } from "../media/media.presenter.ts";
import { presentThemeRefs } from "../themes/themes.presenter.ts";
import type { PlaceRow, PlaceWithDetails } from "./places.repository.ts";
import type { RelatedPlaceItem } from "./related-places.service.ts";
import type { z } from "zod";
import type { Place, PlaceSummary } from "./places.api-schemas.ts";
import { apiPaths } from "../../web/paths.ts";

const WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;


/** What a list item and the detail both show. */
const placeHead = (row: PlaceRow, l: Localizer) => ({
  slug: row.slug,
  url: apiPaths.place(row.slug),
  kind: row.kind,
  name: l.required("name", row.name),
  tagline: l.text("tagline", row.tagline),
  summary: l.text("summary", row.summary),
  coordinates: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
});

export function presentPlaceSummary(row: PlaceRow, locale: Locale): z.input<typeof PlaceSummary> {
  const l = createLocalizer(locale);
  return present({ ...placeHead(row, l), city: row.city, district: l.text("district", row.district), ...languageOf(l) });
}

/** Related places with their reasons; theme and place names in the reader's language, recorded under `related.*` when they fall back. */
function presentRelated(items: RelatedPlaceItem[], l: Localizer) {
  return items.map((p, i) => present({
    slug: p.slug, url: apiPaths.place(p.slug), kind: p.kind, name: l.required(`related.${i}.name`, p.name), city: p.city,
    reasons: p.reasons.map((r, j) => {
      if (r.kind === "themes") {
        return { kind: r.kind, themes: presentThemeRefs(r.themes, l, `related.${i}.reasons.${j}.themes`) };
      }
      if (r.kind === "people") return { kind: r.kind, people: r.people.map((x) => ({ slug: x.slug, url: apiPaths.person(x.slug), name: x.name })) };
      if (r.kind === "distance") return { kind: r.kind, km: Math.round(r.km * 10) / 10 };
      return { kind: r.kind };
    }),
  }));
}

export function presentPlace(d: PlaceWithDetails, locale: Locale, related: RelatedPlaceItem[] = []): z.input<typeof Place> {
  const { place: row } = d;
  const l = createLocalizer(locale);
  return present({
    ...placeHead(row, l),
    shortName: l.text("shortName", row.shortName),
    description: l.text("description", row.description),
    partnersIntro: l.text("partnersIntro", row.partnersIntro),
    address: present({
      street: l.text("address.street", row.streetAddress),
      postalCode: row.postalCode,
      city: row.city,
      district: l.text("address.district", row.district),
      countryCode: row.countryCode,
    }),
    factsSource: row.factsSource,
    timeZone: row.timeZone,
    contacts: present({ phone: row.phone, email: row.email, website: row.website }),
    highlights: d.highlights.map((h, i) => ({ kind: h.kind, text: l.required(`highlights.${i}`, h.text) })),
    figures: d.figures.map((f, i) => present({ value: f.value, qualifier: f.qualifier, unit: f.unit, label: l.required(`figures.${i}`, f.label) })),
    openingHours: d.hours.map((h) => present({
      weekday: h.weekday, day: WEEKDAY_NAMES[h.weekday - 1]!, opens: hhmm(h.opens), closes: hhmm(h.closes),
      validFrom: h.validFrom, validUntil: h.validUntil,
    })),
    openingExceptions: d.exceptions.map((e, i) => present({
      startsOn: e.startsOn, endsOn: e.endsOn, closed: e.opens === null, opens: hhmm(e.opens), closes: hhmm(e.closes),
      reason: l.text(`openingExceptions.${i}.reason`, e.reason),
    })),
    admission: d.admission.map((a, i) => present({
      covers: a.covers,
      exhibition: a.exhibitionSlug,
      label: l.required(`admission.${i}.label`, a.label),
      isFree: a.isFree,
      price: a.priceCents === null ? null : { amount: a.priceCents / 100, currency: a.currency },
      isReducedRate: a.isReducedRate,
      minAge: a.minAge,
      maxAge: a.maxAge,
      conditions: l.text(`admission.${i}.conditions`, a.conditions),
    })),
    audience: d.audience.map((a, i) => present({
      audience: a.audience, recommended: a.recommended, minAge: a.minAge, maxAge: a.maxAge, text: l.required(`audience.${i}`, a.text),
    })),
    accessibility: d.accessibility.map((a, i) => present({
      feature: a.feature, room: a.roomSlug, value: a.value, unit: a.unit, text: l.required(`accessibility.${i}`, a.text),
    })),
    partners: d.partners.map((p, i) => present({
      slug: p.slug, url: apiPaths.place(p.slug), kind: p.kind, name: l.required(`partners.${i}.name`, p.name),
      city: p.city, partnership: p.partnership, note: l.text(`partners.${i}.note`, p.note),
    })),
    suggestions: d.suggestions.map((s, i) => present({
      title: l.required(`suggestions.${i}.title`, s.title),
      text: l.text(`suggestions.${i}.text`, s.text),
      url: s.url,
      place: s.placeSlug ? { slug: s.placeSlug, url: apiPaths.place(s.placeSlug), name: l.required(`suggestions.${i}.place`, s.placeName) } : null,
    })),
    exhibitions: d.exhibitions.map((e, i) => present({
      slug: e.slug, url: apiPaths.exhibition(e.slug), kind: e.kind, title: l.required(`exhibitions.${i}`, e.title),
      opensOn: e.opensOn, closesOn: e.closesOn,
    })),
    related: presentRelated(related, l),
    themes: presentThemeRefs(d.themes, l),
    media: presentMediaItems(d.media, l),
    updatedAt: row.updatedAt.toISOString(),
    ...languageOf(l),
  });
}
