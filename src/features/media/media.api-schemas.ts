/** Media as the API shows them (media.presenter.ts): each with the record it belongs to. */
import { z } from "@hono/zod-openapi";
import { apiPath, inLanguage, mediumFields, pageOf } from "../../web/api-schemas.ts";

export const Medium = z.object({
  ...mediumFields,
  owner: z.object({
    type: z.enum(["place", "exhibition", "room", "section", "object", "person", "event"]),
    slug: z.string().describe("The owner's slug; for a room section, its room's."),
    key: z.string().optional().describe("For a room section: the section's key."),
    url: apiPath,
  }).optional().describe("The record the medium belongs to."),
  ...inLanguage,
}).describe("An image, film or other medium and the record it belongs to.").openapi("Medium");

export const MediumPage = pageOf("MediumPage", Medium, "media");
