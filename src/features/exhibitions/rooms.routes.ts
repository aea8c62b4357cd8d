import { Hono } from "hono";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { pageOf } from "../../web/paging.ts";
import { detailQuery, parseInput, requestLocale } from "../../web/validation.ts";
import { presentRoom, presentRoomSummary } from "./exhibitions.presenter.ts";
import { findRoomBySlug, findRoomDetails, findRooms, findObjectsInRoom } from "./exhibitions.repository.ts";
import { roomListQuery } from "./exhibitions.schemas.ts";

export function roomRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const { lang, page, pageSize, ...filters } = parseInput(roomListQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const { rows, total } = await findRooms(db, filters, locale, { page, pageSize });
      return c.json(pageOf(rows.map((r) => presentRoomSummary(r, locale)), total, { page, pageSize }, c.req.url));
    })
    .get("/:slug", async (c) => {
      const { lang } = parseInput(detailQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const row = await findRoomBySlug(db, c.req.param("slug"));
      if (!row) throw notFound("room", c.req.param("slug"));
      const [details, objects] = await Promise.all([findRoomDetails(db, row.room.id), findObjectsInRoom(db, row.room.id)]);
      return c.json(presentRoom(row, details, objects, locale));
    });
}
