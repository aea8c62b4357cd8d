import { z } from "zod";
import { slug } from "../../lib/slug.ts";
import { listQuery } from "../../web/validation.ts";

export const EXHIBITION_KINDS = ["permanent", "temporary"] as const;

export const exhibitionListQuery = listQuery({
  place: slug.optional(),
  kind: z.enum(EXHIBITION_KINDS, { error: `must be one of: ${EXHIBITION_KINDS.join(", ")}` }).optional(),
});
export type ExhibitionListQuery = z.infer<typeof exhibitionListQuery>;

export const roomListQuery = listQuery({ exhibition: slug.optional() });
export type RoomListQuery = z.infer<typeof roomListQuery>;
