import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { replyChecker } from "../../test/openapi-checks.ts";
import { bookingRequest } from "../features/booking/booking.schemas.ts";
import { silentLogger } from "../lib/logger.ts";
import { createApp } from "./create-app.ts";
import { PageCache } from "../web/page-cache.ts";
import { OPENAPI_PATH, openApiDocument } from "./api.ts";
import type { OpenApiDocument, Parameter } from "../../test/openapi-types.ts";

// The app is only routed here, never asked for data: no database behind it.
const appWithoutDatabase = () => createApp({
  db: {} as never, ping: async () => true, logger: silentLogger, now: () => new Date(), publicUrl: "http://localhost", contentRevision: async () => 0, pageCache: new PageCache(), secrets: {} as never,
});

/** A Hono path as OpenAPI writes it: "/api/offers/:id{[0-9]+}/slots" → "/api/offers/{id}/slots". */
const openApiPath = (honoPath: string) => honoPath.replace(/:(\w+)(\{[^/]*\})?/g, "{$1}");

const isApiPath = (path: string) => path === "/api" || path.startsWith("/api/") || path === "/health" || path.startsWith("/health/");

function servedRoutes(app: ReturnType<typeof createApp>): string[] {
  const routes = app.routes.filter((r) => r.method !== "ALL" && isApiPath(r.path)).map((r) => `${r.method} ${openApiPath(r.path)}`);
  return [...new Set(routes)].sort();
}

function documentedRoutes(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)).sort();
}

const operations = (doc: OpenApiDocument) =>
  Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation: operation! })));

const doc = openApiDocument() as unknown as OpenApiDocument;

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1, every $ref resolving", async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("would be refused with a path parameter it does not declare (the validator is really at work)", async () => {
    const broken = structuredClone(doc);
    broken.paths["/api/places/{slug}"]!.get!.parameters = [];
    const result = await validate(broken as never);
    expect(result.valid).toBe(false);
  });

  it("names the project, its version and licence", () => {
    expect(doc.info).toMatchObject({ title: "Remembrance", version: packageJson.version, license: { identifier: "AGPL-3.0-or-later" } });
    expect(doc.servers).toEqual([{ url: "/" }]);
  });

  it("documents every route the app serves under /api and /health, and none it does not serve", () => {
    const served = servedRoutes(appWithoutDatabase());
    expect(served).toContain("POST /api/bookings");
    expect(served).toContain("GET /api/offers/{id}/slots");
    expect(documentedRoutes(doc)).toEqual(served);
  });

  it("notices a route added without documentation", () => {
    const app = appWithoutDatabase();
    app.get("/api/visits/:id{[0-9]+}/seats", (c) => c.json({}));
    const undocumented = servedRoutes(app).filter((route) => !documentedRoutes(doc).includes(route));
    expect(undocumented).toEqual(["GET /api/visits/{id}/seats"]);
  });

  it("is served at /api/openapi.json and listed in the API index", async () => {
    const app = appWithoutDatabase();
    const res = await app.request(OPENAPI_PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(doc)));
    const index = await (await app.request("/api")).json() as { endpoints: Record<string, string> };
    expect(index.endpoints.openapi).toBe(OPENAPI_PATH);
  });

  it("declares each {parameter} of a path as a required path parameter of its operations", () => {
    for (const { path, method, operation } of operations(doc)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (operation.parameters ?? []).filter((p): p is Parameter => "in" in p && p.in === "path");
      expect(declared.map((p) => p.name).sort(), `${method} ${path}`).toEqual(inPath);
      expect(declared.every((p) => p.required)).toBe(true);
    }
  });

  it("says what every parameter means", () => {
    const silent = operations(doc).flatMap(({ path, method, operation }) =>
      (operation.parameters ?? []).filter((p): p is Parameter => "in" in p && !p.description).map((p) => `${method} ${path} ${p.name}`));
    expect(silent).toEqual([]);
  });

  it("describes the booking request with the schema the route validates it with", () => {
    const check = replyChecker(doc);
    const body = doc.paths["/api/bookings"]!.post!.requestBody!.content["application/json"]!;
    const example = body.examples!.booking!.value;
    expect(bookingRequest.safeParse(example).success).toBe(true);
    expect(check.schemaProblems(body.schema, example)).toEqual([]);
    // What the route refuses, the document refuses too: a missing name, an unknown member, a third language.
    for (const refused of [{ ...(example as object), name: undefined }, { ...(example as object), seats: 2 }, { ...(example as object), lang: "de" }]) {
      expect(bookingRequest.safeParse(refused).success).toBe(false);
      expect(check.schemaProblems(body.schema, JSON.parse(JSON.stringify(refused)))).not.toEqual([]);
    }
  });

  it("gives examples that conform to their own schemas", () => {
    const check = replyChecker(doc);
    let examples = 0;
    for (const { path, method, operation } of operations(doc)) {
      for (const parameter of operation.parameters ?? []) {
        if (!("in" in parameter) || parameter.example === undefined) continue;
        examples++;
        expect(check.schemaProblems(parameter.schema, parameter.example), `${method} ${path} ${parameter.name}`).toEqual([]);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        const media = "content" in response ? Object.values(response.content ?? {}) : [];
        for (const type of media) {
          for (const [name, { value }] of Object.entries(type.examples ?? {})) {
            examples++;
            expect(check.schemaProblems(type.schema, value), `${method} ${path} ${status} ${name}`).toEqual([]);
          }
        }
      }
    }
    for (const [name, response] of Object.entries(doc.components.responses)) {
      for (const type of Object.values(response.content ?? {})) {
        for (const { value } of Object.values(type.examples ?? {})) {
          examples++;
          expect(check.schemaProblems(type.schema, value), name).toEqual([]);
        }
      }
    }
    expect(examples).toBeGreaterThan(20);
  });
});
