/**
 * What deleting a record takes with it (the foreign keys cascade) or detaches (they set null), so
 * the confirmation page can say so before anything happens. Counts, and a few titles per kind.
 */
import { and, count, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { accounts, roleGrants } from "../../db/schema/accounts.ts";
import { bookingOffers } from "../../db/schema/bookings.ts";
import type { LocalizedText } from "../../lib/locales.ts";
import { collectionObjects, objectEvents, objectPeople, objectPlaces, roomEvents, roomObjects } from "../../db/schema/collection.ts";
import { exhibitions, roomSections, rooms } from "../../db/schema/exhibitions.ts";
import { eventPeople, events, people, personRoles } from "../../db/schema/history.ts";
import { placePartnerships, placeSuggestions } from "../../db/schema/places.ts";
import { accessibilityFacts, admissionOffers } from "../../db/schema/visiting.ts";
import { eventThemes, exhibitionThemes, media, objectThemes, placeThemes, roomThemes } from "../../db/schema/themes-media.ts";
import type { DeletionConsequence } from "./editing.types.ts";

const TITLES_SHOWN = 5;
const nameAsText = (name: string): LocalizedText => ({ en: name, fr: name });

async function titled(kind: DeletionConsequence["kind"], effect: DeletionConsequence["effect"],
  rows: Promise<{ title: LocalizedText }[]>, total: Promise<number>): Promise<DeletionConsequence> {
  const [list, n] = await Promise.all([rows, total]);
  return { kind, effect, count: n, titles: list.map((r) => r.title) };
}

async function counted(db: Queryable, kind: DeletionConsequence["kind"], effect: DeletionConsequence["effect"], queries: Promise<{ n: number }[]>[]): Promise<DeletionConsequence> {
  const results = await Promise.all(queries);
  return { kind, effect, count: results.reduce((sum, [row]) => sum + Number(row?.n ?? 0), 0), titles: [] };
}

function mediaCount(db: Queryable, owners: SQL[]): Promise<{ n: number }[]> {
  return db.select({ n: count() }).from(media).where(or(...owners));
}

export async function findDeletionConsequences(db: Queryable, kind: string, id: number): Promise<DeletionConsequence[]> {
  const list = await consequencesOf(db, kind, id);
  return list.filter((c) => c.count > 0);
}

function consequencesOf(db: Queryable, kind: string, id: number): Promise<DeletionConsequence[]> {
  const roomsOfExhibitions = (exhibitionIds: SQL) => sql`(select ${rooms.id} from ${rooms} where ${rooms.exhibitionId} in ${exhibitionIds})`;
  const sectionsOfRooms = (roomIds: SQL) => sql`(select ${roomSections.id} from ${roomSections} where ${roomSections.roomId} in ${roomIds})`;
  switch (kind) {
    case "place": {
      const ownExhibitions = sql`(select ${exhibitions.id} from ${exhibitions} where ${exhibitions.placeId} = ${id})`;
      const ownRooms = roomsOfExhibitions(ownExhibitions);
      const heldObjects = sql`(select ${collectionObjects.id} from ${collectionObjects} where ${collectionObjects.holderId} = ${id})`;
      return Promise.all([
        titled("exhibition", "deleted", db.select({ title: exhibitions.title }).from(exhibitions).where(eq(exhibitions.placeId, id)).orderBy(exhibitions.id).limit(TITLES_SHOWN),
          db.$count(exhibitions, eq(exhibitions.placeId, id))),
        titled("room", "deleted", db.select({ title: rooms.title }).from(rooms).where(sql`${rooms.id} in ${ownRooms}`).orderBy(rooms.id).limit(TITLES_SHOWN),
          db.$count(rooms, sql`${rooms.id} in ${ownRooms}`)),
        titled("object", "deleted", db.select({ title: collectionObjects.title }).from(collectionObjects).where(eq(collectionObjects.holderId, id)).orderBy(collectionObjects.id).limit(TITLES_SHOWN),
          db.$count(collectionObjects, eq(collectionObjects.holderId, id))),
        counted(db, "media", "deleted", [mediaCount(db, [
          eq(media.placeId, id), sql`${media.exhibitionId} in ${ownExhibitions}`, sql`${media.roomId} in ${ownRooms}`,
          sql`${media.roomSectionId} in ${sectionsOfRooms(ownRooms)}`, sql`${media.objectId} in ${heldObjects}`,
        ])]),
        titled("person", "detached", db.select({ name: people.name }).from(people).where(eq(people.ownerPlaceId, id)).orderBy(people.id).limit(TITLES_SHOWN)
          .then((rows) => rows.map((r) => ({ title: nameAsText(r.name) }))), db.$count(people, eq(people.ownerPlaceId, id))),
        titled("event", "detached", db.select({ title: events.title }).from(events).where(eq(events.ownerPlaceId, id)).orderBy(events.id).limit(TITLES_SHOWN),
          db.$count(events, eq(events.ownerPlaceId, id))),
        titled("link", "deleted", db.select({ email: accounts.email }).from(roleGrants).innerJoin(accounts, eq(accounts.id, roleGrants.accountId))
          .where(eq(roleGrants.placeId, id)).orderBy(accounts.email).limit(TITLES_SHOWN).then((rows) => rows.map((r) => ({ title: nameAsText(r.email) }))),
          db.$count(roleGrants, eq(roleGrants.placeId, id))),
        counted(db, "link", "deleted", [
          db.select({ n: count() }).from(placePartnerships).where(and(eq(placePartnerships.partnerId, id), ne(placePartnerships.placeId, id))),
          db.select({ n: count() }).from(placeSuggestions).where(and(eq(placeSuggestions.targetPlaceId, id), ne(placeSuggestions.placeId, id))),
          db.select({ n: count() }).from(objectPlaces).where(eq(objectPlaces.placeId, id)),
        ]),
        counted(db, "link", "detached", [
          db.select({ n: count() }).from(events).where(and(eq(events.placeId, id))),
          db.select({ n: count() }).from(personRoles).where(eq(personRoles.placeId, id)),
        ]),
        titled("visit", "deleted", db.select({ title: bookingOffers.title }).from(bookingOffers).where(eq(bookingOffers.placeId, id)).orderBy(bookingOffers.position).limit(TITLES_SHOWN),
          db.$count(bookingOffers, eq(bookingOffers.placeId, id))),
      ]);
    }
    case "exhibition": {
      const ownRooms = roomsOfExhibitions(sql`(${id})`);
      return Promise.all([
        titled("room", "deleted", db.select({ title: rooms.title }).from(rooms).where(eq(rooms.exhibitionId, id)).orderBy(rooms.position).limit(TITLES_SHOWN),
          db.$count(rooms, eq(rooms.exhibitionId, id))),
        titled("admission", "deleted", db.select({ title: admissionOffers.label }).from(admissionOffers).where(eq(admissionOffers.exhibitionId, id)).limit(TITLES_SHOWN),
          db.$count(admissionOffers, eq(admissionOffers.exhibitionId, id))),
        titled("accessibility", "deleted", db.select({ title: accessibilityFacts.text }).from(accessibilityFacts).where(sql`${accessibilityFacts.roomId} in ${ownRooms}`).limit(TITLES_SHOWN),
          db.$count(accessibilityFacts, sql`${accessibilityFacts.roomId} in ${ownRooms}`)),
        counted(db, "media", "deleted", [mediaCount(db, [
          eq(media.exhibitionId, id), sql`${media.roomId} in ${ownRooms}`, sql`${media.roomSectionId} in ${sectionsOfRooms(ownRooms)}`,
        ])]),
      ]);
    }
    case "room":
      return Promise.all([
        titled("accessibility", "deleted", db.select({ title: accessibilityFacts.text }).from(accessibilityFacts).where(eq(accessibilityFacts.roomId, id)).limit(TITLES_SHOWN),
          db.$count(accessibilityFacts, eq(accessibilityFacts.roomId, id))),
        counted(db, "media", "deleted", [mediaCount(db, [eq(media.roomId, id), sql`${media.roomSectionId} in ${sectionsOfRooms(sql`(${id})`)}`])]),
      ]);
    case "object":
      return Promise.all([
        counted(db, "media", "deleted", [mediaCount(db, [eq(media.objectId, id)])]),
        counted(db, "link", "deleted", [db.select({ n: count() }).from(roomObjects).where(eq(roomObjects.objectId, id))]),
        titled("object", "detached", db.select({ title: collectionObjects.title }).from(collectionObjects).where(eq(collectionObjects.partOfId, id)).limit(TITLES_SHOWN),
          db.$count(collectionObjects, eq(collectionObjects.partOfId, id))),
      ]);
    case "person":
      return Promise.all([
        counted(db, "media", "deleted", [mediaCount(db, [eq(media.personId, id)])]),
        counted(db, "link", "deleted", [
          db.select({ n: count() }).from(eventPeople).where(eq(eventPeople.personId, id)),
          db.select({ n: count() }).from(objectPeople).where(eq(objectPeople.personId, id)),
        ]),
      ]);
    case "event":
      return Promise.all([
        counted(db, "media", "deleted", [mediaCount(db, [eq(media.eventId, id)])]),
        counted(db, "link", "deleted", [
          db.select({ n: count() }).from(roomEvents).where(eq(roomEvents.eventId, id)),
          db.select({ n: count() }).from(objectEvents).where(eq(objectEvents.eventId, id)),
        ]),
      ]);
    case "theme":
      return Promise.all([counted(db, "link", "deleted", [placeThemes, exhibitionThemes, roomThemes, objectThemes, eventThemes]
        .map((t) => db.select({ n: count() }).from(t).where(inArray(t.themeId, [id]))))]);
  }
  return Promise.resolve([]);
}
