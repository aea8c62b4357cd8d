/** Exhibitions and their rooms as the API shows them (exhibitions.presenter.ts). */
import { z } from "@hono/zod-openapi";
import { exhibitionKind } from "../../db/schema/exhibitions.ts";
import { accessibilityFeature } from "../../db/schema/visiting.ts";
import { apiPath, calendarDate, inLanguage, MediaItem, ObjectRef, pageOf, PlaceRef, slug, ThemeRef, TitledRef, updatedAt } from "../../web/api-schemas.ts";

const themes = z.array(ThemeRef);
const media = z.array(MediaItem);

const exhibitionHead = {
  slug,
  url: apiPath,
  kind: z.enum(exhibitionKind.enumValues),
  title: z.string(),
  summary: z.string().optional(),
  place: PlaceRef,
  opensOn: calendarDate.optional(),
  closesOn: calendarDate.optional(),
};

export const ExhibitionSummary = z.object({ ...exhibitionHead, ...inLanguage }).describe("An exhibition as lists show it.").openapi("ExhibitionSummary");

export const Exhibition = z.object({
  ...exhibitionHead,
  description: z.string().optional(),
  rooms: z.array(z.object({ slug, url: apiPath, number: z.int().optional(), title: z.string() })).describe("In visiting order."),
  themes,
  media,
  updatedAt,
  ...inLanguage,
}).describe("An exhibition and its rooms.").openapi("Exhibition");

export const ExhibitionPage = pageOf("ExhibitionPage", ExhibitionSummary, "exhibitions");

const roomHead = {
  slug,
  url: apiPath,
  number: z.int().optional().describe("The number shown on site."),
  title: z.string(),
  subtitle: z.string().optional(),
  summary: z.string().optional(),
  exhibition: TitledRef,
  place: PlaceRef,
};

export const RoomSummary = z.object({ ...roomHead, ...inLanguage }).describe("A room as lists show it.").openapi("RoomSummary");

export const Room = z.object({
  ...roomHead,
  description: z.string().optional(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), body: z.string().optional(), media })),
  objects: z.array(ObjectRef),
  themes,
  media,
  accessibility: z.array(z.object({
    feature: z.enum(accessibilityFeature.enumValues), value: z.number().optional(), unit: z.string().optional(), text: z.string(),
  })),
  updatedAt,
  ...inLanguage,
}).describe("A room of an exhibition, its sections and the objects shown in it.").openapi("Room");

export const RoomPage = pageOf("RoomPage", RoomSummary, "rooms");
