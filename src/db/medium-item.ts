/** The fields of a medium a record lists with it: features that read their own media select these, and media's presenter shapes them. */
import type { media } from "./schema/themes-media.ts";

export type MediumRow = typeof media.$inferSelect;
export type MediumItem = Pick<MediumRow, "slug" | "kind" | "title" | "description" | "altText" | "url" | "credit" | "rights" | "durationSeconds">;
