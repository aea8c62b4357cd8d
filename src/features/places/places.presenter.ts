/** Shapes places for the API and the pages: one language, absent facts left out. */
import { createLocalizer } from "../../lib/localized-text.ts";
import type { Locale } from "../../db/schema/columns.ts";
import { hhmm, languageOf, present } from "../../web/presenting.ts";
import type { PlaceDetails, PlaceRow } from "./places.repository.ts";

const WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export const placeUrl = (slug: string) => `/api/places/${slug}`;

export function presentPlaceSummary(row: PlaceRow, locale: Locale) {
  const l = createLocalizer(locale);
  return present({
    slug: row.slug,
    url: placeUrl(row.slug),
    kind: row.kind,
    name: l.text("name", row.name),
    tagline: l.text("tagline", row.tagline),
    summary: l.text("summary", row.summary),
    city: row.city,
    district: l.text("district", row.district),
    coordinates: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
    ...languageOf(l),
  });
}

export function presentPlace(row: PlaceRow, d: PlaceDetails, locale: Locale) {
  const l = createLocalizer(locale);
  return present({
    slug: row.slug,
    url: placeUrl(row.slug),
    kind: row.kind,
    name: l.text("name", row.name),
    shortName: l.text("shortName", row.shortName),
    tagline: l.text("tagline", row.tagline),
    summary: l.text("summary", row.summary),
    description: l.text("description", row.description),
    address: present({
      street: l.text("address.street", row.streetAddress),
      postalCode: row.postalCode,
      city: row.city,
      district: l.text("address.district", row.district),
      countryCode: row.countryCode,
    }),
    coordinates: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
    factsSource: row.factsSource,
    timeZone: row.timeZone,
    contacts: present({ phone: row.phone, email: row.email, website: row.website }),
    highlights: d.highlights.map((h, i) => ({ kind: h.kind, text: l.text(`highlights.${i}`, h.text) })),
    figures: d.figures.map((f, i) => present({ value: f.value, qualifier: f.qualifier, unit: f.unit, label: l.text(`figures.${i}`, f.label) })),
    openingHours: d.hours.map((h) => present({
      weekday: h.weekday, day: WEEKDAY_NAMES[h.weekday - 1], opens: hhmm(h.opens), closes: hhmm(h.closes),
      validFrom: h.validFrom, validUntil: h.validUntil,
    })),
    openingExceptions: d.exceptions.map((e, i) => present({
      startsOn: e.startsOn, endsOn: e.endsOn, closed: e.opens === null, opens: hhmm(e.opens), closes: hhmm(e.closes),
      reason: l.text(`openingExceptions.${i}.reason`, e.reason),
    })),
    admission: d.admission.map(({ offer: a, exhibitionSlug }, i) => present({
      covers: a.covers,
      exhibition: exhibitionSlug,
      label: l.text(`admission.${i}.label`, a.label),
      isFree: a.isFree,
      price: a.priceCents === null ? null : { amount: a.priceCents / 100, currency: a.currency },
      isReducedRate: a.isReducedRate,
      minAge: a.minAge,
      maxAge: a.maxAge,
      conditions: l.text(`admission.${i}.conditions`, a.conditions),
    })),
    audience: d.audience.map((a, i) => present({
      audience: a.audience, recommended: a.recommended, minAge: a.minAge, maxAge: a.maxAge, text: l.text(`audience.${i}`, a.text),
    })),
    accessibility: d.accessibility.map(({ fact: a, roomSlug }, i) => present({
      feature: a.feature, room: roomSlug, value: a.value, unit: a.unit, text: l.text(`accessibility.${i}`, a.text),
    })),
    partners: d.partners.map(({ link, partner }, i) => present({
      slug: partner.slug, url: placeUrl(partner.slug), kind: partner.kind, name: l.text(`partners.${i}.name`, partner.name),
      city: partner.city, partnership: link.kind, note: l.text(`partners.${i}.note`, link.note),
    })),
    suggestions: d.suggestions.map(({ suggestion: s, target }, i) => present({
      title: l.text(`suggestions.${i}.title`, s.title),
      text: l.text(`suggestions.${i}.text`, s.text),
      url: s.url,
      place: target ? { slug: target.slug, url: placeUrl(target.slug), name: l.text(`suggestions.${i}.place`, target.name) } : null,
    })),
    exhibitions: d.exhibitions.map((e, i) => present({
      slug: e.slug, url: `/api/exhibitions/${e.slug}`, kind: e.kind, title: l.text(`exhibitions.${i}`, e.title),
      opensOn: e.opensOn, closesOn: e.closesOn,
    })),
    themes: d.themes.map((t, i) => ({ slug: t.slug, url: `/api/themes/${t.slug}`, name: l.text(`themes.${i}`, t.name) })),
    media: d.media.map((m, i) => present({
      slug: m.slug, kind: m.kind, title: l.text(`media.${i}.title`, m.title), description: l.text(`media.${i}.description`, m.description),
      altText: l.text(`media.${i}.altText`, m.altText), url: m.url, credit: m.credit, rights: m.rights, durationSeconds: m.durationSeconds,
    })),
    updatedAt: row.updatedAt.toISOString(),
    ...languageOf(l),
  });
}
