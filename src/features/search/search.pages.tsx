/** The search page, in one language: /{lang}/search, a GET form that works without JavaScript. */
import { Hono } from "hono";
import type { Context } from "hono";
import type { Locale } from "../../lib/locales.ts";
import { AppError } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { otherLocale } from "../../web/i18n/messages.ts";
import { htmlDocument, siteUrlOf } from "../../web/site.tsx";
import { parseInput } from "../../web/validation.ts";
import { Layout } from "../../web/views/layout.tsx";
import { FORM_FIELDS, hasFilters, searchHref, type FormField, type SearchErrors, type SearchValues } from "./search-form.views.tsx";
import { searchText, type SearchText } from "./search.page-text.ts";
import { dropEmpty, searchQuery, type SearchQuery } from "./search.schemas.ts";
import { searchOptions, searchSite } from "./search.service.ts";
import type { SearchAnswer } from "./search.types.ts";
import { SearchPage, type SearchPageData } from "./search.views.tsx";

/**
 * Results may lag an edit by up to a minute in a browser's cache: back and forward through results
 * and pages then cost no new ranking, while the records' own pages, always fresh, are one click away.
 * Pages are not kept by `cachedPage`: queries are unbounded, and would fill it with one-off entries.
 */
const CACHE_RESULTS = "public, max-age=60";

/** The parameters the page reads; anything else in the address (a campaign tag...) is ignored, not refused. */
function readValues(c: Context): { values: SearchValues; page?: string } {
  const raw = c.req.query();
  const values: SearchValues = {};
  for (const field of FORM_FIELDS) if (raw[field] !== undefined) values[field] = raw[field];
  return { values, page: raw.page };
}

/** Zod's messages are the API's (English): each refused field is explained in the page's language. */
function localizedErrors(fields: Record<string, string>, values: SearchValues, w: SearchText): SearchErrors {
  const errors: SearchErrors = {};
  for (const name of Object.keys(fields)) {
    if (name === "q") errors.q = w.fieldErrors.q([...(values.q ?? "")].length);
    else if ((FORM_FIELDS as readonly string[]).includes(name)) errors[name as FormField] = w.fieldErrors[name as Exclude<FormField, "q">];
    else errors.page = name === "page" ? w.fieldErrors.page : w.fieldErrors.other;
  }
  return errors;
}

/** The page's query, or the errors that refused it. */
function parseSearch(values: SearchValues, page: string | undefined, w: SearchText): { query: SearchQuery } | { errors: SearchErrors } {
  const input = dropEmpty({ ...(values as Record<string, string>), ...(page !== undefined ? { page } : {}) });
  try {
    return { query: parseInput(searchQuery, input) };
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid_input") return { errors: localizedErrors(error.fields ?? {}, values, w) };
    throw error;
  }
}

export function searchPages(deps: AppDeps, locale: Locale) {
  const w = searchText(locale);
  return new Hono<AppEnv>().get("/search", async (c) => {
    const { values, page } = readValues(c);
    const parsed = parseSearch(values, page, w);
    const asked = (values.q ?? "").trim() !== "" || hasFilters(values);
    let data: SearchPageData;
    if ("errors" in parsed) {
      data = { values, errors: parsed.errors, options: await searchOptions(deps.db, locale) };
    } else if (asked) {
      const answer: SearchAnswer = await searchSite(deps.db, parsed.query, locale);
      // A page past the last (results changed since the link was made, or a hand-made address): the last page.
      if (answer.total > 0 && answer.page > answer.pages) return c.redirect(searchHref(locale, values, answer.pages), 302);
      data = { values, errors: {}, options: answer.options, answer };
    } else {
      data = { values, errors: {}, options: await searchOptions(deps.db, locale) };
    }
    const invalid = "errors" in parsed;
    const q = (values.q ?? "").trim();
    const title = invalid ? w.invalidTitle : q ? w.titleFor(q) : w.title;
    // The other language's page keeps the search (its href is the same query on /{other}/search).
    const switchPath = searchHref(otherLocale(locale), values, Number(page) || 1).slice(3);
    const html = await htmlDocument(
      <Layout locale={locale} path="/search" switchPath={switchPath} siteUrl={siteUrlOf(c, deps)} title={title}
        description={w.description} noindex={asked || invalid}>
        <SearchPage data={data} locale={locale} />
      </Layout>,
    );
    c.header("Cache-Control", invalid ? "no-store" : CACHE_RESULTS);
    return c.html(html, invalid ? 400 : 200);
  });
}
