/** The content kinds as the API shows them (features/<kind>/<kind>.presenter.ts), list items and details. */
import { z } from "zod";
import { objectType } from "../../db/schema/collection.ts";
import { exhibitionKind } from "../../db/schema/exhibitions.ts";
import { aliasKind, eventKind } from "../../db/schema/history.ts";
import {
  accessibilityFeature, admissionCoverage, audienceKind, figureQualifier, highlightKind, partnershipKind, placeKind,
} from "../../db/schema/places.ts";
import {
  apiPath, calendarDate, FuzzyDate, inLanguage, MediaItem, mediumFields, named, pageOf, PlaceRef, slug, ThemeRef, TitledRef, updatedAt,
} from "./api-shapes.ts";

const hhmm = z.string().regex(/^\d{2}:\d{2}$/).describe("Local time at the place, HH:MM.");
const themes = z.array(ThemeRef);
const media = z.array(MediaItem);
const ObjectRef = named("ObjectRef", z.object({ slug, url: apiPath, type: z.enum(objectType.enumValues), title: z.string() })
  .describe("A link to a collection object."));

// Places ------------------------------------------------------------------------------------------

const placeHead = {
  slug,
  url: apiPath,
  kind: z.enum(placeKind.enumValues),
  name: z.string(),
  tagline: z.string().optional(),
  summary: z.string().optional(),
  coordinates: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
};

export const PlaceSummary = named("PlaceSummary", z.object({
  ...placeHead, city: z.string().optional(), district: z.string().optional(), ...inLanguage,
}).describe("A place as lists show it."));

export const Place = named("Place", z.object({
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
}).describe("A place with everything known about it."));

export const PlacePage = pageOf("PlacePage", PlaceSummary, "places");

// Exhibitions and rooms ---------------------------------------------------------------------------

const exhibitionHead = {
  slug,
  url: apiPath,
  kind: z.enum(exhibitionKind.enumValues),
  title: z.string(),
  summary: z.string().optional(),
  place: PlaceRef,
  opensOn: calendarDate.optional(),
  closesOn: calendarDate.optional(),
};

export const ExhibitionSummary = named("ExhibitionSummary", z.object({ ...exhibitionHead, ...inLanguage }).describe("An exhibition as lists show it."));

export const Exhibition = named("Exhibition", z.object({
  ...exhibitionHead,
  description: z.string().optional(),
  rooms: z.array(z.object({ slug, url: apiPath, number: z.int().optional(), title: z.string() })).describe("In visiting order."),
  themes,
  media,
  updatedAt,
  ...inLanguage,
}).describe("An exhibition and its rooms."));

export const ExhibitionPage = pageOf("ExhibitionPage", ExhibitionSummary, "exhibitions");

const roomHead = {
  slug,
  url: apiPath,
  number: z.int().optional().describe("The number shown on site."),
  title: z.string(),
  subtitle: z.string().optional(),
  summary: z.string().optional(),
  exhibition: TitledRef,
  place: PlaceRef,
};

export const RoomSummary = named("RoomSummary", z.object({ ...roomHead, ...inLanguage }).describe("A room as lists show it."));

export const Room = named("Room", z.object({
  ...roomHead,
  description: z.string().optional(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), body: z.string().optional(), media })),
  objects: z.array(ObjectRef),
  themes,
  media,
  accessibility: z.array(z.object({
    feature: z.enum(accessibilityFeature.enumValues), value: z.number().optional(), unit: z.string().optional(), text: z.string(),
  })),
  updatedAt,
  ...inLanguage,
}).describe("A room of an exhibition, its sections and the objects shown in it."));

export const RoomPage = pageOf("RoomPage", RoomSummary, "rooms");

// Collection objects ------------------------------------------------------------------------------

const objectHead = {
  slug,
  url: apiPath,
  type: z.enum(objectType.enumValues),
  title: z.string(),
  summary: z.string().optional(),
  date: FuzzyDate.optional(),
  holder: PlaceRef.describe("The place that holds it."),
  partOf: TitledRef.optional().describe("The collection it belongs to."),
};

export const ObjectSummary = named("ObjectSummary", z.object({ ...objectHead, ...inLanguage }).describe("An object as lists show it."));

export const CollectionObject = named("Object", z.object({
  ...objectHead,
  description: z.string().optional(),
  parts: z.array(ObjectRef),
  itemCount: z.int().optional(),
  itemCountQualifier: z.string().optional(),
  provenance: z.string().optional(),
  credit: z.string().optional(),
  rights: z.string().optional(),
  inventoryNumber: z.string().optional(),
  people: z.array(z.object({ slug, url: apiPath, name: z.string(), role: z.string().optional() })),
  events: z.array(TitledRef),
  places: z.array(PlaceRef).describe("Places it concerns (not the one holding it)."),
  rooms: z.array(z.object({ slug, url: apiPath, number: z.int().optional(), title: z.string(), exhibition: TitledRef }))
    .describe("Rooms where it is shown."),
  themes,
  media,
  updatedAt,
  ...inLanguage,
}).describe("An object of a collection, or a group of objects."));

export const ObjectPage = pageOf("ObjectPage", ObjectSummary, "collection objects");

// People and events -------------------------------------------------------------------------------

const personHead = {
  slug,
  url: apiPath,
  name: z.string(),
  title: z.string().optional().describe("What the person is known as, e.g. a rank or office."),
  summary: z.string().optional(),
  birth: FuzzyDate.optional(),
  death: FuzzyDate.optional(),
};

export const PersonSummary = named("PersonSummary", z.object({ ...personHead, ...inLanguage }).describe("A person as lists show them."));

export const Person = named("Person", z.object({
  ...personHead,
  givenName: z.string().optional(),
  familyName: z.string().optional(),
  description: z.string().optional(),
  aliases: z.array(z.object({ name: z.string(), kind: z.enum(aliasKind.enumValues), note: z.string().optional() })),
  roles: z.array(z.object({ role: z.string(), place: PlaceRef.optional(), period: FuzzyDate.optional() })),
  events: z.array(z.object({ slug, url: apiPath, title: z.string(), date: FuzzyDate.optional(), role: z.string().optional() })),
  objects: z.array(z.object({ slug, url: apiPath, type: z.enum(objectType.enumValues), title: z.string(), role: z.string().optional() })),
  media,
  updatedAt,
  ...inLanguage,
}).describe("A person of the network's history."));

export const PersonPage = pageOf("PersonPage", PersonSummary, "people");

const eventLocation = { name: z.string().optional(), place: PlaceRef.optional() };
const whereItHappened = "Where it happened; absent when nothing is known.";

const eventHead = {
  slug,
  url: apiPath,
  kind: z.enum(eventKind.enumValues),
  title: z.string(),
  summary: z.string().optional(),
  date: FuzzyDate.optional(),
  location: z.object(eventLocation).optional().describe(whereItHappened),
};

export const EventSummary = named("EventSummary", z.object({ ...eventHead, ...inLanguage }).describe("An event as lists show it."));

export const HistoricalEvent = named("Event", z.object({
  ...eventHead,
  location: z.object({ ...eventLocation, latitude: z.number().optional(), longitude: z.number().optional() }).optional().describe(whereItHappened),
  description: z.string().optional(),
  factsSource: z.string().optional(),
  people: z.array(z.object({ slug, url: apiPath, name: z.string(), role: z.string().optional() })),
  objects: z.array(ObjectRef),
  themes,
  media,
  updatedAt,
  ...inLanguage,
}).describe("A historical event."));

export const EventPage = pageOf("EventPage", EventSummary, "events, in date order");

// Themes and media --------------------------------------------------------------------------------

const themeHead = { slug, url: apiPath, name: z.string(), description: z.string().optional() };

export const ThemeSummary = named("ThemeSummary", z.object({ ...themeHead, ...inLanguage }).describe("A theme as lists show it."));

export const Theme = named("Theme", z.object({
  ...themeHead,
  places: z.array(PlaceRef),
  exhibitions: z.array(TitledRef),
  rooms: z.array(TitledRef),
  objects: z.array(TitledRef),
  events: z.array(TitledRef),
  updatedAt,
  ...inLanguage,
}).describe("A theme and the records tagged with it."));

export const ThemePage = pageOf("ThemePage", ThemeSummary, "themes");

export const Medium = named("Medium", z.object({
  ...mediumFields,
  owner: z.object({
    type: z.enum(["place", "exhibition", "room", "section", "object", "person", "event"]),
    slug: z.string().describe("The owner's slug; for a room section, its room's."),
    key: z.string().optional().describe("For a room section: the section's key."),
    url: apiPath,
  }).optional().describe("The record the medium belongs to."),
  ...inLanguage,
}).describe("An image, film or other medium and the record it belongs to."));

export const MediumPage = pageOf("MediumPage", Medium, "media");
