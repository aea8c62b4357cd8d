/**
 * Reads one record and what hangs off it, with queries scoped to that record (never the whole
 * dataset), and turns the rows into its document with the export's own mapping.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { bookingOffers } from "../../db/schema/bookings.ts";
import { objectEvents, objectPeople, objectPlaces, roomEvents, roomObjects } from "../../db/schema/collection.ts";
import { roomSections, rooms } from "../../db/schema/exhibitions.ts";
import { eventPeople, personAliases, personRoles } from "../../db/schema/history.ts";
import { audienceAdvice, openingExceptions, openingHours, placeFigures, placeHighlights, placePartnerships, placeSuggestions } from "../../db/schema/places.ts";
import { accessibilityFacts, admissionOffers } from "../../db/schema/visiting.ts";
import { eventThemes, exhibitionThemes, media, objectThemes, placeThemes, roomThemes } from "../../db/schema/themes-media.ts";
import {
  eventDocument, exhibitionDocument, objectDocument, personDocument, placeDocument, roomDocument, themeDocument,
} from "../dataset/dataset-documents.ts";
import type { RecordKind } from "./editing.types.ts";
import { slugsOfIds, type RootRow } from "./record-lookup.repository.ts";

type MediaOwner = "placeId" | "exhibitionId" | "roomId" | "objectId" | "personId" | "eventId";
const mediaOf = (db: Queryable, owner: MediaOwner, id: number) =>
  db.select().from(media).where(eq(media[owner], id)).orderBy(asc(media.position), asc(media.id));
const themeLinks = (ids: { themeId: number }[]) => ids.map((l) => l.themeId);

/** The raw document of the record `root` of `kind` (parse it with the kind's schema), and for an exhibition its rooms in order. */
export async function readDocument<K extends RecordKind>(db: Queryable, kind: K, root: RootRow<K>): Promise<{ raw: Record<string, unknown>; rooms?: string[] }> {
  switch (kind) {
    case "theme": return { raw: themeDocument(root as RootRow<"theme">) };
    case "place": return { raw: await readPlace(db, root as RootRow<"place">) };
    case "person": return { raw: await readPerson(db, root as RootRow<"person">) };
    case "event": return { raw: await readEvent(db, root as RootRow<"event">) };
    case "exhibition": return readExhibition(db, root as RootRow<"exhibition">);
    case "room": return { raw: await readRoom(db, root as RootRow<"room">) };
    case "object": return { raw: await readObject(db, root as RootRow<"object">) };
  }
  throw new Error(`unknown kind ${kind}`);
}

async function readPlace(db: Queryable, p: RootRow<"place">) {
  const [highlights, figures, hours, exceptions, admission, audience, accessibility, partners, suggestions, themes, placeMedia, visits] = await Promise.all([
    db.select().from(placeHighlights).where(eq(placeHighlights.placeId, p.id)).orderBy(asc(placeHighlights.position)),
    db.select().from(placeFigures).where(eq(placeFigures.placeId, p.id)).orderBy(asc(placeFigures.position)),
    db.select().from(openingHours).where(eq(openingHours.placeId, p.id)).orderBy(asc(openingHours.id)),
    db.select().from(openingExceptions).where(eq(openingExceptions.placeId, p.id)).orderBy(asc(openingExceptions.id)),
    db.select().from(admissionOffers).where(eq(admissionOffers.placeId, p.id)).orderBy(asc(admissionOffers.position)),
    db.select().from(audienceAdvice).where(eq(audienceAdvice.placeId, p.id)).orderBy(asc(audienceAdvice.position)),
    db.select().from(accessibilityFacts).where(eq(accessibilityFacts.placeId, p.id)).orderBy(asc(accessibilityFacts.position)),
    db.select().from(placePartnerships).where(eq(placePartnerships.placeId, p.id)).orderBy(asc(placePartnerships.position)),
    db.select().from(placeSuggestions).where(eq(placeSuggestions.placeId, p.id)).orderBy(asc(placeSuggestions.position)),
    db.select().from(placeThemes).where(eq(placeThemes.ownerId, p.id)),
    mediaOf(db, "placeId", p.id),
    db.select().from(bookingOffers).where(and(eq(bookingOffers.placeId, p.id), isNull(bookingOffers.archivedAt))).orderBy(asc(bookingOffers.position)),
  ]);
  const slugs = await slugsOfIds(db, {
    place: [...partners.map((x) => x.partnerId), ...suggestions.map((x) => x.targetPlaceId)],
    exhibition: admission.map((a) => a.exhibitionId), room: accessibility.map((a) => a.roomId), theme: themeLinks(themes),
  });
  return placeDocument(p, {
    highlights, figures, openingHours: hours, openingExceptions: exceptions, admission, audience, accessibility, partners, suggestions,
    themes, media: placeMedia, visits,
  }, slugs);
}

async function readPerson(db: Queryable, p: RootRow<"person">) {
  const [aliases, roles, personMedia] = await Promise.all([
    db.select().from(personAliases).where(eq(personAliases.personId, p.id)).orderBy(asc(personAliases.position)),
    db.select().from(personRoles).where(eq(personRoles.personId, p.id)).orderBy(asc(personRoles.position)),
    mediaOf(db, "personId", p.id),
  ]);
  const slugs = await slugsOfIds(db, { place: [p.ownerPlaceId, ...roles.map((r) => r.placeId)] });
  return personDocument(p, { aliases, roles, media: personMedia }, slugs);
}

async function readEvent(db: Queryable, e: RootRow<"event">) {
  const [people, themes, eventMedia] = await Promise.all([
    db.select().from(eventPeople).where(eq(eventPeople.eventId, e.id)).orderBy(asc(eventPeople.position)),
    db.select().from(eventThemes).where(eq(eventThemes.ownerId, e.id)),
    mediaOf(db, "eventId", e.id),
  ]);
  const slugs = await slugsOfIds(db, { place: [e.ownerPlaceId, e.placeId], person: people.map((x) => x.personId), theme: themeLinks(themes) });
  return eventDocument(e, { people, themes, media: eventMedia }, slugs);
}

async function readExhibition(db: Queryable, e: RootRow<"exhibition">) {
  const [themes, exhibitionMedia, roomRows] = await Promise.all([
    db.select().from(exhibitionThemes).where(eq(exhibitionThemes.ownerId, e.id)),
    mediaOf(db, "exhibitionId", e.id),
    db.select({ slug: rooms.slug }).from(rooms).where(eq(rooms.exhibitionId, e.id)).orderBy(asc(rooms.position)),
  ]);
  const slugs = await slugsOfIds(db, { place: [e.placeId], theme: themeLinks(themes) });
  return { raw: exhibitionDocument(e, { themes, media: exhibitionMedia }, slugs), rooms: roomRows.map((r) => r.slug) };
}

async function readRoom(db: Queryable, r: RootRow<"room">) {
  const [sections, objects, events, themes, roomMedia] = await Promise.all([
    db.select().from(roomSections).where(eq(roomSections.roomId, r.id)).orderBy(asc(roomSections.position)),
    db.select().from(roomObjects).where(eq(roomObjects.roomId, r.id)).orderBy(asc(roomObjects.position)),
    db.select().from(roomEvents).where(eq(roomEvents.roomId, r.id)).orderBy(asc(roomEvents.position)),
    db.select().from(roomThemes).where(eq(roomThemes.ownerId, r.id)),
    mediaOf(db, "roomId", r.id),
  ]);
  const sectionMedia = sections.length === 0 ? [] : await db.select().from(media)
    .where(inArray(media.roomSectionId, sections.map((s) => s.id))).orderBy(asc(media.position), asc(media.id));
  const slugs = await slugsOfIds(db, {
    exhibition: [r.exhibitionId], object: objects.map((x) => x.objectId), event: events.map((x) => x.eventId), theme: themeLinks(themes),
  });
  const doc = roomDocument(r, {
    sections, sectionMedia: (id) => sectionMedia.filter((m) => m.roomSectionId === id), objects, events, themes, media: roomMedia,
  }, slugs);
  return { ...doc, exhibition: slugs("exhibition", r.exhibitionId)! };
}

async function readObject(db: Queryable, o: RootRow<"object">) {
  const [people, events, placeLinks, themes, objectMedia] = await Promise.all([
    db.select().from(objectPeople).where(eq(objectPeople.objectId, o.id)).orderBy(asc(objectPeople.position)),
    db.select().from(objectEvents).where(eq(objectEvents.objectId, o.id)),
    db.select().from(objectPlaces).where(eq(objectPlaces.objectId, o.id)),
    db.select().from(objectThemes).where(eq(objectThemes.ownerId, o.id)),
    mediaOf(db, "objectId", o.id),
  ]);
  const slugs = await slugsOfIds(db, {
    place: [o.holderId, ...placeLinks.map((x) => x.placeId)], object: [o.partOfId], person: people.map((x) => x.personId),
    event: events.map((x) => x.eventId), theme: themeLinks(themes),
  });
  return objectDocument(o, { people, events, places: placeLinks, themes, media: objectMedia }, slugs);
}
