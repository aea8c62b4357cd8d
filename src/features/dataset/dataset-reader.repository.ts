/** Reads the whole database back into a Dataset (the export format), records in the order they were created. */
import { asc } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { collectionObjects, objectEvents, objectPeople, objectPlaces, roomEvents, roomObjects } from "../../db/schema/collection.ts";
import { exhibitions, roomSections, rooms } from "../../db/schema/exhibitions.ts";
import { eventPeople, events, people, personAliases, personRoles } from "../../db/schema/history.ts";
import {
  accessibilityFacts, admissionOffers, audienceAdvice, openingExceptions, openingHours, placeFigures, placeHighlights,
  placePartnerships, places, placeSuggestions,
} from "../../db/schema/places.ts";
import { eventThemes, exhibitionThemes, media, objectThemes, placeThemes, roomThemes, themes } from "../../db/schema/themes-media.ts";
import { WEEKDAYS } from "./dataset-writer.repository.ts";
import { datasetSchema, type Dataset } from "./dataset.schemas.ts";

/** Drops nulls (absent facts) so the result reads like the YAML it came from. */
function compact<T extends Record<string, unknown>>(row: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined)) as never;
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

const hhmm = (time: string | null) => (time === null ? undefined : time.slice(0, 5));

export async function readDataset(db: Queryable): Promise<Dataset> {
  const [
    themeRows, personRows, aliasRows, roleRows, eventRows, eventPeopleRows, placeRows, exhibitionRows, roomRows, sectionRows,
    objectRows, objectPeopleRows, objectEventRows, objectPlaceRows, roomObjectRows, roomEventRows, mediaRows,
    highlightRows, figureRows, hourRows, exceptionRows, admissionRows, audienceRows, accessRows, partnerRows, suggestionRows,
    placeThemeRows, exhibitionThemeRows, roomThemeRows, objectThemeRows, eventThemeRows,
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
  ]);

  const slugOf = (rows: { id: number; slug: string }[]) => {
    const map = new Map(rows.map((r) => [r.id, r.slug]));
    return (id: number | null) => (id === null ? undefined : map.get(id));
  };
  const placeSlug = slugOf(placeRows);
  const personSlug = slugOf(personRows);
  const eventSlug = slugOf(eventRows);
  const objectSlug = slugOf(objectRows);
  const exhibitionSlug = slugOf(exhibitionRows);
  const roomSlug = slugOf(roomRows);
  const themeSlug = slugOf(themeRows);
  const themesOf = (links: { ownerId: number; themeId: number }[]) => {
    const grouped = groupBy(links, (l) => l.ownerId);
    return (id: number) => (grouped.get(id) ?? []).map((l) => themeSlug(l.themeId)!).sort();
  };
  const mediaBy = (owner: keyof typeof mediaRows[number]) => {
    const grouped = groupBy(mediaRows.filter((m) => m[owner] !== null), (m) => m[owner] as number);
    return (id: number) => (grouped.get(id) ?? []).map((m) => compact({
      slug: m.slug, kind: m.kind, title: m.title, description: m.description, altText: m.altText, url: m.url,
      credit: m.credit, rights: m.rights, durationSeconds: m.durationSeconds,
    }));
  };
  const by = <T extends { placeId: number }>(rows: T[]) => {
    const grouped = groupBy(rows, (r) => r.placeId);
    return (id: number) => grouped.get(id) ?? [];
  };
  const [highlightsOf, figuresOf, hoursOf, exceptionsOf, admissionOf, audienceOf, accessOf, partnersOf, suggestionsOf] =
    [by(highlightRows), by(figureRows), by(hourRows), by(exceptionRows), by(admissionRows), by(audienceRows), by(accessRows), by(partnerRows), by(suggestionRows)];
  const placeThemesOf = themesOf(placeThemeRows);
  const placeMedia = mediaBy("placeId");

  const regroupHours = (rows: typeof hourRows) => {
    const groups = new Map<string, { days: (typeof WEEKDAYS)[number][]; opens: string; closes: string; validFrom?: string; validUntil?: string }>();
    for (const h of rows) {
      const key = [h.opens, h.closes, h.validFrom, h.validUntil].join("|");
      const group = groups.get(key) ?? compact({ days: [], opens: hhmm(h.opens)!, closes: hhmm(h.closes)!, validFrom: h.validFrom, validUntil: h.validUntil });
      group.days.push(WEEKDAYS[h.weekday - 1]!);
      groups.set(key, group);
    }
    return [...groups.values()];
  };

  const raw = {
    themes: themeRows.map((t) => compact({ slug: t.slug, status: t.status, name: t.name, description: t.description })),
    people: personRows.map((p) => {
      const personAliasesOf = aliasRows.filter((a) => a.personId === p.id);
      const rolesOf = roleRows.filter((r) => r.personId === p.id);
      return compact({
        slug: p.slug, status: p.status, name: p.name, givenName: p.givenName, familyName: p.familyName, title: p.title,
        summary: p.summary, description: p.description, birth: p.birthText, death: p.deathText, owner: placeSlug(p.ownerPlaceId),
        aliases: personAliasesOf.map((a) => compact({ name: a.name, kind: a.kind, note: a.note })),
        roles: rolesOf.map((r) => compact({ role: r.role, place: placeSlug(r.placeId), period: r.periodText })),
        media: mediaBy("personId")(p.id),
      });
    }),
    events: eventRows.map((e) => compact({
      slug: e.slug, status: e.status, kind: e.kind, title: e.title, summary: e.summary, description: e.description,
      date: e.dateText,
      location: e.locationName === null ? undefined : compact({
        name: e.locationName, place: placeSlug(e.placeId), latitude: e.latitude, longitude: e.longitude,
      }),
      factsSource: e.factsSource, owner: placeSlug(e.ownerPlaceId),
      people: eventPeopleRows.filter((x) => x.eventId === e.id).map((x) => compact({ person: personSlug(x.personId)!, role: x.role })),
      themes: themesOf(eventThemeRows)(e.id),
      media: mediaBy("eventId")(e.id),
    })),
    places: placeRows.map((p) => compact({
      slug: p.slug, status: p.status, kind: p.kind, name: p.name, shortName: p.shortName, tagline: p.tagline,
      summary: p.summary, description: p.description, partnersIntro: p.partnersIntro,
      address: compact({ street: p.streetAddress, postalCode: p.postalCode, city: p.city, district: p.district, countryCode: p.countryCode }),
      coordinates: p.latitude === null || p.longitude === null ? undefined : { latitude: p.latitude, longitude: p.longitude },
      factsSource: p.factsSource, timeZone: p.timeZone,
      contacts: compact({ phone: p.phone, email: p.email, website: p.website }),
      highlights: highlightsOf(p.id).map((h) => ({ kind: h.kind, text: h.text })),
      figures: figuresOf(p.id).map((f) => compact({ value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label })),
      openingHours: regroupHours(hoursOf(p.id)),
      openingExceptions: exceptionsOf(p.id).map((e) => compact({
        startsOn: e.startsOn, endsOn: e.endsOn, closed: e.opens === null, opens: hhmm(e.opens), closes: hhmm(e.closes), reason: e.reason,
      })),
      admission: admissionOf(p.id).map((a) => compact({
        covers: a.covers, exhibition: exhibitionSlug(a.exhibitionId), label: a.label, isFree: a.isFree, priceCents: a.priceCents,
        currency: a.currency, isReducedRate: a.isReducedRate, minAge: a.minAge, maxAge: a.maxAge, conditions: a.conditions,
      })),
      audience: audienceOf(p.id).map((a) => compact({
        audience: a.audience, recommended: a.recommended, minAge: a.minAge, maxAge: a.maxAge, text: a.text,
      })),
      accessibility: accessOf(p.id).map((a) => compact({ feature: a.feature, room: roomSlug(a.roomId), value: a.value, unit: a.unit, text: a.text })),
      partners: partnersOf(p.id).map((x) => compact({ place: placeSlug(x.partnerId)!, kind: x.kind, note: x.note })),
      suggestions: suggestionsOf(p.id).map((x) => compact({ place: placeSlug(x.targetPlaceId), title: x.title, text: x.text, url: x.url })),
      themes: placeThemesOf(p.id),
      media: placeMedia(p.id),
    })),
    exhibitions: exhibitionRows.map((e) => compact({
      slug: e.slug, status: e.status, place: placeSlug(e.placeId)!, kind: e.kind, title: e.title, summary: e.summary,
      description: e.description, opensOn: e.opensOn, closesOn: e.closesOn,
      rooms: roomRows.filter((r) => r.exhibitionId === e.id).map((r) => compact({
        slug: r.slug, status: r.status, number: r.number, title: r.title, subtitle: r.subtitle, summary: r.summary,
        description: r.description,
        sections: sectionRows.filter((s) => s.roomId === r.id).map((s) => compact({
          key: s.key, title: s.title, body: s.body, media: mediaBy("roomSectionId")(s.id),
        })),
        objects: roomObjectRows.filter((x) => x.roomId === r.id).map((x) => objectSlug(x.objectId)!),
        events: roomEventRows.filter((x) => x.roomId === r.id).map((x) => eventSlug(x.eventId)!),
        themes: themesOf(roomThemeRows)(r.id),
        media: mediaBy("roomId")(r.id),
      })),
      themes: themesOf(exhibitionThemeRows)(e.id),
      media: mediaBy("exhibitionId")(e.id),
    })),
    objects: objectRows.map((o) => compact({
      slug: o.slug, status: o.status, holder: placeSlug(o.holderId)!, partOf: objectSlug(o.partOfId), type: o.type,
      title: o.title, summary: o.summary, description: o.description, date: o.dateText, itemCount: o.itemCount,
      itemCountQualifier: o.itemCountQualifier, provenance: o.provenance, credit: o.credit, rights: o.rights,
      inventoryNumber: o.inventoryNumber,
      people: objectPeopleRows.filter((x) => x.objectId === o.id).map((x) => compact({ person: personSlug(x.personId)!, role: x.role })),
      events: objectEventRows.filter((x) => x.objectId === o.id).map((x) => eventSlug(x.eventId)!).sort(),
      places: objectPlaceRows.filter((x) => x.objectId === o.id).map((x) => placeSlug(x.placeId)!).sort(),
      themes: themesOf(objectThemeRows)(o.id),
      media: mediaBy("objectId")(o.id),
    })),
  };
  return datasetSchema.parse(raw);
}
