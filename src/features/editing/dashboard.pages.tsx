/**
 * The back office home: the places the actor keeps (all of them for administrators) with, per kind,
 * how many drafts and how many records missing a translation, linked to the filtered lists.
 */
import { Hono } from "hono";
import type { Locale } from "../../db/schema/columns.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { requireActor } from "../staff/staff.guard.ts";
import { placesWhere } from "../staff/staff.policies.ts";
import { ownPlaces } from "./editing.choices.ts";
import { listRecords } from "./editing.service.ts";
import type { RecordKind } from "./editing.types.ts";
import { DashboardPage, DASHBOARD_KINDS, type PlaceCounts } from "./dashboard.views.tsx";

// Mounted at "/admin/{lang}", a "/" route would answer "/admin/{lang}" only: an always-empty parameter keeps the slash.
const HOME = "/:home{.{0}}";

export function dashboardPages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  return new Hono<AppEnv>().get(HOME, async (c) => {
    const { actor, session } = requireActor(c, locale);
    const places = placesWhere(actor, "content.edit") === "all" || placesWhere(actor, "content.edit").length > 0 ? await ownPlaces(db, actor) : [];
    const count = async (kind: RecordKind, placeId: number, extra: { status?: "draft"; missingTranslations?: boolean }) =>
      (await listRecords(db, kind, { placeIds: [placeId], page: 1, pageSize: 1, ...extra })).total;
    const rows: PlaceCounts[] = [];
    // One place after the other: a handful of small counting queries each, without flooding the pool.
    for (const place of places) {
      const counts = {} as PlaceCounts["counts"];
      for (const kind of DASHBOARD_KINDS) {
        counts[kind] = { drafts: await count(kind, place.placeId!, { status: "draft" }), missing: await count(kind, place.placeId!, { missingTranslations: true }) };
      }
      rows.push({ place, counts });
    }
    c.header("Cache-Control", "no-store");
    return c.html(<DashboardPage locale={locale} actor={actor} csrfToken={session.csrfToken} places={rows} />);
  });
}
