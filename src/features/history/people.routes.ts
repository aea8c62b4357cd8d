/** `/api/people`: the people of the network's history, and one person with their roles, events and objects. */
import type { AppDeps } from "../../web/app-env.ts";
import { listAndDetailRoutes } from "../../web/read-routes.ts";
import { Person, PersonPage } from "./people.api-schemas.ts";
import { presentPerson, presentPersonSummary } from "./people.presenter.ts";
import { findPeople, findPersonBySlug, findPersonDetails } from "./people.repository.ts";
import { personListQuery } from "./people.schemas.ts";

export const peopleTag = { name: "people", description: "People of the network's history." };

export function peopleRoutes({ db }: AppDeps) {
  return listAndDetailRoutes({
    tag: peopleTag,
    one: "person",
    list: {
      query: personListQuery,
      page: PersonPage,
      find: async ({ lang: _lang, page, pageSize, ...filters }, locale) => {
        const { rows, total } = await findPeople(db, filters, { page, pageSize });
        return { items: rows.map((r) => presentPersonSummary(r, locale)), total };
      },
    },
    detail: {
      shape: Person,
      example: "henri-rol-tanguy",
      find: async (slug, locale) => {
        const row = await findPersonBySlug(db, slug);
        return row && presentPerson(row, await findPersonDetails(db, row.id), locale);
      },
    },
  });
}
