import { z } from "zod";
import { slug } from "../../lib/slug.ts";
import { listQuery } from "../../web/validation.ts";

export const EVENT_KINDS = [
  "liberation", "battle", "uprising", "repression", "trial", "founding", "opening", "commemoration", "other",
] as const;

const day = z.iso.date("must be a date written YYYY-MM-DD");

export const eventListQuery = listQuery({
  from: day.optional(),
  to: day.optional(),
  kind: z.enum(EVENT_KINDS, { error: `must be one of: ${EVENT_KINDS.join(", ")}` }).optional(),
  theme: slug.optional(),
  place: slug.optional(),
}).refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: "must not be before from", path: ["to"] });
export type EventListQuery = z.infer<typeof eventListQuery>;
