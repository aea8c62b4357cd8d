/** Historical events as the API shows them (events.presenter.ts). */
import { z } from "@hono/zod-openapi";
import { eventKind } from "../../db/schema/history.ts";
import { apiPath, FuzzyDate, inLanguage, MediaItem, ObjectRef, pageOf, PlaceRef, slug, ThemeRef, updatedAt } from "../../web/api-schemas.ts";

const themes = z.array(ThemeRef);
const media = z.array(MediaItem);

const eventLocation = { name: z.string().optional(), place: PlaceRef.optional() };
const whereItHappened = "Where it happened; absent when nothing is known.";

const eventHead = {
  slug,
  url: apiPath,
  kind: z.enum(eventKind.enumValues),
  title: z.string(),
  summary: z.string().optional(),
  date: FuzzyDate.optional(),
  location: z.object(eventLocation).optional().describe(whereItHappened),
};

export const EventSummary = z.object({ ...eventHead, ...inLanguage }).describe("An event as lists show it.").openapi("EventSummary");

export const HistoricalEvent = z.object({
  ...eventHead,
  location: z.object({ ...eventLocation, latitude: z.number().optional(), longitude: z.number().optional() }).optional().describe(whereItHappened),
  description: z.string().optional(),
  factsSource: z.string().optional(),
  people: z.array(z.object({ slug, url: apiPath, name: z.string(), role: z.string().optional() })),
  objects: z.array(ObjectRef),
  themes,
  media,
  updatedAt,
  ...inLanguage,
}).describe("A historical event.").openapi("Event");

export const EventPage = pageOf("EventPage", EventSummary, "events, in date order");
