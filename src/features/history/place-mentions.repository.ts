/** The names of the published places, in every language, so history texts can link where they mention one. */
import { eq } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { places } from "../../db/schema/places.ts";

export async function findPlaceNames(db: Queryable) {
  return db.select({ slug: places.slug, name: places.name, shortName: places.shortName }).from(places).where(eq(places.status, "published"));
}
export type PlaceNameRow = Awaited<ReturnType<typeof findPlaceNames>>[number];
