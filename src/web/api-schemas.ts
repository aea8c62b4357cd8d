/**
 * Shapes the API's features share, described once with Zod: the error, the page envelope, links
 * to records, fuzzy dates, media. Each registered with `.openapi("Name")` becomes a component of
 * /api/openapi.json, referenced by `$ref` wherever it appears.
 */
import { z } from "@hono/zod-openapi";
import { datePrecision } from "../db/schema/columns.ts";
import { objectType } from "../db/schema/collection.ts";
import { LOCALES } from "../lib/locales.ts";
import { mediaKind } from "../db/schema/themes-media.ts";
import { MAX_PAGE_SIZE } from "./validation.ts";

export const dateTime = z.string().meta({ format: "date-time" });
export const calendarDate = z.string().meta({ format: "date" });
/** A path of this API (e.g. /api/places/musee-liberation-paris). */
export const apiPath = z.string().meta({ format: "uri-reference" }).describe("This record in the API.");
export const slug = z.string().describe("Stable identifier of the record within its kind.");
export const updatedAt = dateTime.describe("When the record last changed (UTC).");

export const Language = z.enum(LOCALES).describe("A language of the site: en (English) or fr (French).").openapi("Language");

/** The `language` and `fallbacks` members every localized record ends with. */
export const inLanguage = {
  language: Language.describe("The language the texts are in: ?lang=, else the best of Accept-Language, else English."),
  fallbacks: z.record(z.string(), Language).optional()
    .describe("Fields missing in that language and shown in the other one, as field → language (e.g. {\"description\": \"fr\"}). Absent when there are none."),
};

export const ApiError = z.object({
  error: z.string().describe(
    "A stable code to act on: invalid_input, invalid_json, bad_request, not_found, onsite_only, slot_started, beyond_horizon, "
    + "places_per_email, too_late, idempotency_key_reused, database_unavailable, internal_error (sold_out and the 429s have their own shapes).",
  ),
  message: z.string().describe("What went wrong and what to do, in English, for people."),
  fields: z.record(z.string(), z.string()).optional()
    .describe("With invalid_input: each bad parameter or body field (dotted path) and why it was refused."),
  requestId: z.string().optional().describe("With internal_error: the id of the request, to quote when reporting it."),
}).describe("Every error answer: a stable code, a message, and the fields at fault.").openapi("Error");

export const TooManyRequestsError = z.object({
  error: z.enum(["too_many_requests", "proof_of_work_required"]).describe(
    "too_many_requests: a limit of this kind of write was reached, wait `retryAfter` seconds. "
    + "proof_of_work_required: many came from here recently; solve a challenge from `challengeUrl` and send the request again with its solution in the `Altcha` header, or wait.",
  ),
  message: z.string().describe("What happened and what to do, in English, for people."),
  retryAfter: z.int().min(1).describe("Seconds to wait, as in the Retry-After header."),
  challengeUrl: z.string().optional().describe("With proof_of_work_required: where to get an ALTCHA challenge."),
}).describe("A write stopped by the abuse limits (429).").openapi("TooManyRequests");

const pageLink = z.string().meta({ format: "uri-reference" });

export const PageEnvelope = z.object({
  page: z.int().min(1).describe("This page's number, from 1."),
  pageSize: z.int().min(1).max(MAX_PAGE_SIZE).describe("Items per page."),
  total: z.int().min(0).describe("Items in all pages."),
  links: z.object({
    self: pageLink.describe("This page, with the request's other parameters."),
    next: pageLink.nullable().describe("The next page; null on the last one."),
    prev: pageLink.nullable().describe("The previous page; null on the first one."),
  }),
}).describe("What every list answers with, around its `items`.").openapi("PageEnvelope");

/** A page of `item`s: the envelope plus the items, registered as `id`. */
export function pageOf<T extends z.ZodType>(id: string, item: T, what: string) {
  return z.intersection(PageEnvelope, z.object({ items: z.array(item) })).describe(`A page of ${what}.`).openapi(id);
}

export const PlaceRef = z.object({ slug, url: apiPath, name: z.string() }).describe("A link to a place.").openapi("PlaceRef");

/** A link to a record shown by its title (exhibition, room, object, event). */
export const TitledRef = z.object({ slug, url: apiPath, title: z.string() }).describe("A link to a record, with its title.").openapi("TitledRef");

export const ThemeRef = z.object({ slug, url: apiPath, name: z.string() }).describe("A theme a record is tagged with.").openapi("ThemeRef");

export const ObjectRef = z.object({ slug, url: apiPath, type: z.enum(objectType.enumValues), title: z.string() })
  .describe("A link to a collection object.").openapi("ObjectRef");

export const FuzzyDate = z.object({
  text: z.string().describe("The date as it reads in the language, e.g. \"mid-April 1945\" / \"mi-avril 1945\"."),
  notation: z.string().describe("The date as stored, e.g. \"mid 1945-04\", \"summer 1944\", \"1940/1944\", \"before 1945\"."),
  start: calendarDate.optional().describe("First possible day; absent when open-ended before."),
  end: calendarDate.optional().describe("Last possible day; absent when open-ended after."),
  precision: z.enum(datePrecision.enumValues).optional(),
}).describe("A date of known precision, as historians write them.").openapi("FuzzyDate");

/** The members a medium shows wherever it is listed. */
export const mediumFields = {
  slug,
  kind: z.enum(mediaKind.enumValues),
  title: z.string(),
  description: z.string().optional(),
  altText: z.string().optional().describe("Text alternative of an image."),
  url: z.string().optional().describe("The file itself (absent when a medium is known but not published)."),
  credit: z.string().optional(),
  rights: z.string().optional(),
  durationSeconds: z.int().optional(),
};

export const MediaItem = z.object(mediumFields).describe("An image, film or other medium of a record.").openapi("MediaItem");
