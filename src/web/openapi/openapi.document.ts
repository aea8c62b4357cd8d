/**
 * The OpenAPI 3.1 document of the whole JSON API, served at /api/openapi.json. Request bodies and
 * query parameters come from the Zod schemas the handlers validate with; answers from the shapes in
 * this folder. openapi.test.ts fails when a route is served without being documented (or the reverse).
 */
import { z } from "zod";
import packageJson from "../../../package.json" with { type: "json" };
import { apiShapes, named } from "./api-shapes.ts";
import { bookingPaths } from "./booking-paths.ts";
import { searchPaths } from "./search-paths.ts";
import { contentPaths, contentTags } from "./content-paths.ts";
import type { JsonSchema, OpenApiDocument, PathItem } from "./openapi-types.ts";
import { JSON_SCHEMA_TARGET, jsonResponse, SHARED_HEADERS, SHARED_RESPONSES } from "./operations.ts";

export const OPENAPI_PATH = "/api/openapi.json";

const ApiIndex = named("ApiIndex", z.object({
  name: z.literal("Remembrance"),
  endpoints: z.record(z.string(), z.string()).describe("Each collection of the API and its path, e.g. places → /api/places."),
}).describe("The entry point: where everything is."));

const Health = named("Health", z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.enum(["up", "down"]),
}).describe("Whether the database answers."));

const systemPaths = (): Record<string, PathItem> => ({
  "/api": {
    get: {
      operationId: "getApiIndex",
      summary: "Every collection of the API",
      tags: ["api"],
      responses: { 200: jsonResponse("The index.", ApiIndex) },
    },
  },
  [OPENAPI_PATH]: {
    get: {
      operationId: "getOpenApiDocument",
      summary: "This document",
      tags: ["api"],
      responses: { 200: { description: "The OpenAPI 3.1 document of the API.", content: { "application/json": { schema: { type: "object" } } } } },
    },
  },
  "/health": {
    get: {
      operationId: "getHealth",
      summary: "Whether the service and its database answer (for monitoring)",
      tags: ["health"],
      responses: {
        200: jsonResponse("The database answers.", Health, { cached: false }),
        503: jsonResponse("The database does not answer.", Health, { cached: false }),
      },
    },
  },
  "/health/live": {
    get: {
      operationId: "getLiveness",
      summary: "Whether the process answers, without touching the database (for load balancers)",
      tags: ["health"],
      responses: { 200: { description: "The process is up.", content: { "text/plain": { schema: { type: "string", const: "ok" } } } } },
    },
  },
});

const DESCRIPTION = [
  "The JSON API of Remembrance: the places of a network of history museums and memorial sites, their exhibitions, rooms,",
  "collections, the people and events of their history, timed visits to book, and one search across all of it.",
  "",
  "**Languages.** Texts come in English or French: `?lang=en|fr`, else the best of `Accept-Language`, else English. A text",
  "missing in that language is given in the other one and its field is listed under `fallbacks`.",
  "",
  "**Lists** answer a page at a time (`?page=&pageSize=`) in one envelope: `items`, `page`, `pageSize`, `total` and `links`.",
  "",
  "**Errors** are JSON with a stable `error` code and a `message`; a 400 `invalid_input` names each bad parameter under",
  "`fields`. Unknown query parameters are refused, so a typo never goes unnoticed.",
  "",
  "**Caching.** Answers carry an `ETag`; send it back as `If-None-Match` to get `304 Not Modified` when nothing changed.",
].join("\n");

/** The components, from the named shapes; `io: "input"` leaves answer objects open to new members (clients should ignore unknown ones). */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiShapes, { io: "input", target: JSON_SCHEMA_TARGET, uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema as JsonSchema]));
}

function buildDocument(): OpenApiDocument {
  const paths = { ...systemPaths(), ...contentPaths(), ...bookingPaths(), ...searchPaths() };
  return {
    openapi: "3.1.0",
    info: {
      title: "Remembrance",
      version: packageJson.version,
      summary: "History museums and memorial sites, their collections and history, and timed visits to book.",
      description: DESCRIPTION,
      license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "api", description: "The index of the API and this document." },
      ...contentTags(),
      { name: "bookings", description: "Timed visits: offers, their times, booking, cancelling." },
      { name: "search", description: "One search across every kind of record, with filters; suggestions as one types." },
      { name: "health", description: "For monitoring and load balancers." },
    ],
    paths,
    components: { schemas: componentSchemas(), responses: SHARED_RESPONSES, headers: SHARED_HEADERS },
  };
}

let built: OpenApiDocument | undefined;

/** The document, built on first use (it never changes while the process runs). */
export function openApiDocument(): OpenApiDocument {
  built ??= buildDocument();
  return built;
}
