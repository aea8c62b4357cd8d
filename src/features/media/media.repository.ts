/**
 * Reading media. A medium is public when it is published and so is the record it belongs to
 * (for a room section, its room), so its owner link never leads to a hidden record.
 */
import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/database.ts";
import { isVisibleExhibition, isVisibleObject, isVisibleRoom } from "../../db/public-content.ts";
import { collectionObjects } from "../../db/schema/collection.ts";
import { roomSections, rooms, exhibitions } from "../../db/schema/exhibitions.ts";
import { events, people } from "../../db/schema/history.ts";
import { places } from "../../db/schema/places.ts";
import { media } from "../../db/schema/themes-media.ts";
import { offsetOf, type PageRequest } from "../../web/paging.ts";

export type MediumKind = (typeof media.$inferSelect)["kind"];
export interface MediaFilters { kind?: MediumKind }

const sectionRoom = alias(rooms, "section_room");

// Exactly one owner column is set (a check constraint), so one true branch makes a medium public.
const ownerIsPublic = or(
  inArray(media.placeId, sql`(select ${places.id} from ${places} where ${places.status} = 'published')`),
  isVisibleExhibition(media.exhibitionId),
  isVisibleRoom(media.roomId),
  inArray(media.roomSectionId, sql`(select ${roomSections.id} from ${roomSections} where ${isVisibleRoom(roomSections.roomId)})`),
  isVisibleObject(media.objectId),
  inArray(media.personId, sql`(select ${people.id} from ${people} where ${people.status} = 'published')`),
  inArray(media.eventId, sql`(select ${events.id} from ${events} where ${events.status} = 'published')`),
);

const isPublic = and(eq(media.status, "published"), ownerIsPublic);

const ownerSlugs = {
  placeSlug: places.slug,
  exhibitionSlug: exhibitions.slug,
  roomSlug: rooms.slug,
  sectionKey: roomSections.key,
  sectionRoomSlug: sectionRoom.slug,
  objectSlug: collectionObjects.slug,
  personSlug: people.slug,
  eventSlug: events.slug,
};
export type MediumOwnerSlugs = { [K in keyof typeof ownerSlugs]: string | null };

function selectWithOwner(db: Queryable) {
  return db.select({ medium: media, ...ownerSlugs }).from(media)
    .leftJoin(places, eq(places.id, media.placeId))
    .leftJoin(exhibitions, eq(exhibitions.id, media.exhibitionId))
    .leftJoin(rooms, eq(rooms.id, media.roomId))
    .leftJoin(roomSections, eq(roomSections.id, media.roomSectionId))
    .leftJoin(sectionRoom, eq(sectionRoom.id, roomSections.roomId))
    .leftJoin(collectionObjects, eq(collectionObjects.id, media.objectId))
    .leftJoin(people, eq(people.id, media.personId))
    .leftJoin(events, eq(events.id, media.eventId));
}

const split = ({ medium, ...owner }: Awaited<ReturnType<ReturnType<typeof selectWithOwner>["execute"]>>[number]) =>
  ({ medium, owner: owner satisfies MediumOwnerSlugs });
export type MediumWithOwner = ReturnType<typeof split>;

/** A page of public media, in the order they were entered. */
export async function findMedia(db: Queryable, filters: MediaFilters, page: PageRequest) {
  const where: SQL | undefined = and(isPublic, filters.kind ? eq(media.kind, filters.kind) : undefined);
  const [rows, total] = await Promise.all([
    selectWithOwner(db).where(where).orderBy(asc(media.id)).limit(page.pageSize).offset(offsetOf(page)),
    db.$count(media, where),
  ]);
  return { rows: rows.map(split), total };
}

export async function findMediumBySlug(db: Queryable, slug: string): Promise<MediumWithOwner | undefined> {
  const [row] = await selectWithOwner(db).where(and(isPublic, eq(media.slug, slug)));
  return row && split(row);
}
