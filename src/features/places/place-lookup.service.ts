/** Places as the back office's other features name them (pickers, filters, roles), drafts included, without reaching into this feature's repository. */
import type { Queryable } from "../../db/database.ts";
import type { LocalizedText } from "../../lib/locales.ts";
import { findPlaceIdsBySlugs, findPlaceLabels } from "./places.repository.ts";

/** Every place by slug: id, slug and name. */
export const listPlaceLabels = (db: Queryable): Promise<{ id: number; slug: string; name: LocalizedText }[]> => findPlaceLabels(db);

/** Place ids by slug, for the slugs that exist. */
export const placeIdsBySlugs = (db: Queryable, slugs: string[]): Promise<Map<string, number>> => findPlaceIdsBySlugs(db, slugs);
