/** People as the API shows them (people.presenter.ts). */
import { z } from "@hono/zod-openapi";
import { objectType } from "../../db/schema/collection.ts";
import { aliasKind } from "../../db/schema/history.ts";
import { apiPath, FuzzyDate, inLanguage, MediaItem, pageOf, PlaceRef, slug, updatedAt } from "../../web/api-schemas.ts";

const media = z.array(MediaItem);

const personHead = {
  slug,
  url: apiPath,
  name: z.string(),
  title: z.string().optional().describe("What the person is known as, e.g. a rank or office."),
  summary: z.string().optional(),
  birth: FuzzyDate.optional(),
  death: FuzzyDate.optional(),
};

export const PersonSummary = z.object({ ...personHead, ...inLanguage }).describe("A person as lists show them.").openapi("PersonSummary");

export const Person = z.object({
  ...personHead,
  givenName: z.string().optional(),
  familyName: z.string().optional(),
  description: z.string().optional(),
  aliases: z.array(z.object({ name: z.string(), kind: z.enum(aliasKind.enumValues), note: z.string().optional() })),
  roles: z.array(z.object({ role: z.string(), place: PlaceRef.optional(), period: FuzzyDate.optional() })),
  events: z.array(z.object({ slug, url: apiPath, title: z.string(), date: FuzzyDate.optional(), role: z.string().optional() })),
  objects: z.array(z.object({ slug, url: apiPath, type: z.enum(objectType.enumValues), title: z.string(), role: z.string().optional() })),
  media,
  updatedAt,
  ...inLanguage,
}).describe("A person of the network's history.").openapi("Person");

export const PersonPage = pageOf("PersonPage", PersonSummary, "people");
