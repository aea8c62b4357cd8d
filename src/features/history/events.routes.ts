/** `/api/events`: historical events in date order, and one event with its people and objects. */
import type { AppDeps } from "../../web/app-env.ts";
import { listAndDetailRoutes } from "../../web/read-routes.ts";
import { EventPage, HistoricalEvent } from "./events.api-schemas.ts";
import { presentEvent, presentEventSummary } from "./events.presenter.ts";
import { findEventBySlug, findEventDetails, findEvents } from "./events.repository.ts";
import { eventListQuery } from "./events.schemas.ts";

export const eventsTag = { name: "events", description: "Historical events, in date order." };

export function eventRoutes({ db }: AppDeps) {
  return listAndDetailRoutes({
    tag: eventsTag,
    one: "event",
    list: {
      query: eventListQuery,
      page: EventPage,
      find: async ({ lang: _lang, page, pageSize, ...filters }, locale) => {
        const { rows, total } = await findEvents(db, filters, { page, pageSize });
        return { items: rows.map((r) => presentEventSummary(r, locale)), total };
      },
    },
    detail: {
      shape: HistoricalEvent,
      example: "liberation-of-paris",
      find: async (slug, locale) => {
        const row = await findEventBySlug(db, slug);
        return row && presentEvent(row, await findEventDetails(db, row.event.id), locale);
      },
    },
  });
}
