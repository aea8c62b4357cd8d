/** `/api/places`: the places of the network, a page at a time, and one place with everything known about it. */
import type { AppDeps } from "../../web/app-env.ts";
import { listAndDetailRoutes } from "../../web/read-routes.ts";
import { Place, PlacePage } from "./places.api-schemas.ts";
import { presentPlace, presentPlaceSummary } from "./places.presenter.ts";
import { findPlaces, findPlaceWithDetails, suggestedPlaces } from "./places.repository.ts";
import { placeListQuery } from "./places.schemas.ts";
import { findRelatedPlaces } from "./related-places.service.ts";

export const placesTag = { name: "places", description: "Places of the network: museums, memorials, archives, sites." };

export function placeRoutes({ db }: AppDeps) {
  return listAndDetailRoutes({
    tag: placesTag,
    one: "place",
    list: {
      query: placeListQuery,
      page: PlacePage,
      find: async ({ lang: _lang, page, pageSize, ...filters }, locale) => {
        const { rows, total } = await findPlaces(db, filters, locale, { page, pageSize });
        return { items: rows.map((r) => presentPlaceSummary(r, locale)), total };
      },
    },
    detail: {
      shape: Place,
      example: "musee-liberation-paris",
      find: async (slug, locale) => {
        const place = await findPlaceWithDetails(db, slug);
        if (!place) return undefined;
        return presentPlace(place, locale, await findRelatedPlaces(db, place.place.slug, locale, suggestedPlaces(place)));
      },
    },
  });
}
