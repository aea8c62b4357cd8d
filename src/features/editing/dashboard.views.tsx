/** The dashboard: per place, drafts and missing translations per kind, and what the actor may create. */
import type { Locale } from "../../lib/locales.ts";
import { AdminLayout, adminUrl, frontDeskStaff } from "../../web/admin/admin-layout.tsx";
import { adminText } from "../../web/admin/admin-text.ts";
import type { Actor } from "../../web/app-env.ts";
import { editingText } from "./editing.admin-text.ts";
import type { RecordKind, RecordSummary } from "./editing.types.ts";
import { LocalText } from "./editing.views.tsx";
import { adminPaths } from "../../web/admin/admin-paths.ts";

export const DASHBOARD_KINDS = ["place", "exhibition", "room", "object", "person", "event"] as const satisfies RecordKind[];
type DashboardKind = (typeof DASHBOARD_KINDS)[number];

export interface PlaceCounts {
  place: RecordSummary;
  counts: Record<DashboardKind, { drafts: number; missing: number }>;
}

export function DashboardPage(p: { locale: Locale; actor: Actor; csrfToken: string; places: PlaceCounts[] }) {
  const { locale, actor } = p;
  const w = editingText(locale);
  const list = (kind: RecordKind, place: string, filter: string) => `${adminPaths.records(locale, kind)}?place=${encodeURIComponent(place)}&${filter}`;
  const creatable: RecordKind[] = actor.isAdministrator ? ["place", "exhibition", "object", "person", "event", "theme"]
    : p.places.length > 0 ? ["exhibition", "object", "person", "event"] : [];
  return (
    <AdminLayout locale={locale} path="/" title={adminText(locale).dashboard} actor={actor} csrfToken={p.csrfToken}>
      <h1>{adminText(locale).dashboard}</h1>
      <p>{w.dashboardIntro}</p>
      {/* The front desk's daily tool comes first for those who hold it (a front desk member has no content to edit). */}
      {frontDeskStaff(actor) ? (
        <section aria-labelledby="desk-heading">
          <h2 id="desk-heading"><a href={adminUrl(locale, "/desk")}>{adminText(locale).desk}</a></h2>
          <p>{adminText(locale).deskIntro}</p>
        </section>
      ) : null}
      {p.places.length === 0 ? (frontDeskStaff(actor) ? null : <p>{w.noPlaces}</p>) : (
        <table class="admin-table">
          <thead>
            <tr><th scope="col">{w.place}</th>{DASHBOARD_KINDS.map((k) => <th scope="col">{w.kindPlural[k]}</th>)}</tr>
          </thead>
          <tbody>
            {p.places.map(({ place, counts }) => (
              <tr>
                <th scope="row"><a href={adminPaths.record(locale, "place", place.slug)}><LocalText text={place.title} locale={locale} fallback={place.slug} /></a></th>
                {DASHBOARD_KINDS.map((k) => (
                  <td>
                    {/* Only what needs attention is a link; nothing to do reads as plain, muted text. */}
                    {counts[k].drafts > 0 ? <a href={list(k, place.slug, "status=draft")}>{w.drafts(counts[k].drafts)}</a> : <span class="muted">{w.drafts(0)}</span>}
                    <br />
                    {counts[k].missing > 0 ? <a href={list(k, place.slug, "missing=1")}>{w.missingCount(counts[k].missing)}</a> : <span class="muted">{w.missingCount(0)}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creatable.length > 0 ? (
        <>
          <h2>{w.createLinks}</h2>
          <ul class="nav-list">{creatable.map((k) => <li><a href={adminPaths.newRecord(locale, k)}>{w.newRecord[k]}</a></li>)}</ul>
        </>
      ) : null}
    </AdminLayout>
  );
}
