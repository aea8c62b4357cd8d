/** Collection objects as the API shows them (collection.presenter.ts). */
import { z } from "@hono/zod-openapi";
import { objectType } from "../../db/schema/collection.ts";
import { apiPath, FuzzyDate, inLanguage, MediaItem, ObjectRef, pageOf, PlaceRef, slug, ThemeRef, TitledRef, updatedAt } from "../../web/api-schemas.ts";

const themes = z.array(ThemeRef);
const media = z.array(MediaItem);

const objectHead = {
  slug,
  url: apiPath,
  type: z.enum(objectType.enumValues),
  title: z.string(),
  summary: z.string().optional(),
  date: FuzzyDate.optional(),
  holder: PlaceRef.describe("The place that holds it."),
  partOf: TitledRef.optional().describe("The collection it belongs to."),
};

export const ObjectSummary = z.object({ ...objectHead, ...inLanguage }).describe("An object as lists show it.").openapi("ObjectSummary");

export const CollectionObject = z.object({
  ...objectHead,
  description: z.string().optional(),
  parts: z.array(ObjectRef),
  itemCount: z.int().optional(),
  itemCountQualifier: z.string().optional(),
  provenance: z.string().optional(),
  credit: z.string().optional(),
  rights: z.string().optional(),
  inventoryNumber: z.string().optional(),
  people: z.array(z.object({ slug, url: apiPath, name: z.string(), role: z.string().optional() })),
  events: z.array(TitledRef),
  places: z.array(PlaceRef).describe("Places it concerns (not the one holding it)."),
  rooms: z.array(z.object({ slug, url: apiPath, number: z.int().optional(), title: z.string(), exhibition: TitledRef }))
    .describe("Rooms where it is shown."),
  themes,
  media,
  updatedAt,
  ...inLanguage,
}).describe("An object of a collection, or a group of objects.").openapi("Object");

export const ObjectPage = pageOf("ObjectPage", ObjectSummary, "collection objects");
