/**
 * What the back office's import needs around the dataset writer: how much content there is, and
 * staff roles kept across a replace. Replacing content truncates places with CASCADE, which empties
 * role_grants too; roles are remembered by place slug and given back for places that still exist.
 */
import { eq, inArray } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { roleGrants } from "../../db/schema/accounts.ts";
import { collectionObjects } from "../../db/schema/collection.ts";
import { exhibitions, rooms } from "../../db/schema/exhibitions.ts";
import { events, people } from "../../db/schema/history.ts";
import { places } from "../../db/schema/places.ts";
import { media, themes } from "../../db/schema/themes-media.ts";
import type { PlaceRole } from "../../web/app-env.ts";

export const CONTENT_KINDS = ["places", "exhibitions", "rooms", "objects", "people", "events", "themes", "media"] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

const TABLES = { places, exhibitions, rooms, objects: collectionObjects, people, events, themes, media } as const;

/** How many records of each kind are stored. */
export async function countContent(db: Queryable): Promise<Record<ContentKind, number>> {
  const counts = await Promise.all(CONTENT_KINDS.map((k) => db.$count(TABLES[k])));
  return Object.fromEntries(CONTENT_KINDS.map((k, i) => [k, counts[i]!])) as Record<ContentKind, number>;
}

export interface GrantBySlug {
  accountId: number;
  placeSlug: string;
  role: PlaceRole;
}

/** Every role held, with the slug of its place (ids do not survive a replace). */
export function findGrantsByPlaceSlug(db: Queryable): Promise<GrantBySlug[]> {
  return db.select({ accountId: roleGrants.accountId, placeSlug: places.slug, role: roleGrants.role })
    .from(roleGrants).innerJoin(places, eq(places.id, roleGrants.placeId));
}

/** Gives back the roles whose place slug exists now; returns those given back and those dropped. */
export async function restoreGrants(db: Queryable, grants: GrantBySlug[]): Promise<{ restored: GrantBySlug[]; dropped: GrantBySlug[] }> {
  if (grants.length === 0) return { restored: [], dropped: [] };
  const slugs = [...new Set(grants.map((g) => g.placeSlug))];
  const found = await db.select({ id: places.id, slug: places.slug }).from(places).where(inArray(places.slug, slugs));
  const idOf = new Map(found.map((p) => [p.slug, p.id]));
  const restored = grants.filter((g) => idOf.has(g.placeSlug));
  const dropped = grants.filter((g) => !idOf.has(g.placeSlug));
  if (restored.length > 0) {
    await db.insert(roleGrants).values(restored.map((g) => ({ accountId: g.accountId, placeId: idOf.get(g.placeSlug)!, role: g.role })))
      .onConflictDoNothing();
  }
  return { restored, dropped };
}
