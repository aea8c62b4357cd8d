/** One way to validate request input, so every 400 looks the same: { error, message, fields }. */
import type { Context } from "hono";
import { z } from "zod";
import { invalidInput } from "../lib/errors.ts";
import { LOCALES, type Locale } from "../lib/locales.ts";
import { negotiateLocale } from "./locale.ts";

/** C0 control characters (U+0000–U+001F); a multi-line text keeps tab, line feed and carriage return. */
const SINGLE_LINE_CONTROL = /[\u0000-\u001f]/;
const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
export const CONTROL_CHARACTERS_MESSAGE = "must not contain control characters";

/**
 * Every string in `input` (objects, arrays, nested) holding a control character, by dotted path.
 * The one rule every text input passes before its schema, so no schema can forget it: NUL and the
 * other C0 characters never reach the database (PostgreSQL refuses NUL in text) nor a page.
 * Single-line input refuses all of them; `multiLine` (the back office's long texts) allows tab and
 * line breaks.
 */
export function controlCharacterFields(input: unknown, options: { multiLine?: boolean } = {}): Record<string, string> {
  const pattern = options.multiLine ? MULTI_LINE_CONTROL : SINGLE_LINE_CONTROL;
  const fields: Record<string, string> = {};
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === "string") {
      if (pattern.test(value)) fields[path.join(".") || "(input)"] ??= CONTROL_CHARACTERS_MESSAGE;
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, String(index)]));
    } else if (value !== null && typeof value === "object" && !(value instanceof Blob)) {
      for (const [key, item] of Object.entries(value)) {
        if (pattern.test(key)) fields[[...path, key].join(".")] ??= CONTROL_CHARACTERS_MESSAGE;
        else walk(item, [...path, key]);
      }
    }
  };
  walk(input, []);
  return fields;
}

/** True when the request path, percent-decoded, holds a C0 control character (`/en/places/a%00b`). */
export function pathHasControlCharacter(path: string): boolean {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is left to the router, which finds no page for it.
  }
  return SINGLE_LINE_CONTROL.test(decoded);
}

/** Throws the 400 of controlCharacterFields when `input` holds a control character. */
export function refuseControlCharacters(input: unknown, options: { multiLine?: boolean } = {}): void {
  const fields = controlCharacterFields(input, options);
  if (Object.keys(fields).length > 0) throw invalidInput(fields);
}

/** Parses `input` with `schema` or throws a 400 naming each bad field; control characters are refused first. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  refuseControlCharacters(input);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidInput(fieldsOf(result.error));
}

/**
 * The validation hook of every API router (OpenAPIHono's defaultHook): a query, path parameter or
 * header refused by its route's schema throws the same 400 as parseInput. The raw path parameters
 * and query values pass the control-character rule first, whatever their schema.
 */
export function validationHook(result: ({ success: true } | { success: false; error: z.ZodError }) & { target?: string }, c?: Context): undefined {
  if (c && result.target === "param") refuseControlCharacters(c.req.param());
  if (c && result.target === "query") refuseControlCharacters(Object.fromEntries(Object.entries(c.req.queries()).map(([key, values]) => [key, values.join("")])));
  if (!result.success) throw invalidInput(fieldsOf(result.error));
  return undefined;
}

/** Each bad field (dotted path) and why, the first reason per field. */
function fieldsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] ??= "is not a known parameter";
      continue;
    }
    const name = issue.path.join(".") || "(input)";
    fields[name] ??= issue.message;
  }
  return fields;
}

/**
 * A number written in a query string, path or HTML form field (text by nature): digits only, so
 * "2" is 2 while "2abc", "", " 2", "1e1" and "true" are refused. JSON bodies use z.number() itself.
 */
export function digitsAsNumber<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value), schema);
}

export const MAX_PAGE_SIZE = 100;

export const langParam = z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(", ")}` }).optional();

const pageParams = {
  lang: langParam,
  page: digitsAsNumber(z.number({ error: "must be a whole number from 1" }).int("must be a whole number from 1").min(1, "must be a whole number from 1")).default(1),
  pageSize: digitsAsNumber(z.number({ error: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` }).int(`must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .min(1, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`).max(MAX_PAGE_SIZE, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)).default(20),
};

/** Query of a list endpoint: language, paging, plus the endpoint's own filters. Unknown parameters are refused. */
export function listQuery<S extends z.ZodRawShape>(filters: S) {
  return z.object({ ...pageParams, ...filters }).strict();
}

export const detailQuery = z.object({ lang: langParam }).strict();

/** The language of a request (`?lang=`, already validated, else Accept-Language); also sets Content-Language. */
export function requestLocale(c: Context, lang: Locale | undefined): Locale {
  const locale = lang ?? negotiateLocale(c.req.header("accept-language"));
  c.header("Content-Language", locale);
  return locale;
}
