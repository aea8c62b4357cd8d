import type { z } from "zod";
import { listQuery } from "../../web/validation.ts";

/** Themes have no filters: language and paging only. */
export const themeListQuery = listQuery({});
export type ThemeListQuery = z.infer<typeof themeListQuery>;
