/** `/api/media`: images, films and other media, each with the record it belongs to. */
import { z } from "zod";
import type { AppDeps } from "../../web/app-env.ts";
import { listAndDetailRoutes } from "../../web/read-routes.ts";
import { listQuery } from "../../web/validation.ts";
import { Medium, MediumPage } from "./media.api-schemas.ts";
import { presentMedium } from "./media.presenter.ts";
import { findMedia, findMediumBySlug } from "./media.repository.ts";

const MEDIA_KINDS = ["image", "film", "video", "audio", "document"] as const;

export const mediaListQuery = listQuery({
  kind: z.enum(MEDIA_KINDS, { error: `must be one of: ${MEDIA_KINDS.join(", ")}` }).optional(),
});

export const mediaTag = { name: "media", description: "Images, films and other media." };

export function mediaRoutes({ db }: AppDeps) {
  return listAndDetailRoutes({
    tag: mediaTag,
    one: "medium",
    list: {
      query: mediaListQuery,
      page: MediumPage,
      find: async ({ lang: _lang, page, pageSize, ...filters }, locale) => {
        const { rows, total } = await findMedia(db, filters, { page, pageSize });
        return { items: rows.map((r) => presentMedium(r.medium, r.owner, locale)), total };
      },
    },
    detail: {
      shape: Medium,
      example: "arromanches-360-normandys-100-days",
      find: async (slug, locale) => {
        const row = await findMediumBySlug(db, slug);
        return row && presentMedium(row.medium, row.owner, locale);
      },
    },
  });
}
