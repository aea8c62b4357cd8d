/** `/api/objects`: objects and collections, and one object with what it is linked to. */
import type { AppDeps } from "../../web/app-env.ts";
import { listAndDetailRoutes } from "../../web/read-routes.ts";
import { CollectionObject, ObjectPage } from "./collection.api-schemas.ts";
import { presentObject, presentObjectSummary } from "./collection.presenter.ts";
import { findObjectBySlug, findObjectDetails, findObjects } from "./collection.repository.ts";
import { objectListQuery } from "./collection.schemas.ts";

export const objectsTag = { name: "objects", description: "Objects and collections." };

export function collectionRoutes({ db }: AppDeps) {
  return listAndDetailRoutes({
    tag: objectsTag,
    one: "object",
    list: {
      query: objectListQuery,
      page: ObjectPage,
      find: async ({ lang: _lang, page, pageSize, ...filters }, locale) => {
        const { rows, total } = await findObjects(db, filters, { page, pageSize });
        return { items: rows.map((r) => presentObjectSummary(r, locale)), total };
      },
    },
    detail: {
      shape: CollectionObject,
      example: "general-leclerc-collection",
      find: async (slug, locale) => {
        const row = await findObjectBySlug(db, slug);
        return row && presentObject(row, await findObjectDetails(db, row.object.id, locale), locale);
      },
    },
  });
}
