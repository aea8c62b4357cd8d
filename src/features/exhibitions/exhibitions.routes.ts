/** `/api/exhibitions`: exhibitions, permanent and temporary, and one exhibition with its rooms. */
import type { AppDeps } from "../../web/app-env.ts";
import { listAndDetailRoutes } from "../../web/read-routes.ts";
import { Exhibition, ExhibitionPage } from "./exhibitions.api-schemas.ts";
import { presentExhibition, presentExhibitionSummary } from "./exhibitions.presenter.ts";
import { findExhibitionBySlug, findExhibitionDetails, findExhibitions } from "./exhibitions.repository.ts";
import { exhibitionListQuery } from "./exhibitions.schemas.ts";

export const exhibitionsTag = { name: "exhibitions", description: "Exhibitions, permanent and temporary." };

export function exhibitionRoutes({ db }: AppDeps) {
  return listAndDetailRoutes({
    tag: exhibitionsTag,
    one: "exhibition",
    list: {
      query: exhibitionListQuery,
      page: ExhibitionPage,
      find: async ({ lang: _lang, page, pageSize, ...filters }, locale) => {
        const { rows, total } = await findExhibitions(db, filters, locale, { page, pageSize });
        return { items: rows.map((r) => presentExhibitionSummary(r, locale)), total };
      },
    },
    detail: {
      shape: Exhibition,
      example: "musee-liberation-paris-permanent",
      find: async (slug, locale) => {
        const row = await findExhibitionBySlug(db, slug);
        return row && presentExhibition(row, await findExhibitionDetails(db, row.exhibition.id), locale);
      },
    },
  });
}
