/** What the sitemap lists: the slug and last change of every record the public sees, kind by kind. */
import { and, asc, eq, exists, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/database.ts";
import { bookingOffers } from "../../db/schema/bookings.ts";
import { isVisibleExhibition, isVisibleObject, isVisibleRoom } from "../../db/public-content.ts";
import { collectionObjects } from "../../db/schema/collection.ts";
import { exhibitions, rooms } from "../../db/schema/exhibitions.ts";
import { events, people } from "../../db/schema/history.ts";
import { placePartnerships, places } from "../../db/schema/places.ts";
import { themes } from "../../db/schema/themes-media.ts";

export interface SitemapEntry {
  slug: string;
  updatedAt: Date;
}

/** Published places, with whether they have a published partner (their partners page has something to show). */
export interface SitemapPlace extends SitemapEntry {
  hasPartners: boolean;
}

export interface SitemapContent {
  places: SitemapPlace[];
  exhibitions: SitemapEntry[];
  rooms: SitemapEntry[];
  objects: SitemapEntry[];
  people: SitemapEntry[];
  events: SitemapEntry[];
  themes: SitemapEntry[];
  /** Timed visits offered to the public, by place: each has a page (its times and how to book). */
  visits: SitemapVisit[];
}

/** A visit's slug is unique within its place; it changes with its place's document. */
export interface SitemapVisit extends SitemapEntry {
  placeSlug: string;
}

const partner = alias(places, "partner");

/** Every published slug of each kind, in slug order (a stable sitemap from one request to the next). */
export async function findSitemapContent(db: Queryable): Promise<SitemapContent> {
  const hasPartners = exists(
    db.select({ one: sql`1` }).from(placePartnerships).innerJoin(partner, eq(partner.id, placePartnerships.partnerId))
      .where(and(eq(placePartnerships.placeId, places.id), eq(partner.status, "published"))),
  );
  const [placeRows, exhibitionRows, roomRows, objectRows, personRows, eventRows, themeRows, visitRows] = await Promise.all([
    db.select({ slug: places.slug, updatedAt: places.updatedAt, hasPartners: sql<boolean>`${hasPartners}` }).from(places)
      .where(eq(places.status, "published")).orderBy(asc(places.slug)),
    db.select({ slug: exhibitions.slug, updatedAt: exhibitions.updatedAt }).from(exhibitions)
      .where(isVisibleExhibition(exhibitions.id)).orderBy(asc(exhibitions.slug)),
    db.select({ slug: rooms.slug, updatedAt: rooms.updatedAt }).from(rooms)
      .where(isVisibleRoom(rooms.id)).orderBy(asc(rooms.slug)),
    db.select({ slug: collectionObjects.slug, updatedAt: collectionObjects.updatedAt }).from(collectionObjects)
      .where(isVisibleObject(collectionObjects.id)).orderBy(asc(collectionObjects.slug)),
    db.select({ slug: people.slug, updatedAt: people.updatedAt }).from(people)
      .where(eq(people.status, "published")).orderBy(asc(people.slug)),
    db.select({ slug: events.slug, updatedAt: events.updatedAt }).from(events)
      .where(eq(events.status, "published")).orderBy(asc(events.slug)),
    db.select({ slug: themes.slug, updatedAt: themes.updatedAt }).from(themes)
      .where(eq(themes.status, "published")).orderBy(asc(themes.slug)),
    db.select({ placeSlug: places.slug, slug: bookingOffers.slug, updatedAt: places.updatedAt }).from(bookingOffers)
      .innerJoin(places, eq(places.id, bookingOffers.placeId))
      .where(and(eq(places.status, "published"), isNull(bookingOffers.archivedAt))).orderBy(asc(places.slug), asc(bookingOffers.position)),
  ]);
  return {
    places: placeRows.map((r) => ({ ...r, hasPartners: r.hasPartners === true })),
    exhibitions: exhibitionRows,
    rooms: roomRows,
    objects: objectRows,
    people: personRows,
    events: eventRows,
    themes: themeRows,
    visits: visitRows,
  };
}
