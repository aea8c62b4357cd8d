/** What the public booking pages show of an offer and its slots, worded in one language, and their addresses. */
import type { Locale } from "../../lib/locales.ts";
import { createLocalizer } from "../../lib/localized-text.ts";
import { presentOffer } from "./booking.presenter.ts";
import type { OfferRow, SlotView } from "./booking.service.ts";
import { languageNames, priceText, requirementLines } from "./visit-words.ts";
import { paths } from "../../web/paths.ts";
import { formatList } from "../../web/i18n/format.ts";

/** An offer as its pages show it. */
export interface VisitSummary {
  placeSlug: string;
  placeName: string;
  slug: string;
  title: string;
  description?: string;
  durationMinutes: number;
  languages?: string;
  price: string;
  partyMin: number;
  partyMax: number;
  /** Places per time: a booking rule of the museum (the offer's setting), not a fact of its history. */
  capacity: number;
  /** How to reach the museum for a group larger than a booking takes: only what the place publishes. */
  contacts: { phone?: string; email?: string; website?: string };
  /** What a visitor must know before booking, one sentence each. */
  requirements: string[];
  /** Steps, or not step-free: the form asks the visitor to say they have read the requirements. */
  needsAcknowledgement: boolean;
  online: boolean;
  address?: string;
  /** Fields shown in the other language (their `lang` attribute). */
  fallbacks?: Record<string, Locale>;
}

export function visitSummaryOf(offer: OfferRow, locale: Locale): VisitSummary {
  const presented = presentOffer(offer, locale);
  const l = createLocalizer(locale);
  const r = offer.requirements;
  const address = [l.text("street", offer.streetAddress), [offer.postalCode, offer.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return {
    placeSlug: offer.placeSlug,
    placeName: presented.placeName ?? offer.placeSlug,
    slug: offer.slug,
    title: presented.title ?? offer.slug,
    description: presented.description,
    durationMinutes: offer.durationMinutes,
    languages: offer.languages.length > 0 ? formatList(locale, offer.languages.map((code) => languageNames([code], locale))) : undefined,
    price: priceText(offer, locale),
    partyMin: offer.minParty,
    partyMax: offer.maxParty,
    capacity: offer.capacity,
    contacts: {
      ...(offer.placePhone ? { phone: offer.placePhone } : {}), ...(offer.placeEmail ? { email: offer.placeEmail } : {}),
      ...(offer.placeWebsite ? { website: offer.placeWebsite } : {}),
    },
    requirements: requirementLines(r, locale),
    needsAcknowledgement: (r.steps ?? 0) > 0 || !r.stepFree,
    online: offer.channels.includes("online"),
    address: address || undefined,
    fallbacks: presented.fallbacks,
  };
}

/** `/{lang}/places/{place}/visits/{visit}`, with the day and party chosen on it. */
export function offerPath(locale: Locale, visit: Pick<VisitSummary, "placeSlug" | "slug">, query: { date?: string; party?: number } = {}) {
  const params = new URLSearchParams();
  if (query.date) params.set("date", query.date);
  if (query.party !== undefined) params.set("party", String(query.party));
  const search = params.size > 0 ? `?${params}` : "";
  return `${paths.visit(locale, visit.placeSlug, visit.slug)}${search}`;
}

/** The booking form of a slot, for a party. */
export const bookingFormPath = (locale: Locale, slot: Pick<SlotView, "id">, party: number) => paths.bookingForm(locale, { slot: slot.id, party });

/** A slot on a calendar line: its places left, and whether the whole party fits. */
export interface TimeLine {
  slot: SlotView;
  fits: boolean;
  /** The next times that fit the party, when this one does not. */
  next?: SlotView[];
}
