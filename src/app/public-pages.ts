/**
 * The public site's page routers, listed once: mounted by the app, and built on their own (with
 * other deps, e.g. a transaction) to render a draft's public page as a preview.
 */
import { Hono } from "hono";
import { LOCALES } from "../lib/locales.ts";
import { bookingPages } from "../features/booking/booking.pages.tsx";
import { collectionPages } from "../features/collection/collection.pages.tsx";
import { exhibitionPages } from "../features/exhibitions/exhibitions.pages.tsx";
import { historyPages } from "../features/history/history.pages.tsx";
import { placePages } from "../features/places/places.pages.tsx";
import { searchPages } from "../features/search/search.pages.tsx";
import { themePages } from "../features/themes/themes.pages.tsx";
import { AppError } from "../lib/errors.ts";
import type { AppDeps, AppEnv } from "../web/app-env.ts";

/** Mounts every public page router, in each language, under `/{lang}`. */
export function mountPublicPages(app: Hono<AppEnv>, deps: AppDeps): void {
  for (const locale of LOCALES) {
    app.route(`/${locale}`, placePages(deps, locale));
    app.route(`/${locale}`, exhibitionPages(deps, locale));
    app.route(`/${locale}`, collectionPages(deps, locale));
    app.route(`/${locale}`, historyPages(deps, locale));
    app.route(`/${locale}`, themePages(deps, locale));
    app.route(`/${locale}`, bookingPages(deps, locale));
    app.route(`/${locale}`, searchPages(deps, locale));
  }
}

/** The public pages alone, on `deps`: answers a page, or a bare 404 when there is none. */
export function publicPagesApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountPublicPages(app, deps);
  app.onError((error, c) => {
    if (error instanceof AppError) return c.text(error.message, error.status);
    throw error;
  });
  return app;
}

/** Renders the public page at `path` with `deps` (the record store's preview passes its transaction); given to the app as `deps.renderPublicPage`. */
export async function renderPublicPage(deps: AppDeps, path: string): Promise<Response> {
  return publicPagesApp(deps).request(path);
}
