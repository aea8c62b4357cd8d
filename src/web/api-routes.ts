/**
 * What every API router shares: the OpenAPIHono with the one validation hook, the query parameters'
 * words, JSON answers with their headers, error answers with examples, and the shared components
 * (error answers, headers) the routes point to.
 */
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env.ts";
import { ApiError, FuzzyDate, Language, MediaItem, ObjectRef, PageEnvelope, PlaceRef, ThemeRef, TitledRef, TooManyRequestsError } from "./api-schemas.ts";
import { validationHook } from "./validation.ts";

/** A feature's API router: every query, path parameter and header its routes declare is validated into the same 400. */
export const apiRouter = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

export type ApiRouter = ReturnType<typeof apiRouter>;

/** What each query parameter means, wherever it appears; a route may add or override words. */
const QUERY_WORDS: Record<string, string> = {
  lang: "Language of the texts. Without it, the best of Accept-Language, else English. A text missing in that language is given in the other one and listed under `fallbacks`.",
  page: "Page number, from 1.",
  pageSize: "Items per page.",
  kind: "Only those of this kind.",
  city: "Only places in this city (its name, in any case).",
  theme: "Only those tagged with this theme (its slug).",
  place: "Only those of this place (its slug).",
  exhibition: "Only the rooms of this exhibition (its slug).",
  holder: "Only objects held by this place (its slug).",
  type: "Only objects of this type.",
  person: "Only objects linked to this person (their slug).",
  partOf: "Only the parts of this collection (its slug).",
  alias: "Only the person with this name or alias, whole, in any case (e.g. Colonel Rol).",
  from: "First local day (YYYY-MM-DD).",
  to: "Last local day, inclusive (YYYY-MM-DD).",
  secret: "The secret from the booking confirmation (or send it as the Booking-Secret header).",
};

type QueryValues = Record<string, string>;

/** The query as `c.req.query()` reads it: a parameter given twice counts once, with its first value. */
function firstValues(query: unknown): QueryValues {
  return Object.fromEntries(Object.entries(query as Record<string, string | string[]>).map(([name, value]) => [name, Array.isArray(value) ? value[0]! : value]));
}

/**
 * The query a route declares: `schema` (the Zod object its handler's values come from, refinements
 * and unknown-parameter refusal kept) with each parameter described, read as `c.req.query()` reads
 * it, then through `prepare` (e.g. dropping empty values).
 */
export function documentedQuery<T extends z.ZodObject>(schema: T, words: Record<string, string> = {}, prepare: (query: QueryValues) => QueryValues = (q) => q) {
  const described = Object.fromEntries(Object.entries(schema.shape).map(([name, member]) => {
    const description = words[name] ?? QUERY_WORDS[name];
    return [name, description ? openApiOf(member as z.ZodType).openapi({ param: { description } }) : member];
  }));
  // Typed as read by the handlers: the values of `schema` (the pipe's input side is the raw query).
  return z.transform((query: unknown): unknown => prepare(firstValues(query))).pipe(schema.safeExtend(described) as unknown as T);
}

/** A path parameter, described, with an example. */
export const pathParam = <T extends z.ZodType>(schema: T, description: string, example: string | number) =>
  openApiOf(schema).openapi({ param: { description, example } });

/**
 * `schema` able to carry OpenAPI words: a schema built before @hono/zod-openapi was first imported
 * lacks `.openapi()`; its clone (same checks, same metadata) has it.
 */
export const openApiOf = <T extends z.ZodType>(schema: T): T => schema.clone() as T;

export const SHARED_HEADERS = {
  ETag: { description: "Tag of this answer: send it back as If-None-Match to get 304 when nothing changed.", schema: { type: "string" as const } },
  ContentLanguage: { description: "The language of the texts (en or fr).", schema: { type: "string" as const, enum: ["en", "fr"] } },
};

export const responseRef = (name: keyof typeof SHARED_RESPONSES) => ({ $ref: `#/components/responses/${name}` });
const headerRef = (name: keyof typeof SHARED_HEADERS) => ({ $ref: `#/components/headers/${name}` });

/** A JSON answer of `schema`; answers are cached (ETag) unless said otherwise, and `localized` ones say their language. */
export function jsonResponse<T extends z.ZodType>(description: string, schema: T, o: { localized?: boolean; cached?: boolean } = {}) {
  const headers: Record<string, { $ref: string }> = {};
  if (o.cached !== false) headers.ETag = headerRef("ETag");
  if (o.localized) headers["Content-Language"] = headerRef("ContentLanguage");
  return {
    description,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    content: { "application/json": { schema } },
  };
}

type ErrorExample = { error: string; message: string; fields?: Record<string, string> };

/** The 429 of a write under the abuse limits (what it says of a proof of work only when `proof`). */
export function tooManyRequestsResponse(what: string, o: { proof?: boolean } = {}) {
  const examples: Record<string, { value: z.input<typeof TooManyRequestsError> }> = {
    too_many_requests: { value: { error: "too_many_requests", message: `Too many ${what} from this address, for this e-mail or for this day: try again in 12 minutes (Retry-After gives the seconds).`, retryAfter: 720 } },
  };
  if (o.proof) examples.proof_of_work_required = { value: {
    error: "proof_of_work_required", retryAfter: 1800, challengeUrl: "/api/proof-of-work/challenge",
    message: `Many ${what} came from here recently. To go on now, fetch a challenge from /api/proof-of-work/challenge, solve it (ALTCHA) and send the request again with its solution in the Altcha header; or wait 30 minutes.`,
  } };
  return {
    description: o.proof
      ? `Stopped by the abuse limits: too many ${what} from one address, for one e-mail or for one day (\`too_many_requests\`), or, past a lower threshold, a proof of work is needed (\`proof_of_work_required\`).`
      : `Stopped by the abuse limits: too many ${what} from one address (\`too_many_requests\`).`,
    headers: { "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "integer" as const, minimum: 1 } } },
    content: { "application/json": { schema: TooManyRequestsError, examples } },
  };
}

/** An error answer in the Error shape, with one example per code it can carry. */
export function errorResponse(description: string, examples: Record<string, ErrorExample>) {
  return errorAnswer(description, examples, ApiError);
}

function errorAnswer<S>(description: string, examples: Record<string, ErrorExample>, schema: S) {
  return {
    description,
    content: {
      "application/json": {
        schema,
        examples: Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }])),
      },
    },
  };
}

// Components are written as OpenAPI (not Zod): they point to the Error schema by reference.
const errorRef = { $ref: "#/components/schemas/Error" };

export const SHARED_RESPONSES = {
  InvalidInput: errorAnswer("A parameter is not valid or not known: `fields` names each and says why.", {
    invalid_input: {
      error: "invalid_input",
      message: "Some parameters are not valid: pageSize must be a whole number from 1 to 100.",
      fields: { pageSize: "must be a whole number from 1 to 100" },
    },
  }, errorRef),
  NotFound: errorAnswer("Nothing has this slug (or id), or it is not published.", {
    not_found: { error: "not_found", message: "No place has the slug \"nowhere\". Check the address, or list them at /api/places." },
  }, errorRef),
  NotModified: { description: "Not modified: the If-None-Match tag is still the current one (no body)." },
};

/**
 * Registers the shared shapes, answers and headers on the router the document is generated from.
 * The shapes come first: a component is written from the first schema met with its name, and a
 * member that describes a shared shape in its own words (`language`, `holder`) must not be that one.
 */
export function registerSharedComponents(api: ApiRouter) {
  const shapes = { Language, Error: ApiError, PageEnvelope, PlaceRef, TitledRef, ThemeRef, ObjectRef, FuzzyDate, MediaItem };
  for (const [name, shape] of Object.entries(shapes)) api.openAPIRegistry.register(name, shape);
  for (const [name, header] of Object.entries(SHARED_HEADERS)) api.openAPIRegistry.registerComponent("headers", name, header);
  for (const [name, response] of Object.entries(SHARED_RESPONSES)) api.openAPIRegistry.registerComponent("responses", name, response as never);
}

type Json = unknown;

/**
 * The generator writes a shared shape described in a member's own words as
 * `allOf: [{ $ref }, { description }]`; OpenAPI 3.1 lets a `$ref` carry its description beside it,
 * which reads (and validates) as one schema.
 */
export function refsWithDescriptions(value: Json): Json {
  if (Array.isArray(value)) return value.map(refsWithDescriptions);
  if (typeof value !== "object" || value === null) return value;
  const node = value as Record<string, Json>;
  const allOf = node.allOf;
  if (Array.isArray(allOf) && allOf.length === 2 && Object.keys(node).length === 1) {
    const [ref, words] = allOf as Record<string, Json>[];
    if (ref && words && Object.keys(ref).join() === "$ref" && Object.keys(words).join() === "description") return { description: words.description, $ref: ref.$ref };
  }
  return Object.fromEntries(Object.entries(node).map(([key, member]) => [key, refsWithDescriptions(member)]));
}
