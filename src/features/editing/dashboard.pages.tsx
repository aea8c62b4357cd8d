/**
 * The back office home: the places the actor keeps (all of them for administrators) with, per kind,
 * how many drafts and how many records missing a translation, linked to the filtered lists.
 */
import { Hono } from "hono";
import type { Locale } from "../../lib/locales.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { requireActor } from "../staff/staff.guard.ts";
import { placesWhere } from "../staff/staff.policies.ts";
import { ownPlaces } from "./editing.choices.ts";
import { countDraftsAndMissingByPlace } from "./editing.service.ts";
import { DashboardPage, DASHBOARD_KINDS, type PlaceCounts } from "./dashboard.views.tsx";

// Mounted at "/admin/{lang}", a "/" route would answer "/admin/{lang}" only: an always-empty parameter keeps the slash.
const HOME = "/:home{.{0}}";

export function dashboardPages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  return new Hono<AppEnv>().get(HOME, async (c) => {
    const { actor, session } = requireActor(c, locale);
    const editable = placesWhere(actor, "content.edit");
    const places = editable === "all" || editable.length > 0 ? await ownPlaces(db, actor) : [];
    const placeIds = places.map((p) => p.placeId!);
    // One grouped count per kind, whatever the number of places.
    const byKind = await Promise.all(DASHBOARD_KINDS.map((kind) => countDraftsAndMissingByPlace(db, kind, placeIds)));
    const rows: PlaceCounts[] = places.map((place) => ({
      place,
      counts: Object.fromEntries(DASHBOARD_KINDS.map((kind, i) => [kind, byKind[i]!.get(place.placeId!) ?? { drafts: 0, missing: 0 }])) as PlaceCounts["counts"],
    }));
    return c.html(<DashboardPage locale={locale} actor={actor} csrfToken={session.csrfToken} places={rows} />);
  });
}
