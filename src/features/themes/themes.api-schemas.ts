/** Themes as the API shows them (themes.presenter.ts). */
import { z } from "@hono/zod-openapi";
import { apiPath, inLanguage, pageOf, PlaceRef, slug, TitledRef, updatedAt } from "../../web/api-schemas.ts";

const themeHead = { slug, url: apiPath, name: z.string(), description: z.string().optional() };

export const ThemeSummary = z.object({ ...themeHead, ...inLanguage }).describe("A theme as lists show it.").openapi("ThemeSummary");

export const Theme = z.object({
  ...themeHead,
  places: z.array(PlaceRef),
  exhibitions: z.array(TitledRef),
  rooms: z.array(TitledRef),
  objects: z.array(TitledRef),
  events: z.array(TitledRef),
  updatedAt,
  ...inLanguage,
}).describe("A theme and the records tagged with it.").openapi("Theme");

export const ThemePage = pageOf("ThemePage", ThemeSummary, "themes");
