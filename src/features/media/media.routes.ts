import { Hono } from "hono";
import { z } from "zod";
import { notFound } from "../../lib/errors.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { pageOf } from "../../web/paging.ts";
import { detailQuery, listQuery, parseInput, requestLocale } from "../../web/validation.ts";
import { presentMedium } from "./media.presenter.ts";
import { findMedia, findMediumBySlug } from "./media.repository.ts";

const MEDIA_KINDS = ["image", "film", "video", "audio", "document"] as const;

export const mediaListQuery = listQuery({
  kind: z.enum(MEDIA_KINDS, { error: `must be one of: ${MEDIA_KINDS.join(", ")}` }).optional(),
});

export function mediaRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const { lang, page, pageSize, ...filters } = parseInput(mediaListQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const { rows, total } = await findMedia(db, filters, { page, pageSize });
      return c.json(pageOf(rows.map((r) => presentMedium(r.medium, r.owner, locale)), total, { page, pageSize }, c.req.url));
    })
    .get("/:slug", async (c) => {
      const { lang } = parseInput(detailQuery, c.req.query());
      const locale = requestLocale(c, lang);
      const row = await findMediumBySlug(db, c.req.param("slug"));
      if (!row) throw notFound("medium", c.req.param("slug"));
      return c.json(presentMedium(row.medium, row.owner, locale));
    });
}
