/** `/api/rooms`: the rooms of the exhibitions in visiting order, and one room with its sections and objects. */
import type { AppDeps } from "../../web/app-env.ts";
import { listAndDetailRoutes } from "../../web/read-routes.ts";
import { Room, RoomPage } from "./exhibitions.api-schemas.ts";
import { presentRoom, presentRoomSummary } from "./exhibitions.presenter.ts";
import { findRoomBySlug, findRoomDetails, findRooms, findObjectsInRoom } from "./exhibitions.repository.ts";
import { roomListQuery } from "./exhibitions.schemas.ts";

export const roomsTag = { name: "rooms", description: "Rooms of the exhibitions, in visiting order." };

export function roomRoutes({ db }: AppDeps) {
  return listAndDetailRoutes({
    tag: roomsTag,
    one: "room",
    list: {
      query: roomListQuery,
      page: RoomPage,
      find: async ({ lang: _lang, page, pageSize, ...filters }, locale) => {
        const { rows, total } = await findRooms(db, filters, locale, { page, pageSize });
        return { items: rows.map((r) => presentRoomSummary(r, locale)), total };
      },
    },
    detail: {
      shape: Room,
      example: "underground-shelter-of-the-resistance",
      find: async (slug, locale) => {
        const row = await findRoomBySlug(db, slug);
        if (!row) return undefined;
        const [details, objects] = await Promise.all([findRoomDetails(db, row.room.id), findObjectsInRoom(db, row.room.id)]);
        return presentRoom(row, details, objects, locale);
      },
    },
  });
}
