/**
 * The JSON API: every feature's router under /api, the index, and the OpenAPI 3.1 document
 * generated from the routes' own declarations (openapi.test.ts fails when a served route is not in it).
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Hono } from "hono";
import packageJson from "../../package.json" with { type: "json" };
import { bookingsTag } from "../features/booking/booking.api.ts";
import { bookingRoutes, offerRoutes } from "../features/booking/booking.routes.ts";
import { collectionRoutes, objectsTag } from "../features/collection/collection.routes.ts";
import { exhibitionRoutes, exhibitionsTag } from "../features/exhibitions/exhibitions.routes.ts";
import { roomRoutes, roomsTag } from "../features/exhibitions/rooms.routes.ts";
import { eventRoutes, eventsTag } from "../features/history/events.routes.ts";
import { peopleRoutes, peopleTag } from "../features/history/people.routes.ts";
import { mediaRoutes, mediaTag } from "../features/media/media.routes.ts";
import { placeRoutes, placesTag } from "../features/places/places.routes.ts";
import { searchRoutes, searchTag } from "../features/search/search.routes.ts";
import { themeRoutes, themesTag } from "../features/themes/themes.routes.ts";
import { proofSecretOf } from "../features/limits/abuse-limits.ts";
import { proofOfWorkTag } from "../features/limits/proof-of-work.api.ts";
import { proofOfWorkRoutes } from "../features/limits/proof-of-work.routes.ts";
import { PROOF_CHALLENGE_PATH } from "../features/limits/proof-of-work.ts";
import { silentLogger } from "../lib/logger.ts";
import { apiRouter, jsonResponse, refsWithDescriptions, registerSharedComponents, type ApiRouter } from "../web/api-routes.ts";
import type { AppDeps, AppEnv } from "../web/app-env.ts";
import { PageCache } from "../web/page-cache.ts";

export const OPENAPI_PATH = "/api/openapi.json";

export const API_INDEX = {
  places: "/api/places",
  exhibitions: "/api/exhibitions",
  rooms: "/api/rooms",
  objects: "/api/objects",
  people: "/api/people",
  events: "/api/events",
  themes: "/api/themes",
  media: "/api/media",
  offers: "/api/offers",
  bookings: "/api/bookings",
  search: "/api/search",
  proofOfWork: PROOF_CHALLENGE_PATH,
  openapi: OPENAPI_PATH,
  health: "/health",
};

const ApiIndex = z.object({
  name: z.literal("Remembrance"),
  endpoints: z.record(z.string(), z.string()).describe("Each collection of the API and its path, e.g. places → /api/places."),
}).describe("The entry point: where everything is.").openapi("ApiIndex");

const Health = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.enum(["up", "down"]),
}).describe("Whether the database answers.").openapi("Health");

const apiIndex = createRoute({
  method: "get", path: "/api", operationId: "getApiIndex", summary: "Every collection of the API", tags: ["api"],
  responses: { 200: jsonResponse("The index.", ApiIndex) },
});

const openApiJson = createRoute({
  method: "get", path: OPENAPI_PATH, operationId: "getOpenApiDocument", summary: "This document", tags: ["api"],
  responses: { 200: { description: "The OpenAPI 3.1 document of the API.", content: { "application/json": { schema: { type: "object" as const } } } } },
});

// Served by the app itself (web/app.ts), beside the API: documented here so monitoring finds them in the document.
const health = createRoute({
  method: "get", path: "/health", operationId: "getHealth", summary: "Whether the service and its database answer (for monitoring)", tags: ["health"],
  responses: {
    200: jsonResponse("The database answers.", Health, { cached: false }),
    503: jsonResponse("The database does not answer.", Health, { cached: false }),
  },
});
const liveness = createRoute({
  method: "get", path: "/health/live", operationId: "getLiveness",
  summary: "Whether the process answers, without touching the database (for load balancers)", tags: ["health"],
  responses: { 200: { description: "The process is up.", content: { "text/plain": { schema: z.literal("ok") } } } },
});

/** Every feature's router at its path, in the order of the API index. */
function apiRoutes(deps: AppDeps): ApiRouter {
  const api = apiRouter();
  registerSharedComponents(api);
  api.openapi(apiIndex, (c) => c.json({ name: "Remembrance" as const, endpoints: API_INDEX }, 200));
  api.openapi(openApiJson, (c) => c.json(openApiDocument() as never, 200));
  api.route("/api/places", placeRoutes(deps));
  api.route("/api/exhibitions", exhibitionRoutes(deps));
  api.route("/api/rooms", roomRoutes(deps));
  api.route("/api/objects", collectionRoutes(deps));
  api.route("/api/people", peopleRoutes(deps));
  api.route("/api/events", eventRoutes(deps));
  api.route("/api/themes", themeRoutes(deps));
  api.route("/api/media", mediaRoutes(deps));
  api.route("/api/offers", offerRoutes(deps));
  api.route("/api/bookings", bookingRoutes(deps));
  api.route("/api/search", searchRoutes(deps));
  api.route("/api/proof-of-work", proofOfWorkRoutes(deps, () => proofSecretOf(deps.secrets)));
  return api;
}

/** Mounts the JSON API on `app`: /api, /api/openapi.json and every feature under /api/... */
export function mountApi(app: Hono<AppEnv>, deps: AppDeps) {
  app.route("/", apiRoutes(deps));
}

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
  "",
  "**Other sites.** Reads are open data: every GET answers `Access-Control-Allow-Origin: *` (no credentials), so pages of any",
  "site may fetch them. Writes take only `Content-Type: application/json` (else `415 unsupported_media_type`) and are refused",
  "with `403 cross_site_request` when a browser says they come from another origin; clients outside a browser send no `Origin`.",
  "",
  "**Limits.** Public writes are counted per client address (and bookings per e-mail and per day of the visit). Past a",
  "threshold they answer `429 proof_of_work_required` (solve a challenge from /api/proof-of-work/challenge and send it again",
  "with the `Altcha` header); past the limit, `429 too_many_requests`. Both carry `Retry-After`.",
].join("\n");

// The routers are built only to be read: their handlers never run, so they need no database.
const documentationDeps = (): AppDeps => ({
  db: {} as never, ping: async () => true, logger: silentLogger, now: () => new Date(), publicUrl: "http://localhost", contentRevision: async () => 0, pageCache: new PageCache(),
  secrets: {} as never,
});

// OpenAPI 3.1's info has a summary and names a licence by its SPDX identifier (the generator's types predate both).
const INFO = {
  title: "Remembrance",
  version: packageJson.version,
  summary: "History museums and memorial sites, their collections and history, and timed visits to book.",
  description: DESCRIPTION,
  license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
};

function buildDocument() {
  const api = apiRoutes(documentationDeps());
  api.openAPIRegistry.registerPath(health);
  api.openAPIRegistry.registerPath(liveness);
  const document = api.getOpenAPI31Document({
    openapi: "3.1.0",
    info: INFO,
    servers: [{ url: "/" }],
    tags: [
      { name: "api", description: "The index of the API and this document." },
      ...[placesTag, exhibitionsTag, roomsTag, objectsTag, peopleTag, eventsTag, themesTag, mediaTag],
      bookingsTag,
      searchTag,
      proofOfWorkTag,
      { name: "health", description: "For monitoring and load balancers." },
    ],
  });
  return refsWithDescriptions(document) as typeof document;
}

let built: ReturnType<typeof buildDocument> | undefined;

/** The document, built on first use (it never changes while the process runs). */
export function openApiDocument() {
  built ??= buildDocument();
  return built;
}
