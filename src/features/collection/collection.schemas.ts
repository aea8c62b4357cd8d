import { z } from "zod";
import { slug } from "../../lib/slug.ts";
import { listQuery } from "../../web/validation.ts";

export const OBJECT_TYPES = [
  "collection", "object", "photograph", "film", "video", "archive", "document", "letter", "drawing", "furniture",
  "uniform", "weapon", "poster", "audio",
] as const;

export const objectListQuery = listQuery({
  holder: slug.optional(),
  type: z.enum(OBJECT_TYPES, { error: `must be one of: ${OBJECT_TYPES.join(", ")}` }).optional(),
  person: slug.optional(),
  partOf: slug.optional(),
});
export type ObjectListQuery = z.infer<typeof objectListQuery>;
