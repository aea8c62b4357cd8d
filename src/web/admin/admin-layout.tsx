/**
 * The back office page shell: skip link, header with the navigation the actor may use, language
 * switch (same page in the other language), sign-out form, flash message. Never indexed, never cached.
 */
import type { Child } from "hono/jsx";
import type { Locale } from "../../lib/locales.ts";
import type { Actor } from "../app-env.ts";
import { otherLocale } from "../i18n/messages.ts";
import { adminText, type AdminMessages } from "./admin-text.ts";
import { adminUrl } from "./admin-paths.ts";
import { paths } from "../paths.ts";
import { assetPath } from "../asset-files.ts";

const administrators = (actor: Actor) => actor.isAdministrator;
/** Administrators and whoever holds the front desk role for some place (the same rule as staff.policies' `bookings.manage`). */
export const frontDeskStaff = (actor: Actor) => actor.isAdministrator || actor.grants.some((g) => g.role === "front_desk");

/** The sections of the back office; one with `visibleTo` is listed only to the actors it accepts. */
export const ADMIN_SECTIONS: { key: keyof AdminMessages; path: string; visibleTo?: (actor: Actor) => boolean }[] = [
  { key: "dashboard", path: "/" },
  { key: "desk", path: "/desk", visibleTo: frontDeskStaff },
  { key: "places", path: "/content/place" },
  { key: "exhibitions", path: "/content/exhibition" },
  { key: "objects", path: "/content/object" },
  { key: "people", path: "/content/person" },
  { key: "events", path: "/content/event" },
  { key: "themes", path: "/content/theme", visibleTo: administrators },
  { key: "accounts", path: "/accounts", visibleTo: administrators },
  { key: "audit", path: "/audit", visibleTo: administrators },
  { key: "data", path: "/data", visibleTo: administrators },
];

export { adminUrl };

export interface AdminPageProps {
  locale: Locale;
  /** Path after `/admin/{locale}`, e.g. "/content/place" (the language switch links to the same path). */
  path: string;
  title: string;
  /** Absent on the sign-in pages. */
  actor?: Actor;
  /** The session's CSRF token, for the sign-out form. */
  csrfToken?: string;
  /** A confirmation shown at the top ("Saved."), announced to screen readers. */
  flash?: string;
  children: Child;
}

export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

export function AdminLayout(props: AdminPageProps) {
  const { locale, actor } = props;
  const m = adminText(locale);
  const other = otherLocale(locale);
  const current = (path: string) => (path === "/" ? props.path === "/" : props.path === path || props.path.startsWith(`${path}/`));
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${props.title} — ${m.backOffice}`}</title>
        <link rel="icon" href={assetPath("favicon.svg")} type="image/svg+xml" />
        <link rel="stylesheet" href={assetPath("site.css")} />
        <link rel="stylesheet" href={assetPath("admin.css")} />
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">{m.skipToContent}</a>
        <header class="site-header">
          <div class="container header-row">
            <a class="site-name" href={adminUrl(locale, "/")}>{`Remembrance — ${m.backOffice}`}</a>
            <a class="language-switch" href={adminUrl(other, props.path)} hreflang={other} lang={other} aria-label={m.otherLanguageLabel}>
              {m.otherLanguageName}
            </a>
          </div>
          {actor ? (
            <div class="container admin-bar">
              <nav aria-label={m.adminNavigation}>
                <ul class="nav-list">
                  {ADMIN_SECTIONS.filter((s) => !s.visibleTo || s.visibleTo(actor)).map((s) => (
                    <li><a href={adminUrl(locale, s.path)} aria-current={current(s.path) ? "page" : undefined}>{m[s.key]}</a></li>
                  ))}
                </ul>
              </nav>
              <div class="admin-account">
                <span class="muted">{m.signedInAs} <a href={adminUrl(locale, "/account")}>{actor.name}</a></span>
                <form method="post" action={adminUrl(locale, "/sign-out")} class="inline-form">
                  {props.csrfToken ? <CsrfField token={props.csrfToken} /> : null}
                  <button type="submit" class="link-button">{m.signOut}</button>
                </form>
                <a href={paths.home(locale)}>{m.viewSite}</a>
              </div>
            </div>
          ) : null}
        </header>
        <main id="main" tabindex={-1}>
          <div class="container">
            {props.flash ? <p class="flash" role="status">{props.flash}</p> : null}
            {props.children}
          </div>
        </main>
      </body>
    </html>
  );
}
