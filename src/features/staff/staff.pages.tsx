/** The staff pages of one back office language (`/admin/{locale}/...`), and `/admin` itself. */
import type { Context } from "hono";
import { Hono } from "hono";
import type { Locale } from "../../lib/locales.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { adminUrl } from "../../web/admin/admin-layout.tsx";
import { negotiateLocale } from "../../web/locale.ts";
import { accountPages } from "./account.pages.tsx";
import { signInPages } from "./sign-in.pages.tsx";

export function staffPages(deps: AppDeps, locale: Locale): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.route("/", signInPages(deps, locale));
  app.route("/", accountPages(deps, locale));
  return app;
}

/** `/admin` and `/admin/`: to the back office in the signed-in person's language, else the browser's. */
export function adminEntryRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const toHome = (c: Context<AppEnv>) => {
    c.header("Vary", "Accept-Language, Cookie");
    return c.redirect(adminUrl(c.get("actor")?.locale ?? negotiateLocale(c.req.header("accept-language")), "/"), 302);
  };
  app.get("/admin", toHome);
  app.get("/admin/", toHome);
  return app;
}
