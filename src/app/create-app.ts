/** The HTTP application: shared middleware, every feature's API, page and back-office routers, one error handler. */
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { etag } from "hono/etag";
import { requestId } from "hono/request-id";
import { sitemapRoutes } from "../features/opendata/sitemap.routes.ts";
import { mountApi } from "./api.ts";
import { LOCALES } from "../lib/locales.ts";
import { mountPublicPages, renderPublicPage } from "./public-pages.ts";
import { AppError, routeNotFound, TooManyRequests } from "../lib/errors.ts";
import { errorPage, siteShellRoutes } from "../web/site.tsx";
import type { AppDeps, AppEnv } from "../web/app-env.ts";
import { securityHeaders } from "../web/security-headers.ts";
import { allowedHostsOnly } from "../web/allowed-hosts.ts";
import { pathHasControlCharacter } from "../web/validation.ts";
import { compression } from "../web/compression.ts";
import { withoutTrailingSlash } from "../web/trailing-slash.ts";
import { apiCrossOrigin } from "../web/api-cross-origin.ts";
import { bodyLimit } from "hono/body-limit";
import { ADMIN_MAX_BODY_MB, adminErrorPage, isAdminPath } from "../web/admin/admin-error-page.tsx";
import { adminTotpGate, staffSessions } from "../features/staff/staff.middleware.ts";
import { csrfProtection } from "../features/staff/csrf.middleware.tsx";
import { adminEntryRoutes, staffPages } from "../features/staff/staff.pages.tsx";
import { accountsAdminPages } from "../features/staff/accounts-admin.pages.tsx";
import { auditPages } from "../features/staff/audit-log.pages.tsx";
import { datasetAdminPages } from "../features/dataset/dataset.admin.pages.tsx";
import { dashboardPages } from "../features/editing/dashboard.pages.tsx";
import { editingPages } from "../features/editing/editing.pages.tsx";
import { recordActionPages } from "../features/editing/record-actions.pages.tsx";
import { deskPages } from "../features/desk/desk.pages.tsx";
import { proofOfWorkAssetRoutes } from "../features/limits/proof-of-work.assets.ts";

export function createApp(appDeps: AppDeps): Hono<AppEnv> {
  // The back office's preview renders the public pages, which only this composition root knows.
  const deps: AppDeps = { ...appDeps, renderPublicPage: appDeps.renderPublicPage ?? renderPublicPage };
  const app = new Hono<AppEnv>();
  app.use(allowedHostsOnly(deps.allowedHosts));
  app.use(requestId());
  app.use(securityHeaders());
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    deps.logger.info("request", {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      requestId: c.get("requestId"),
    });
  });
  // Brotli or gzip for what the handlers did not compress themselves (cached pages and assets keep theirs).
  app.use(compression());
  // No page has a control character in its address (the API names the parameter in its validation hook).
  app.use(async (c, next) => {
    if (isApi(c.req.path) || !pathHasControlCharacter(c.req.path)) return next();
    return isAdminPath(c.req.path) ? adminErrorPage(c, 404) : errorPage(c, deps, 404);
  });
  // Back office: who is signed in, CSRF on every write, the second-factor requirement (features/staff).
  app.use("/admin/*", bodyLimit({ maxSize: ADMIN_MAX_BODY_MB * 1024 * 1024, onError: (c) => adminErrorPage(c, 413) }));
  app.use("/admin/*", staffSessions(deps), csrfProtection(deps), adminTotpGate(deps));
  // Reads open to every site (CORS), writes only JSON and only from this origin or without a browser.
  app.use("/api/*", apiCrossOrigin(deps));
  app.use("/health/*", apiCrossOrigin(deps)); // "/health/*" matches "/health" too
  app.use("/api/*", etag());
  app.use("/api/*", async (c, next) => {
    await next();
    c.header("Vary", "Accept-Language", { append: true });
    // Unless the handler said otherwise (e.g. no-store on a proof-of-work challenge or a booking).
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-cache");
  });

  app.route("/", siteShellRoutes());
  app.route("/", proofOfWorkAssetRoutes());
  app.route("/", sitemapRoutes(deps));
  mountPublicPages(app, deps);
  app.route("/", adminEntryRoutes());
  for (const locale of LOCALES) app.route(`/admin/${locale}`, staffPages(deps, locale));
  for (const locale of LOCALES) {
    app.route(`/admin/${locale}`, accountsAdminPages(deps, locale));
    app.route(`/admin/${locale}`, auditPages(deps, locale));
    app.route(`/admin/${locale}`, datasetAdminPages(deps, locale));
    app.route(`/admin/${locale}`, dashboardPages(deps, locale));
    app.route(`/admin/${locale}`, editingPages(deps, locale));
    app.route(`/admin/${locale}`, recordActionPages(deps, locale));
    app.route(`/admin/${locale}`, deskPages(deps, locale));
  }
  // API
  mountApi(app, deps);
  // Liveness: answers without touching the database (load balancers; the benchmarks' baseline).
  app.get("/health/live", (c) => c.text("ok"));
  app.get("/health", async (c) => {
    const up = await deps.ping();
    return c.json({ status: up ? "ok" : "unavailable", database: up ? "up" : "down" }, up ? 200 : 503);
  });

  const isApi = (path: string) => path === "/api" || path.startsWith("/api/") || path.startsWith("/health");
  app.notFound((c) => {
    const canonical = withoutTrailingSlash(c.req.method, c.req.url);
    if (canonical !== undefined) return c.redirect(canonical, 301);
    if (isApi(c.req.path)) return c.json(routeNotFound(c.req.path).toJSON(), 404);
    return isAdminPath(c.req.path) ? adminErrorPage(c, 404) : errorPage(c, deps, 404);
  });
  app.onError((error, c) => {
    if (error instanceof AppError) {
      if (error instanceof TooManyRequests) c.header("Retry-After", String(error.retryAfterSeconds));
      if (isAdminPath(c.req.path) && (error.status === 403 || error.status === 404)) return adminErrorPage(c, error.status);
      if (!isApi(c.req.path) && (error.status === 404 || error.status === 429)) return errorPage(c, deps, error.status);
      return c.json(error.toJSON(), error.status);
    }
    // A response decided deep in a handler (e.g. the back office sending a signed-out visitor to sign in).
    if (error instanceof HTTPException && error.res) return error.getResponse();
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ error: "bad_request", message: error.message || "The request could not be read." }, error.status);
    }
    const id = c.get("requestId");
    deps.logger.error("unhandled error", { requestId: id, method: c.req.method, path: c.req.path, error });
    if (!isApi(c.req.path)) return errorPage(c, deps, 500, id);
    return c.json({ error: "internal_error", message: `Something went wrong on our side. Quote request id ${id} if you report it.`, requestId: id }, 500);
  });
  return app;
}
