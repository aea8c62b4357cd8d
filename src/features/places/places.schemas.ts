import { z } from "zod";
import { slug } from "../../lib/slug.ts";
import { listQuery } from "../../web/validation.ts";

export const PLACE_KINDS = ["museum", "memorial", "archive", "historic_site", "cinema", "library", "research_centre", "monument"] as const;

export const placeListQuery = listQuery({
  kind: z.enum(PLACE_KINDS, { error: `must be one of: ${PLACE_KINDS.join(", ")}` }).optional(),
  city: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters").optional(),
  theme: slug.optional(),
});
export type PlaceListQuery = z.infer<typeof placeListQuery>;
