/**
 * The dataset format: what `dataset/` holds as YAML, what `remembrance export` writes as JSON and
 * what `remembrance import` reads. Records refer to each other by slug, never by database id, so a
 * dataset moves between installations unchanged.
 */
import { z } from "zod";
import { BOOKING_CHANNELS } from "../../db/schema/bookings.ts";
import { FuzzyDateError, parseFuzzyDate } from "../../lib/fuzzy-date.ts";
import { slug } from "../../lib/slug.ts";

/**
 * A rule's English message with a stable code in `params`: the back office translates the issue by
 * its code (web/admin/forms/form-errors.ts), so rewording the English never loses the French.
 */
const rule = (code: string, message: string, path?: PropertyKey[]) => ({ message, params: { code }, ...(path ? { path } : {}) });

const text = z.string().trim().refine((t) => t.length > 0, rule("empty_text", "must not be empty"));

/** A text in English and/or French; at least one language must be given. */
export const localizedText = z
  .object({ en: text.optional(), fr: text.optional() })
  .strict()
  .refine((t) => t.en !== undefined || t.fr !== undefined, rule("text_language", "give the text in at least one language (en, fr)"));

export const fuzzyDateText = z.string().superRefine((value, ctx) => {
  try {
    parseFuzzyDate(value);
  } catch (error) {
    if (!(error instanceof FuzzyDateError)) throw error;
    ctx.addIssue({ code: "custom", message: error.message, params: { ...error.params, code: error.code } });
  }
});

const isoDate = z.iso.date("must be a date written YYYY-MM-DD");
const clockTime = z.string().refine((t) => /^([01]\d|2[0-3]):[0-5]\d$/.test(t), rule("clock_time", "must be a time written HH:MM, e.g. 10:00"));
const age = z.int().min(0).max(120);
const position = <T extends z.ZodType>(item: T) => z.array(item).default([]);

export const mediumSchema = z.object({
  slug,
  kind: z.enum(["image", "film", "video", "audio", "document"]),
  title: localizedText,
  description: localizedText.optional(),
  altText: localizedText.optional(),
  url: z.string().min(1).optional(),
  credit: z.string().optional(),
  rights: z.string().optional(),
  durationSeconds: z.int().positive().optional(),
}).strict().refine((m) => m.kind !== "image" || m.altText !== undefined, rule("image_alt_text", "an image needs altText", ["altText"]));

const media = position(mediumSchema);
/** A set of slugs (themes, linked events...): order carries no meaning, so it is kept sorted. */
const slugSet = () => z.array(slug).default([]).transform((slugs) => [...new Set(slugs)].sort());
const themeSlugs = slugSet();

export const DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const dayName = z.enum(DAY_NAMES);

export const openingHoursSchema = z.object({
  days: z.array(dayName).min(1),
  opens: clockTime,
  closes: clockTime,
  validFrom: isoDate.optional(),
  validUntil: isoDate.optional(),
}).strict().refine((h) => h.opens < h.closes, rule("hours_order", "opens must be before closes", ["closes"]));

export const openingExceptionSchema = z.object({
  startsOn: isoDate,
  endsOn: isoDate,
  closed: z.boolean(),
  opens: clockTime.optional(),
  closes: clockTime.optional(),
  reason: localizedText.optional(),
}).strict()
  .refine((e) => e.startsOn <= e.endsOn, rule("period_order", "endsOn must not be before startsOn", ["endsOn"]))
  .refine((e) => e.closed === (e.opens === undefined && e.closes === undefined), rule("special_hours", "a closure has no hours; special hours need both opens and closes", ["opens"]));

export const admissionOfferSchema = z.object({
  covers: z.enum(["whole_site", "permanent_collection", "temporary_exhibitions", "exhibition", "guided_visit"]),
  exhibition: slug.optional(),
  label: localizedText,
  isFree: z.boolean(),
  priceCents: z.int().min(0).optional(),
  currency: z.string().length(3).default("EUR"),
  isReducedRate: z.boolean().default(false),
  minAge: age.optional(),
  maxAge: age.optional(),
  conditions: localizedText.optional(),
}).strict()
  .refine((o) => !(o.isFree && (o.priceCents ?? 0) > 0), rule("free_offer_price", "a free offer has no price", ["priceCents"]))
  .refine((o) => (o.covers === "exhibition") === (o.exhibition !== undefined), rule("offer_exhibition", "give exhibition exactly when covers is exhibition", ["exhibition"]));

/** A set of values kept in a fixed order (the order of `all`), so a document reads the same however it was written. */
const orderedSet = <T extends string>(all: readonly T[]) => (values: T[]) => all.filter((v) => values.includes(v));

/** Each value of a list at most once: a repeat is reported on the repeat, naming the value. */
const uniqueIn = (what: string) => (values: string[], ctx: z.RefinementCtx) => {
  values.forEach((v, i) => {
    if (values.indexOf(v) < i) ctx.addIssue({ code: "custom", path: [i], message: `${what} "${v}" is listed twice`, params: { code: "duplicate", value: v } });
  });
};

/** A weekly pattern of a timed visit's start times (see features/booking/slot-rules.ts). */
export const visitScheduleSchema = z.object({
  days: z.array(dayName).refine((days) => days.length > 0, rule("visit_days", "choose at least one day")).transform(orderedSet(DAY_NAMES)),
  times: z.array(clockTime).refine((times) => times.length > 0, rule("visit_times", "give at least one start time")).superRefine(uniqueIn("start time")),
  validFrom: isoDate.optional(),
  validUntil: isoDate.optional(),
}).strict().refine((s) => s.validFrom === undefined || s.validUntil === undefined || s.validFrom <= s.validUntil, rule("period_order", "validUntil must not be before validFrom", ["validUntil"]));

/**
 * The price per person: `{ free: true }`, or `{ amountCents: 500 }` (in euros); `price: free` is
 * accepted as a shorthand. Left out, the price is not stated (visitors are told it is given at the museum).
 */
export const visitPriceSchema = z.preprocess((v) => (v === "free" ? { free: true } : v), z.object({
  free: z.boolean().optional(),
  amountCents: z.int().min(0).max(100_000_000).optional(),
}).strict()
  .refine((p) => !(p.free && p.amountCents !== undefined), rule("free_visit_price", "a free visit has no price", ["amountCents"]))
  .refine((p) => p.free || p.amountCents !== undefined, rule("visit_price", "give amountCents, or free: true (leave price out when it is not stated)", ["amountCents"]))
  .transform((p): { free: true } | { amountCents: number } => (p.free ? { free: true } : { amountCents: p.amountCents! })));

/** What a visitor must know before booking (stored as VisitRequirements). */
export const visitRequirementsSchema = z.object({
  /** Steps to go down or up, if any. */
  steps: z.int().min(0).max(10_000).optional(),
  stepFree: z.boolean().default(false),
  minimumAge: age.optional(),
  headset: z.boolean().default(false),
  notes: localizedText.optional(),
}).strict().refine((r) => !(r.stepFree && (r.steps ?? 0) > 0), rule("step_free_steps", "a step-free visit has no steps", ["steps"]));

/** A bookable timed visit of a place: what it is, who may come, and when it starts. */
export const visitSchema = z.object({
  slug,
  title: localizedText,
  description: localizedText.optional(),
  durationMinutes: z.int().min(1).max(1440),
  /** Places per slot. */
  capacity: z.int().min(1).max(10_000),
  partySize: z.object({
    min: z.int().min(1).default(1),
    max: z.int().min(1).max(1000),
  }).strict().refine((p) => p.min <= p.max, rule("party_order", "the smallest party must not be larger than the largest", ["min"])),
  /** Languages the visit is given in, as two-letter codes (e.g. fr, en); a set, kept sorted. */
  languages: z.array(z.string().refine((c) => /^[a-z]{2}$/.test(c), rule("language_code", "must be a two-letter language code, e.g. fr")))
    .default([]).transform((codes) => [...new Set(codes)].sort()),
  price: visitPriceSchema.optional(),
  requirements: visitRequirementsSchema.default({ stepFree: false, headset: false }),
  /** Where it can be booked: online (website and API), onsite (at the museum only). */
  channels: z.array(z.enum(BOOKING_CHANNELS)).refine((channels) => channels.length > 0, rule("booking_channels", "choose at least one channel: online or onsite")).transform(orderedSet(BOOKING_CHANNELS)),
  schedule: z.array(visitScheduleSchema).default([]),
  /** How many days ahead it can be booked. */
  bookingHorizonDays: z.int().min(1).max(366).default(60),
  /** The most places one e-mail address may hold online on one day of this visit; unset: twice the largest party. */
  placesPerEmailPerDay: z.int().min(1).max(100_000).optional(),
  /** Where facts not in the content's source come from (e.g. a capacity set by the museum). */
  factsSource: z.string().optional(),
}).strict().refine((v) => v.partySize.max <= v.capacity, rule("party_capacity", "the largest party must not be larger than the capacity of a slot", ["partySize", "max"]))
  .refine((v) => v.placesPerEmailPerDay === undefined || v.placesPerEmailPerDay >= v.partySize.max,
    rule("places_per_email", "must be at least the largest party (one booking of the largest party must be possible)", ["placesPerEmailPerDay"]));

export const placeSchema = z.object({
  slug,
  status: z.enum(["draft", "published"]).default("published"),
  kind: z.enum(["museum", "memorial", "archive", "historic_site", "cinema", "library", "research_centre", "monument"]),
  name: localizedText,
  shortName: localizedText.optional(),
  tagline: localizedText.optional(),
  summary: localizedText.optional(),
  description: localizedText.optional(),
  partnersIntro: localizedText.optional(),
  address: z.object({
    street: localizedText.optional(),
    postalCode: z.string().optional(),
    city: z.string().optional(),
    district: localizedText.optional(),
    countryCode: z.string().length(2).default("FR"),
  }).strict().default({ countryCode: "FR" }),
  coordinates: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).strict().optional(),
  /** Where facts not given by the seed pages come from (e.g. coordinates). */
  factsSource: z.string().optional(),
  timeZone: z.string().default("Europe/Paris"),
  contacts: z.object({ phone: z.string().optional(), email: z.email().optional(), website: z.url().optional() }).strict().default({}),
  highlights: position(z.object({ kind: z.enum(["we_love", "we_also_like"]), text: localizedText }).strict()),
  figures: position(z.object({
    value: z.number().optional(),
    qualifier: z.enum(["exactly", "about", "nearly", "more_than", "over", "millions", "round"]).default("exactly"),
    unit: z.string().optional(),
    label: localizedText,
  }).strict()),
  openingHours: position(openingHoursSchema),
  openingExceptions: position(openingExceptionSchema),
  admission: position(admissionOfferSchema),
  audience: position(z.object({
    audience: z.enum(["everyone", "families", "children", "teenagers", "adults", "school_groups", "researchers"]),
    recommended: z.boolean().default(true),
    minAge: age.optional(),
    maxAge: age.optional(),
    text: localizedText,
  }).strict()),
  accessibility: position(z.object({
    feature: z.enum(["steps", "step_free", "lift", "underground", "headset", "audio_guide", "sign_language", "seating", "other"]),
    room: slug.optional(),
    value: z.number().optional(),
    unit: z.string().optional(),
    text: localizedText,
  }).strict()),
  partners: position(z.object({
    place: slug,
    kind: z.enum(["partner_museum", "network_member", "sister_site"]).default("partner_museum"),
    note: localizedText.optional(),
  }).strict()),
  suggestions: position(z.object({
    place: slug.optional(),
    title: localizedText,
    text: localizedText.optional(),
    url: z.url().optional(),
  }).strict()),
  /** Bookable timed visits; their slugs are unique within the place. */
  visits: z.array(visitSchema).superRefine((visits, ctx) => {
    visits.forEach((v, i) => {
      if (visits.findIndex((w) => w.slug === v.slug) < i) {
        ctx.addIssue({ code: "custom", path: [i, "slug"], message: `visit "${v.slug}" is listed twice`, params: { code: "duplicate", value: v.slug } });
      }
    });
  }).default([]),
  themes: themeSlugs,
  media,
}).strict();

export const roomSchema = z.object({
  slug,
  status: z.enum(["draft", "published"]).default("published"),
  number: z.int().positive().optional(),
  title: localizedText,
  subtitle: localizedText.optional(),
  summary: localizedText.optional(),
  description: localizedText.optional(),
  sections: position(z.object({
    key: slug,
    title: localizedText,
    body: localizedText.optional(),
    media,
  }).strict()),
  objects: z.array(slug).default([]),
  /** Events the room tells, in the room's order. */
  events: z.array(slug).default([]),
  themes: themeSlugs,
  media,
}).strict();

export const exhibitionSchema = z.object({
  slug,
  status: z.enum(["draft", "published"]).default("published"),
  place: slug,
  kind: z.enum(["permanent", "temporary"]),
  title: localizedText,
  summary: localizedText.optional(),
  description: localizedText.optional(),
  opensOn: isoDate.optional(),
  closesOn: isoDate.optional(),
  rooms: position(roomSchema),
  themes: themeSlugs,
  media,
}).strict();

export const collectionObjectSchema = z.object({
  slug,
  status: z.enum(["draft", "published"]).default("published"),
  holder: slug,
  partOf: slug.optional(),
  type: z.enum(["collection", "object", "photograph", "film", "video", "archive", "document", "letter", "drawing",
    "furniture", "uniform", "weapon", "poster", "audio"]),
  title: localizedText,
  summary: localizedText.optional(),
  description: localizedText.optional(),
  date: fuzzyDateText.optional(),
  itemCount: z.int().positive().optional(),
  itemCountQualifier: z.enum(["exactly", "about", "nearly", "more_than", "over", "round"]).optional(),
  provenance: localizedText.optional(),
  credit: localizedText.optional(),
  rights: z.string().optional(),
  inventoryNumber: z.string().optional(),
  people: position(z.object({ person: slug, role: localizedText.optional() }).strict()),
  events: slugSet(),
  places: slugSet(),
  themes: themeSlugs,
  media,
}).strict();

export const personSchema = z.object({
  slug,
  status: z.enum(["draft", "published"]).default("published"),
  name: text,
  givenName: z.string().optional(),
  familyName: z.string().optional(),
  title: localizedText.optional(),
  summary: localizedText.optional(),
  description: localizedText.optional(),
  birth: fuzzyDateText.optional(),
  death: fuzzyDateText.optional(),
  /** The place whose staff keep this record; absent: the network's, kept by administrators. */
  owner: slug.optional(),
  aliases: position(z.object({
    name: text,
    kind: z.enum(["birth_name", "nom_de_guerre", "title", "spelling_variant", "later_name"]),
    note: localizedText.optional(),
  }).strict()),
  roles: position(z.object({ role: localizedText, place: slug.optional(), period: fuzzyDateText.optional() }).strict()),
  media,
  /** Where facts not in the content's source come from (e.g. given names added by the editors). */
  factsSource: z.string().optional(),
}).strict();

export const eventSchema = z.object({
  slug,
  status: z.enum(["draft", "published"]).default("published"),
  kind: z.enum(["liberation", "battle", "uprising", "repression", "trial", "founding", "opening", "commemoration", "other"]),
  title: localizedText,
  summary: localizedText.optional(),
  description: localizedText.optional(),
  date: fuzzyDateText,
  location: z.object({
    name: localizedText,
    place: slug.optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
  }).strict().optional(),
  factsSource: z.string().optional(),
  /** The place whose staff keep this record; absent: the network's, kept by administrators. */
  owner: slug.optional(),
  people: position(z.object({ person: slug, role: localizedText.optional() }).strict()),
  themes: themeSlugs,
  media,
}).strict();

export const themeSchema = z.object({
  slug,
  status: z.enum(["draft", "published"]).default("published"),
  name: localizedText,
  description: localizedText.optional(),
}).strict();

export const DATASET_FORMAT = "remembrance-dataset/1";

export const datasetSchema = z.object({
  format: z.literal(DATASET_FORMAT).default(DATASET_FORMAT),
  themes: z.array(themeSchema).default([]),
  people: z.array(personSchema).default([]),
  events: z.array(eventSchema).default([]),
  places: z.array(placeSchema).default([]),
  exhibitions: z.array(exhibitionSchema).default([]),
  objects: z.array(collectionObjectSchema).default([]),
}).strict();

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetPlace = z.infer<typeof placeSchema>;
export type DatasetExhibition = z.infer<typeof exhibitionSchema>;
export type DatasetRoom = z.infer<typeof roomSchema>;
export type DatasetObject = z.infer<typeof collectionObjectSchema>;
export type DatasetPerson = z.infer<typeof personSchema>;
export type DatasetEvent = z.infer<typeof eventSchema>;
export type DatasetTheme = z.infer<typeof themeSchema>;
export type DatasetMedium = z.infer<typeof mediumSchema>;
export type DatasetVisit = z.infer<typeof visitSchema>;
