/** Places as the API shows them (places.presenter.ts): the list item, the place in detail, a page of them. */
import { z } from "@hono/zod-openapi";
import { audienceKind, figureQualifier, highlightKind, partnershipKind, placeKind } from "../../db/schema/places.ts";
import { accessibilityFeature, admissionCoverage } from "../../db/schema/visiting.ts";
import { exhibitionKind } from "../../db/schema/exhibitions.ts";
import { apiPath, calendarDate, inLanguage, MediaItem, pageOf, PlaceRef, slug, ThemeRef, updatedAt } from "../../web/api-schemas.ts";

const hhmm = z.string().regex(/^\d{2}:\d{2}$/).describe("Local time at the place, HH:MM.");
const themes = z.array(ThemeRef);
const media = z.array(MediaItem);

const placeHead = {
  slug,
  url: apiPath,
  kind: z.enum(placeKind.enumValues),
  name: z.string(),
  tagline: z.string().optional(),
  summary: z.string().optional(),
  coordinates: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
};

export const PlaceSummary = z.object({
  ...placeHead, city: z.string().optional(), district: z.string().optional(), ...inLanguage,
}).describe("A place as lists show it.").openapi("PlaceSummary");

export const Place = z.object({
  ...placeHead,
  shortName: z.string().optional(),
  description: z.string().optional(),
  partnersIntro: z.string().optional(),
  address: z.object({
    street: z.string().optional(), postalCode: z.string().optional(), city: z.string().optional(), district: z.string().optional(),
    countryCode: z.string().describe("ISO 3166-1 alpha-2, e.g. FR."),
  }),
  factsSource: z.string().optional().describe("Where facts not given by the content's own source come from."),
  timeZone: z.string().describe("IANA time zone of the place, e.g. Europe/Paris: every local time is in it."),
  contacts: z.object({ phone: z.string().optional(), email: z.string().optional(), website: z.string().optional() }),
  highlights: z.array(z.object({ kind: z.enum(highlightKind.enumValues), text: z.string() })),
  figures: z.array(z.object({
    value: z.number().optional(), qualifier: z.enum(figureQualifier.enumValues), unit: z.string().optional(), label: z.string(),
  })),
  openingHours: z.array(z.object({
    weekday: z.int().min(1).max(7).describe("1 = Monday … 7 = Sunday."),
    day: z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
    opens: hhmm,
    closes: hhmm,
    validFrom: calendarDate.optional(),
    validUntil: calendarDate.optional(),
  })).describe("Weekly hours; a day may have several ranges."),
  openingExceptions: z.array(z.object({
    startsOn: calendarDate, endsOn: calendarDate, closed: z.boolean(), opens: hhmm.optional(), closes: hhmm.optional(), reason: z.string().optional(),
  })).describe("Closures and special hours, each over a range of days (inclusive)."),
  admission: z.array(z.object({
    covers: z.enum(admissionCoverage.enumValues),
    exhibition: z.string().optional().describe("Slug of the exhibition covered, when covers is exhibition."),
    label: z.string(),
    isFree: z.boolean(),
    price: z.object({ amount: z.number().describe("In currency units, e.g. 12.5."), currency: z.string() }).optional()
      .describe("Absent when free, or when the price is not published."),
    isReducedRate: z.boolean(),
    minAge: z.int().optional(),
    maxAge: z.int().optional(),
    conditions: z.string().optional(),
  })),
  audience: z.array(z.object({
    audience: z.enum(audienceKind.enumValues), recommended: z.boolean(), minAge: z.int().optional(), maxAge: z.int().optional(), text: z.string(),
  })),
  accessibility: z.array(z.object({
    feature: z.enum(accessibilityFeature.enumValues),
    room: z.string().optional().describe("Slug of the room it concerns, if not the whole place."),
    value: z.number().optional(),
    unit: z.string().optional(),
    text: z.string(),
  })),
  partners: z.array(z.object({
    slug, url: apiPath, kind: z.enum(placeKind.enumValues), name: z.string(), city: z.string().optional(),
    partnership: z.enum(partnershipKind.enumValues), note: z.string().optional(),
  })),
  suggestions: z.array(z.object({
    title: z.string(), text: z.string().optional(), url: z.string().optional(), place: PlaceRef.optional(),
  })).describe("Suggestions for a next visit: another place of the network, or an outside title."),
  exhibitions: z.array(z.object({
    slug, url: apiPath, kind: z.enum(exhibitionKind.enumValues), title: z.string(), opensOn: calendarDate.optional(), closesOn: calendarDate.optional(),
  })),
  related: z.array(z.object({
    slug, url: apiPath, kind: z.enum(placeKind.enumValues), name: z.string(), city: z.string().optional(),
    reasons: z.array(z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("themes"), themes: z.array(ThemeRef).describe("Rarest in the network first.") }),
      z.object({ kind: z.literal("partner") }).describe("One of the two places lists the other as a partner."),
      z.object({ kind: z.literal("people"), people: z.array(z.object({ slug, url: apiPath, name: z.string() })).describe("People both places tell of.") }),
      z.object({ kind: z.literal("distance"), km: z.number().describe("Great-circle distance, to 0.1 km.") }),
    ])).min(1),
  })).describe("Other places of the network to visit next, best first, leaving out those the place itself suggests (at most 6)."),
  themes,
  media,
  updatedAt,
  ...inLanguage,
}).describe("A place with everything known about it.").openapi("Place");

export const PlacePage = pageOf("PlacePage", PlaceSummary, "places");
