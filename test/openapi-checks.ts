/**
 * Holding replies to the OpenAPI document: Ajv (JSON Schema 2020-12, with formats) over the
 * document's own schemas, with every answer object closed so an undocumented member fails too.
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { JsonSchema, OpenApiDocument, Response } from "./openapi-types.ts";

const BASE = "https://remembrance.test/openapi.json";

type Node = { [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

/** The component names used directly as a member of an allOf (the page envelope): they stay open, the allOf closes them. */
function allOfBases(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => allOfBases(v, found));
  else if (isNode(value)) {
    if (Array.isArray(value.allOf)) {
      for (const member of value.allOf) if (isNode(member) && typeof member.$ref === "string") found.add(member.$ref.split("/").pop()!);
    }
    Object.values(value).forEach((v) => allOfBases(v, found));
  }
  return found;
}

/**
 * A copy of `schema` where every object with `properties` (or an `allOf`) refuses members it does not
 * describe. The document leaves answers open for clients; the tests hold the API to every member it sends.
 */
export function closeObjects(schema: unknown, insideAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => closeObjects(s, insideAllOf));
  if (!isNode(schema)) return schema;
  const copy: Node = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "allOf" && Array.isArray(value)) copy[key] = value.map((member) => closeObjects(member, true));
    else if (key === "properties" && isNode(value)) copy[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, closeObjects(v)]));
    else if (key === "examples" || key === "example" || key === "const" || key === "enum" || key === "default") copy[key] = value;
    else copy[key] = closeObjects(value);
  }
  const describesMembers = "properties" in copy || "allOf" in copy;
  if (describesMembers && !insideAllOf && !("additionalProperties" in copy) && !("unevaluatedProperties" in copy)) {
    copy.unevaluatedProperties = false;
  }
  return copy;
}

function closedComponents(doc: OpenApiDocument): Record<string, unknown> {
  const open = allOfBases(doc.components.schemas);
  return Object.fromEntries(Object.entries(doc.components.schemas).map(([name, schema]) => [name, open.has(name) ? closeObjects(schema, true) : closeObjects(schema)]));
}

/** Local `#/components/...` references made absolute, so a schema taken out of the document still resolves them. */
function absoluteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(absoluteRefs);
  if (!isNode(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "$ref" && typeof v === "string" && v.startsWith("#/") ? BASE + v : absoluteRefs(v)]));
}

export interface ReplyCheck {
  /** Problems with `body` as the `status` answer of `method path` (path as documented, e.g. /api/places/{slug}); empty when it conforms. */
  problems(method: string, path: string, status: number, contentType: string | null, body: unknown): string[];
  /** Problems with `value` as the component schema `name`. */
  shapeProblems(name: string, value: unknown): string[];
  /** Problems with `value` against a schema taken from the document (e.g. a parameter's or an example's), closed like answers. */
  schemaProblems(schema: JsonSchema, value: unknown): string[];
}

export function replyChecker(doc: OpenApiDocument): ReplyCheck {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: BASE, components: { schemas: closedComponents(doc) } });

  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  const errorsOf = (schema: JsonSchema, value: unknown) => {
    const key = JSON.stringify(schema);
    const validate = compiled.get(key) ?? ajv.compile(absoluteRefs(schema) as JsonSchema);
    compiled.set(key, validate);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "(body)"} ${e.message} ${JSON.stringify(e.params)}`);
  };

  const responseOf = (method: string, path: string, status: number): Response | undefined => {
    const found = doc.paths[path]?.[method.toLowerCase() as "get"]?.responses[String(status)];
    if (found && "$ref" in found) return doc.components.responses[found.$ref.split("/").pop() as keyof typeof doc.components.responses];
    return found;
  };

  return {
    problems(method, path, status, contentType, body) {
      const response = responseOf(method, path, status);
      if (!response) return [`${method} ${path} does not document the status ${status}`];
      if (!response.content) return body === "" || body === undefined ? [] : [`${method} ${path} ${status} documents no body, but one came`];
      const mediaType = Object.keys(response.content).find((type) => contentType?.startsWith(type));
      if (!mediaType) return [`${method} ${path} ${status} does not document the content type ${contentType}`];
      return errorsOf(closeObjects(response.content[mediaType]!.schema) as JsonSchema, body);
    },
    shapeProblems: (name, value) => errorsOf({ $ref: `#/components/schemas/${name}` }, value),
    schemaProblems: (schema, value) => errorsOf(closeObjects(schema) as JsonSchema, value),
  };
}

/**
 * Every member path a component describes ("address.city", "admission[].price.amount"), following
 * $refs, allOf and anyOf; a map of free keys (e.g. `fallbacks`) counts as one member.
 */
export function documentedMembers(doc: OpenApiDocument, name: string): Set<string> {
  const found = new Set<string>();
  const visit = (schema: unknown, prefix: string, depth: number) => {
    if (!isNode(schema) || depth > 12) return;
    if (typeof schema.$ref === "string") visit(doc.components.schemas[schema.$ref.split("/").pop()!], prefix, depth + 1);
    for (const key of ["allOf", "anyOf", "oneOf"]) if (Array.isArray(schema[key])) for (const s of schema[key]) visit(s, prefix, depth + 1);
    if (isNode(schema.items)) visit(schema.items, `${prefix}[]`, depth + 1);
    if (isNode(schema.properties)) {
      for (const [member, sub] of Object.entries(schema.properties)) {
        const path = prefix ? `${prefix}.${member}` : member;
        found.add(path);
        visit(sub, path, depth + 1);
      }
    }
  };
  visit({ $ref: `#/components/schemas/${name}` }, "", 0);
  return found;
}

/** Every member path present in `value`, written as documentedMembers writes them; `opaque` members are not entered. */
export function presentMembers(value: unknown, opaque: string[] = ["fallbacks"], prefix = "", found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => presentMembers(v, opaque, `${prefix}[]`, found));
  else if (isNode(value)) {
    for (const [member, sub] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${member}` : member;
      found.add(path);
      if (!opaque.includes(member)) presentMembers(sub, opaque, path, found);
    }
  }
  return found;
}
