/** The public pages of exhibitions and rooms, in one language: /{lang}/exhibitions/:slug, /{lang}/rooms/:slug. */
import { Hono } from "hono";
import type { Locale } from "../../lib/locales.ts";
import { notFound } from "../../lib/errors.ts";
import { createLocalizer } from "../../lib/localized-text.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { cachedPage, htmlDocument, siteUrlOf } from "../../web/site.tsx";
import { Layout, pageUrl } from "../../web/views/layout.tsx";
import { pagePaths } from "../../web/paths.ts";
import { presentFuzzyDate } from "../../web/present-fuzzy-date.ts";
import { exhibitionJsonLd, roomJsonLd } from "./exhibitions.jsonld.ts";
import { exhibitionText } from "./exhibitions.page-text.ts";
import { presentExhibition, presentRoom } from "./exhibitions.presenter.ts";
import {
  findExhibitionBySlug, findExhibitionDetails, findExhibitionVenue, findObjectsInRoom, findRoomBySlug, findRoomDetails, findRoomEvents, findRoomPeople, findVisitOfRoom,
  type ExhibitionVenue,
} from "./exhibitions.repository.ts";
import { ExhibitionPage, RoomPage, type RoomEvent, type RoomPerson, type RoomVisit } from "./exhibitions.views.tsx";

/**
 * Whether entry to the exhibition is free for everyone: an offer covering it (the whole site, the
 * permanent collection for a permanent exhibition, temporary exhibitions for a temporary one, or
 * this exhibition) is free with no age limit and is not a reduced rate.
 */
export function isFreeForAll(kind: "permanent" | "temporary", exhibitionId: number, offers: ExhibitionVenue["offers"]): boolean {
  return offers.some((o) => o.isFree && !o.isReducedRate && o.minAge === null && o.maxAge === null && (
    o.covers === "whole_site"
    || (o.covers === "permanent_collection" && kind === "permanent")
    || (o.covers === "temporary_exhibitions" && kind === "temporary")
    || (o.covers === "exhibition" && o.exhibitionId === exhibitionId)));
}

export function exhibitionPages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  const w = exhibitionText(locale);
  return new Hono<AppEnv>()
    .get("/exhibitions/:slug", (c) => cachedPage(c, deps, async () => {
      const slug = c.req.param("slug");
      const row = await findExhibitionBySlug(db, slug);
      if (!row) throw notFound("exhibition", slug);
      const [details, venue] = await Promise.all([findExhibitionDetails(db, row.exhibition.id), findExhibitionVenue(db, row.exhibition.placeId)]);
      const exhibition = presentExhibition(row, details, locale);
      const free = isFreeForAll(row.exhibition.kind, row.exhibition.id, venue.offers);
      const path = pagePaths.exhibition(slug);
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, path);
      const title = exhibition.title ?? slug;
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrl} title={title} description={exhibition.summary}
          jsonLd={[exhibitionJsonLd(exhibition, venue, free, url, siteUrl, locale)]} ogType="article" share>
          <ExhibitionPage exhibition={exhibition} free={free} locale={locale} />
        </Layout>,
      );
      return { html };
    }))
    .get("/rooms/:slug", (c) => cachedPage(c, deps, async () => {
      const slug = c.req.param("slug");
      const row = await findRoomBySlug(db, slug);
      if (!row) throw notFound("room", slug);
      const [details, objects, roomEventRows, peopleRows, visitRow] = await Promise.all([
        findRoomDetails(db, row.room.id), findObjectsInRoom(db, row.room.id), findRoomEvents(db, row.room.id),
        findRoomPeople(db, row.room.id), findVisitOfRoom(db, row.room.id),
      ]);
      const room = presentRoom(row, details, objects, locale);
      const l = createLocalizer(locale);
      const events: RoomEvent[] = roomEventRows.map((e, i) => ({
        slug: e.slug, kind: e.kind, title: l.text(`${i}`, e.title), titleLang: l.fallbacks()[`${i}`], date: presentFuzzyDate(e, "date", locale),
      }));
      const people: RoomPerson[] = peopleRows.map((p, i) => ({ slug: p.slug, name: p.name, role: l.text(`people.${i}`, p.role), roleLang: l.fallbacks()[`people.${i}`] }));
      const visit: RoomVisit | undefined = visitRow
        ? { placeSlug: visitRow.placeSlug, slug: visitRow.slug, title: l.required("visit", visitRow.title), titleLang: l.fallbacks().visit }
        : undefined;
      const name = w.room(room.number, room.title ?? slug);
      const path = pagePaths.room(slug);
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, path);
      const jsonLdEvents = events.map((e) => ({ slug: e.slug, title: e.title, start: e.date?.start }));
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrl} title={name} description={room.summary}
          jsonLd={[roomJsonLd(room, name, jsonLdEvents, url, siteUrl, locale)]} ogType="article" share>
          <RoomPage room={room} name={name} events={events} people={people} visit={visit} locale={locale} />
        </Layout>,
      );
      return { html };
    }));
}
