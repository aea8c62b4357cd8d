/** The public website's shared machinery: language prefixes, cached rendering, assets, error pages. */
import { assetRoutes } from "./asset-files.ts";
import { answerEncoded, EncodedBody } from "./compression.ts";
import { createHash } from "node:crypto";
import type { Context } from "hono";
import { Hono } from "hono";
import type { Locale } from "../lib/locales.ts";
import type { AppDeps, AppEnv } from "./app-env.ts";
import { isLocale, negotiateLocale } from "./locale.ts";
import { t } from "./i18n/messages.ts";
import { Layout } from "./views/layout.tsx";
import { paths } from "./paths.ts";

/** The site's origin for absolute addresses: the configured one, never the request's Host (which anyone can set). */
export const siteUrlOf = (_c: Context, deps: Pick<AppDeps, "publicUrl">) => deps.publicUrl;

export type RenderedPage = { redirect: string } | {
  html: string;
  /** When what the page shows changes by itself (an opening status), else null. */
  expiresAt?: Date | null;
  status?: 200 | 404;
};

/**
 * Answers with the cached page for this URL when the content has not changed since (and its live
 * status has not expired); otherwise renders, stores and answers.
 */
export async function cachedPage(c: Context<AppEnv>, deps: AppDeps, render: () => Promise<RenderedPage>) {
  const url = new URL(c.req.url);
  const key = `${url.pathname}${url.search}`;
  const revision = await deps.contentRevision();
  const now = deps.now().getTime();
  const hit = deps.pageCache.get(key, revision, now);
  if (hit !== undefined) {
    c.header("X-Page-Cache", "hit");
    return answerPage(c, hit.body);
  }
  const page = await render();
  // A moved address (an alias of a person) is answered, never cached: the target may change.
  if ("redirect" in page) return c.redirect(page.redirect, 301);
  c.header("X-Page-Cache", "miss");
  if ((page.status ?? 200) !== 200) return c.html(page.html, page.status);
  // Encoded as UTF-8 once, and compressed once per encoding asked for: a hit only writes bytes.
  const body = new EncodedBody(utf8.encode(page.html), etagOf(page.html));
  deps.pageCache.set(key, { html: page.html, body, revision, expiresAt: page.expiresAt?.getTime() ?? null });
  return answerPage(c, body);
}

/** A strong validator computed once per rendered page (synchronously: WebCrypto would add a thread-pool hop per request). */
const etagOf = (html: string) => `"${createHash("sha1").update(html).digest("base64url")}"`;

const utf8 = new TextEncoder();

const answerPage = (c: Context<AppEnv>, body: EncodedBody) =>
  answerEncoded(c, body, { type: "text/html; charset=UTF-8", cacheControl: "no-cache" });

/** Renders a JSX page to a complete HTML document. */
export const htmlDocument = async (node: unknown) => `<!doctype html>${await node}`;

/** `/` (by Accept-Language), and the static assets (asset-files.ts: read and minified once, fingerprinted, compressed once). */
export function siteShellRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/", (c) => {
    c.header("Vary", "Accept-Language");
    return c.redirect(`/${negotiateLocale(c.req.header("accept-language"))}/`, 302);
  });
  // Browsers ask for /favicon.ico whatever the page says.
  app.get("/favicon.ico", (c) => c.redirect("/assets/favicon.svg", 301));
  app.route("/", assetRoutes());
  return app;
}

/** The language a page address is in ("/fr/..." → fr), else the visitor's preferred one. */
export function localeOfPath(c: Context): Locale {
  const first = c.req.path.split("/")[1] ?? "";
  return isLocale(first) ? first : negotiateLocale(c.req.header("accept-language"));
}

export async function errorPage(c: Context, deps: Pick<AppDeps, "publicUrl">, status: 404 | 429 | 500, requestId?: string) {
  const locale = localeOfPath(c);
  const m = t(locale);
  const title = status === 404 ? m.notFoundTitle : status === 429 ? m.tooManyTitle : m.serverErrorTitle;
  // The address asked for, without its language: the switch offers the same address in the other language.
  const asked = c.req.path.replace(/^\/(en|fr)(?=\/|$)/, "") || "/";
  const html = await htmlDocument(
    <Layout locale={locale} path={asked} siteUrl={siteUrlOf(c, deps)} title={title} noindex>
      <h1>{title}</h1>
      <p class="prose">{status === 404 ? m.notFoundText : status === 429 ? m.tooManyText : m.serverErrorText}</p>
      {requestId ? <p class="muted">{m.errorReference}: <code>{requestId}</code></p> : null}
      <ul>
        <li><a href={paths.home(locale)}>{m.goHome}</a></li>
        <li><a href={paths.places(locale)}>{m.browseNetwork}</a></li>
      </ul>
    </Layout>,
  );
  return c.html(html, status);
}

