/** How every page of the booking path is answered: the site's layout, never cached (live places, personal data). */
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { Locale } from "../../lib/locales.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { htmlDocument, siteUrlOf } from "../../web/site.tsx";
import { Layout } from "../../web/views/layout.tsx";

export interface BookingPageMeta {
  /** The address after the language prefix (the language switch keeps it). */
  path: string;
  title: string;
  description?: string;
  noindex?: boolean;
}

export async function bookingPage(
  c: Context<AppEnv>, deps: AppDeps, locale: Locale, meta: BookingPageMeta, body: Child, status: 200 | 400 | 403 | 409 | 413 | 429 = 200,
) {
  const html = await htmlDocument(
    <Layout locale={locale} path={meta.path} siteUrl={siteUrlOf(c, deps)} title={meta.title} description={meta.description} noindex={meta.noindex}>
      {body}
    </Layout>,
  );
  c.header("Cache-Control", "no-store");
  return c.html(html, status);
}
