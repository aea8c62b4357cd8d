/**
 * The read API every content kind has: a paged list (`GET /`) and one record by slug
 * (`GET /{slug}`), each declared once with its query, answers and words, in the record's language.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../lib/errors.ts";
import type { Locale } from "../lib/locales.ts";
import { apiRouter, documentedQuery, jsonResponse, pathParam, responseRef } from "./api-routes.ts";
import { pageOf } from "./paging.ts";
import { detailQuery, requestLocale } from "./validation.ts";

export interface ReadKind<Q extends z.ZodObject, P extends z.ZodType, D extends z.ZodType> {
  /** The path segment and tag, e.g. "places". */
  tag: { name: string; description: string };
  /** One record, as error messages name it, e.g. "place". */
  one: string;
  list: {
    /** The list's query: language, paging and the kind's filters. */
    query: Q;
    /** The page of items, a registered schema. */
    page: P;
    find: (query: z.output<Q>, locale: Locale) => Promise<{ items: PageItem<P>[]; total: number }>;
  };
  detail: {
    shape: D;
    /** A slug of the default dataset, shown as the example. */
    example: string;
    /** The presented record; undefined when nothing published has this slug (answered 404). */
    find: (slug: string, locale: Locale) => Promise<z.input<D> | undefined | null>;
  };
}

type PageItem<P extends z.ZodType> = z.input<P> extends { items: (infer I)[] } ? I : never;

const capitalized = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** The list and detail routes of one kind, as a router to mount at /api/<kind>. */
export function listAndDetailRoutes<Q extends z.ZodObject, P extends z.ZodType, D extends z.ZodType>(kind: ReadKind<Q, P, D>) {
  const { tag, one, list, detail } = kind;
  const listRoute = createRoute({
    method: "get",
    path: "/",
    operationId: `list${capitalized(tag.name)}`,
    summary: `${tag.description.replace(/\.$/, "")}, a page at a time`,
    tags: [tag.name],
    request: { query: documentedQuery(list.query) },
    responses: {
      200: jsonResponse(`A page of ${tag.name}.`, list.page, { localized: true }),
      304: responseRef("NotModified"),
      400: responseRef("InvalidInput"),
    },
  });
  const detailRoute = createRoute({
    method: "get",
    path: "/{slug}",
    operationId: `get${capitalized(one)}`,
    summary: `One ${one}, by slug`,
    tags: [tag.name],
    request: {
      params: z.object({ slug: pathParam(z.string(), `The ${one}'s slug.`, detail.example) }),
      query: documentedQuery(detailQuery),
    },
    responses: {
      200: jsonResponse(`The ${one}.`, detail.shape, { localized: true }),
      304: responseRef("NotModified"),
      400: responseRef("InvalidInput"),
      404: responseRef("NotFound"),
    },
  });
  return apiRouter()
    .openapi(listRoute, async (c) => {
      // The query's type is the generic Q's: read it as what every list query is (language and paging) plus Q.
      const query = (c.req as unknown as { valid(target: "query"): z.output<Q> & { lang?: Locale; page: number; pageSize: number } }).valid("query");
      const locale = requestLocale(c, query.lang);
      const { items, total } = await list.find(query, locale);
      return c.json(pageOf(items, total, { page: query.page, pageSize: query.pageSize }, c.req.url), 200);
    })
    .openapi(detailRoute, async (c) => {
      const { slug } = c.req.valid("param");
      const locale = requestLocale(c, c.req.valid("query").lang);
      const record = await detail.find(slug, locale);
      if (record === undefined || record === null) throw notFound(one, slug);
      return c.json(record as object, 200);
    });
}
