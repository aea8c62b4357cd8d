/** One way to validate request input, so every 400 looks the same: { error, message, fields }. */
import type { Context } from "hono";
import { z } from "zod";
import { invalidInput } from "../lib/errors.ts";
import { LOCALES, type Locale } from "../lib/locales.ts";
import { negotiateLocale } from "./locale.ts";

/** Parses `input` with `schema` or throws a 400 naming each bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidInput(fieldsOf(result.error));
}

/**
 * The validation hook of every API router (OpenAPIHono's defaultHook): a query, path parameter or
 * header refused by its route's schema throws the same 400 as parseInput.
 */
export function validationHook(result: { success: true } | { success: false; error: z.ZodError }): undefined {
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

export const MAX_PAGE_SIZE = 100;

export const langParam = z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(", ")}` }).optional();

const pageParams = {
  lang: langParam,
  page: z.coerce.number({ error: "must be a whole number from 1" }).int("must be a whole number from 1").min(1, "must be a whole number from 1").default(1),
  pageSize: z.coerce.number({ error: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` }).int(`must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .min(1, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`).max(MAX_PAGE_SIZE, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`).default(20),
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
