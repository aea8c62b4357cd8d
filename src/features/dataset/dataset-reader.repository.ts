/** Reads the whole database back into a Dataset (the export format), records in the order they were created. */
import { asc, isNull } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { bookingOffers } from "../../db/schema/bookings.ts";
import { collectionObjects, objectEvents, objectPeople, objectPlaces, roomEvents, roomObjects } from "../../db/schema/collection.ts";
import { exhibitions, roomSections, rooms } from "../../db/schema/exhibitions.ts";
import { eventPeople, events, people, personAliases, personRoles } from "../../db/schema/history.ts";
import { audienceAdvice, openingExceptions, openingHours, placeFigures, placeHighlights, placePartnerships, places, placeSuggestions } from "../../db/schema/places.ts";
import { accessibilityFacts, admissionOffers } from "../../db/schema/visiting.ts";
import { eventThemes, exhibitionThemes, media, objectThemes, placeThemes, roomThemes, themes } from "../../db/schema/themes-media.ts";
import {
  eventDocument, exhibitionDocument, objectDocument, personDocument, placeDocument, roomDocument, themeDocument, type SlugOfId,
} from "./dataset-documents.ts";
import { datasetSchema, type Dataset } from "./dataset.schemas.ts";

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

export async function readDataset(db: Queryable): Promise<Dataset> {
  const [
    themeRows, personRows, aliasRows, roleRows, eventRows, eventPeopleRows, placeRows, exhibitionRows, roomRows, sectionRows,
    objectRows, objectPeopleRows, objectEventRows, objectPlaceRows, roomObjectRows, roomEventRows, mediaRows,
    highlightRows, figureRows, hourRows, exceptionRows, admissionRows, audienceRows, accessRows, partnerRows, suggestionRows,
    placeThemeRows, exhibitionThemeRows, roomThemeRows, objectThemeRows, eventThemeRows, offerRows,
  ] = await Promise.all([
    db.select().from(themes).orderBy(asc(themes.id)),
    db.select().from(people).orderBy(asc(people.id)),
    db.select().from(personAliases).orderBy(asc(personAliases.personId), asc(personAliases.position)),
    db.select().from(personRoles).orderBy(asc(personRoles.personId), asc(personRoles.position)),
    db.select().from(events).orderBy(asc(events.id)),
    db.select().from(eventPeople).orderBy(asc(eventPeople.eventId), asc(eventPeople.position)),
    db.select().from(places).orderBy(asc(places.id)),
    db.select().from(exhibitions).orderBy(asc(exhibitions.id)),
    db.select().from(rooms).orderBy(asc(rooms.exhibitionId), asc(rooms.position)),
    db.select().from(roomSections).orderBy(asc(roomSections.roomId), asc(roomSections.position)),
    db.select().from(collectionObjects).orderBy(asc(collectionObjects.id)),
    db.select().from(objectPeople).orderBy(asc(objectPeople.objectId), asc(objectPeople.position)),
    db.select().from(objectEvents),
    db.select().from(objectPlaces),
    db.select().from(roomObjects).orderBy(asc(roomObjects.roomId), asc(roomObjects.position)),
    db.select().from(roomEvents).orderBy(asc(roomEvents.roomId), asc(roomEvents.position)),
    db.select().from(media).orderBy(asc(media.position), asc(media.id)),
    db.select().from(placeHighlights).orderBy(asc(placeHighlights.position)),
    db.select().from(placeFigures).orderBy(asc(placeFigures.position)),
    db.select().from(openingHours).orderBy(asc(openingHours.id)),
    db.select().from(openingExceptions).orderBy(asc(openingExceptions.id)),
    db.select().from(admissionOffers).orderBy(asc(admissionOffers.position)),
    db.select().from(audienceAdvice).orderBy(asc(audienceAdvice.position)),
    db.select().from(accessibilityFacts).orderBy(asc(accessibilityFacts.position)),
    db.select().from(placePartnerships).orderBy(asc(placePartnerships.position)),
    db.select().from(placeSuggestions).orderBy(asc(placeSuggestions.position)),
    db.select().from(placeThemes), db.select().from(exhibitionThemes), db.select().from(roomThemes),
    db.select().from(objectThemes), db.select().from(eventThemes),
    // Archived offers are kept for their bookings only: they are no longer part of their place.
    db.select().from(bookingOffers).where(isNull(bookingOffers.archivedAt)).orderBy(asc(bookingOffers.position), asc(bookingOffers.id)),
  ]);

  const slugMap = (rows: { id: number; slug: string }[]) => new Map(rows.map((r) => [r.id, r.slug]));
  const slugMaps = {
    place: slugMap(placeRows), person: slugMap(personRows), event: slugMap(eventRows), object: slugMap(objectRows),
    exhibition: slugMap(exhibitionRows), room: slugMap(roomRows), theme: slugMap(themeRows),
  };
  const slugs: SlugOfId = (kind, id) => (id === null ? undefined : slugMaps[kind].get(id));
  const of = <T, K extends keyof T>(rows: T[], owner: K) => {
    const grouped = groupBy(rows.filter((r) => r[owner] !== null), (r) => r[owner] as number);
    return (id: number) => grouped.get(id) ?? [];
  };
  const mediaOf = (owner: "placeId" | "exhibitionId" | "roomId" | "roomSectionId" | "objectId" | "personId" | "eventId") => of(mediaRows, owner);
  const [aliasesOf, rolesOf, eventPeopleOf, sectionsOf, objectPeopleOf, objectEventsOf, objectPlacesOf, roomObjectsOf, roomEventsOf] = [
    of(aliasRows, "personId"), of(roleRows, "personId"), of(eventPeopleRows, "eventId"), of(sectionRows, "roomId"),
    of(objectPeopleRows, "objectId"), of(objectEventRows, "objectId"), of(objectPlaceRows, "objectId"),
    of(roomObjectRows, "roomId"), of(roomEventRows, "roomId"),
  ];
  const [highlightsOf, figuresOf, hoursOf, exceptionsOf, admissionOf, audienceOf, accessOf, partnersOf, suggestionsOf] = [
    of(highlightRows, "placeId"), of(figureRows, "placeId"), of(hourRows, "placeId"), of(exceptionRows, "placeId"),
    of(admissionRows, "placeId"), of(audienceRows, "placeId"), of(accessRows, "placeId"), of(partnerRows, "placeId"), of(suggestionRows, "placeId"),
  ];
  const visitsOf = of(offerRows, "placeId");
  const [placeThemesOf, exhibitionThemesOf, roomThemesOf, objectThemesOf, eventThemesOf] =
    [placeThemeRows, exhibitionThemeRows, roomThemeRows, objectThemeRows, eventThemeRows].map((links) => of(links, "ownerId"));
  const roomsOf = of(roomRows, "exhibitionId");

  const raw = {
    themes: themeRows.map(themeDocument),
    people: personRows.map((p) => personDocument(p, { aliases: aliasesOf(p.id), roles: rolesOf(p.id), media: mediaOf("personId")(p.id) }, slugs)),
    events: eventRows.map((e) => eventDocument(e, {
      people: eventPeopleOf(e.id), themes: eventThemesOf!(e.id), media: mediaOf("eventId")(e.id),
    }, slugs)),
    places: placeRows.map((p) => placeDocument(p, {
      highlights: highlightsOf(p.id), figures: figuresOf(p.id), openingHours: hoursOf(p.id), openingExceptions: exceptionsOf(p.id),
      admission: admissionOf(p.id), audience: audienceOf(p.id), accessibility: accessOf(p.id), partners: partnersOf(p.id),
      suggestions: suggestionsOf(p.id), themes: placeThemesOf!(p.id), media: mediaOf("placeId")(p.id), visits: visitsOf(p.id),
    }, slugs)),
    exhibitions: exhibitionRows.map((e) => ({
      ...exhibitionDocument(e, { themes: exhibitionThemesOf!(e.id), media: mediaOf("exhibitionId")(e.id) }, slugs),
      rooms: roomsOf(e.id).map((r) => roomDocument(r, {
        sections: sectionsOf(r.id), sectionMedia: mediaOf("roomSectionId"), objects: roomObjectsOf(r.id), events: roomEventsOf(r.id),
        themes: roomThemesOf!(r.id), media: mediaOf("roomId")(r.id),
      }, slugs)),
    })),
    objects: objectRows.map((o) => objectDocument(o, {
      people: objectPeopleOf(o.id), events: objectEventsOf(o.id), places: objectPlacesOf(o.id),
      themes: objectThemesOf!(o.id), media: mediaOf("objectId")(o.id),
    }, slugs)),
  };
  return datasetSchema.parse(raw);
}
