/** Small builders for the document's operations: parameters from Zod schemas, JSON responses, shared error answers. */
import { z } from "zod";
import type { JsonSchema, Parameter, Reference, Response } from "./openapi-types.ts";
import { shapeId } from "./api-shapes.ts";

export const JSON_SCHEMA_TARGET = "draft-2020-12";

/** A Zod schema as JSON Schema, as clients send it (OpenAPI 3.1 takes JSON Schema 2020-12 as is). */
export function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: "input", target: JSON_SCHEMA_TARGET }) as JsonSchema;
  return json;
}

/** What each query parameter means, wherever it appears; a parameter missing here is documented without words. */
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

/**
 * The query parameters of a route, one per member of the Zod object its handler parses (unknown
 * parameters are refused with 400, so this list is complete). `words` adds or overrides descriptions.
 */
export function queryParameters(schema: z.ZodObject, words: Record<string, string> = {}): Parameter[] {
  const json = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const description = words[name] ?? QUERY_WORDS[name];
    return {
      name,
      in: "query" as const,
      required: json.required?.includes(name) ?? false,
      ...(description ? { description } : {}),
      schema: property,
    };
  });
}

export function pathParameter(name: string, schema: z.ZodType, description: string, example: string | number): Parameter {
  return { name, in: "path", required: true, description, schema: inputSchema(schema), example };
}

export const schemaRef = (shape: z.ZodType): JsonSchema => ({ $ref: `#/components/schemas/${shapeId(shape)}` });
export const responseRef = (name: keyof typeof SHARED_RESPONSES): Reference => ({ $ref: `#/components/responses/${name}` });
const headerRef = (name: keyof typeof SHARED_HEADERS): Reference => ({ $ref: `#/components/headers/${name}` });

/** A 200 (or other) JSON answer of a registered shape; `localized` answers say which language they are in. */
export function jsonResponse(description: string, shape: z.ZodType, o: { localized?: boolean; cached?: boolean } = {}): Response {
  const headers: Record<string, Reference> = {};
  if (o.cached !== false) headers.ETag = headerRef("ETag");
  if (o.localized) headers["Content-Language"] = headerRef("ContentLanguage");
  return {
    description,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    content: { "application/json": { schema: schemaRef(shape) } },
  };
}

type ErrorExample = { error: string; message: string; fields?: Record<string, string> };

/** An error answer in the Error shape, with one example per code it can carry. */
export function errorResponse(description: string, examples: Record<string, ErrorExample>): Response {
  return {
    description,
    content: {
      "application/json": {
        schema: { $ref: "#/components/schemas/Error" },
        examples: Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }])),
      },
    },
  };
}

export const SHARED_HEADERS = {
  ETag: { description: "Tag of this answer: send it back as If-None-Match to get 304 when nothing changed.", schema: { type: "string" } },
  ContentLanguage: { description: "The language of the texts (en or fr).", schema: { type: "string", enum: ["en", "fr"] } },
};

export const SHARED_RESPONSES = {
  InvalidInput: errorResponse("A parameter is not valid or not known: `fields` names each and says why.", {
    invalid_input: {
      error: "invalid_input",
      message: "Some parameters are not valid: pageSize must be a whole number from 1 to 100.",
      fields: { pageSize: "must be a whole number from 1 to 100" },
    },
  }),
  NotFound: errorResponse("Nothing has this slug (or id), or it is not published.", {
    not_found: { error: "not_found", message: "No place has the slug \"nowhere\". Check the address, or list them at /api/places." },
  }),
  NotModified: { description: "Not modified: the If-None-Match tag is still the current one (no body)." },
};
