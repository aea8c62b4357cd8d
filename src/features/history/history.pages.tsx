/** The public pages of history, in one language: /{lang}/people/:slug, /{lang}/events/:slug, /{lang}/timeline. */
import { Hono } from "hono";
import type { Locale } from "../../lib/locales.ts";
import { notFound } from "../../lib/errors.ts";
import { slugify } from "../../lib/slug.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { t } from "../../web/i18n/messages.ts";
import { cachedPage, htmlDocument, siteUrlOf } from "../../web/site.tsx";
import { Layout, pageUrl } from "../../web/views/layout.tsx";
import { presentEvent, presentEventSummary } from "./events.presenter.ts";
import { findAllEvents, findEventBySlug, findEventDetails } from "./events.repository.ts";
import { historyText } from "./history.page-text.ts";
import { eventJsonLd, personJsonLd, timelineJsonLd } from "./history.jsonld.ts";
import { EventPage, EventsIndexPage, PeopleIndexPage, PersonPage, TimelinePage } from "./history.views.tsx";
import { presentPerson, presentPersonSummary } from "./people.presenter.ts";
import { findAllPeople, findPersonBySlug, findPersonDetails, findPersonSlugByName } from "./people.repository.ts";
import { findEventTellings } from "./event-tellings.repository.ts";
import { findPlaceNames } from "./place-mentions.repository.ts";
import { groupTellings, placeNameLinks } from "./history-links.ts";
import { findPersonRelated } from "./person-related.repository.ts";
import { groupRelated } from "../collection/related-records.ts";
import { pagePaths, paths } from "../../web/paths.ts";

export function historyPages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  return new Hono<AppEnv>()
    .get("/people", (c) => cachedPage(c, deps, async () => {
      const people = (await findAllPeople(db)).map((row) => presentPersonSummary(row, locale));
      const path = pagePaths.people();
      const w = historyText(locale);
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrlOf(c, deps)} title={w.peopleIndex} description={w.peopleIntro}>
          <PeopleIndexPage people={people} locale={locale} />
        </Layout>,
      );
      return { html };
    }))
    .get("/events", (c) => cachedPage(c, deps, async () => {
      const events = (await findAllEvents(db)).map((row) => presentEventSummary(row, locale));
      const path = pagePaths.events();
      const w = historyText(locale);
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrlOf(c, deps)} title={w.eventsIndex} description={w.eventsIntro}>
          <EventsIndexPage events={events} locale={locale} />
        </Layout>,
      );
      return { html };
    }))
    .get("/people/:slug", (c) => {
      const slug = c.req.param("slug");
      return cachedPage(c, deps, async () => {
          const row = await findPersonBySlug(db, slug);
          if (!row) {
            // An alias in the address (/people/general-leclerc, /people/colonel-rol) leads to the person's own page.
            // Looked up only on a cache miss, so the person pages themselves cost nothing more.
            const wanted = slugify(slug);
            const canonical = (wanted !== slug ? (await findPersonBySlug(db, wanted))?.slug : undefined) ?? await findPersonSlugByName(db, wanted);
            if (canonical && canonical !== slug) return { redirect: paths.person(locale, canonical) };
            throw notFound("person", slug);
          }
          const [details, links, placeNames] = await Promise.all([findPersonDetails(db, row.id), findPersonRelated(db, row.id), findPlaceNames(db)]);
          const person = presentPerson(row, details, locale);
          const related = groupRelated(links, locale);
          const path = pagePaths.person(slug);
          const siteUrl = siteUrlOf(c, deps);
          const url = pageUrl(siteUrl, locale, path);
          const html = await htmlDocument(
            <Layout locale={locale} path={path} siteUrl={siteUrl} title={person.name} description={person.summary}
              jsonLd={[personJsonLd(person, url, locale)]} ogType="profile" share>
              <PersonPage person={person} related={related} placeLinks={placeNameLinks(placeNames, locale)} locale={locale} />
            </Layout>,
          );
          return { html };
      });
    })
    .get("/events/:slug", (c) => cachedPage(c, deps, async () => {
      const slug = c.req.param("slug");
      const row = await findEventBySlug(db, slug);
      if (!row) throw notFound("event", slug);
      const [details, tellings, placeNames] = await Promise.all([findEventDetails(db, row.event.id), findEventTellings(db, row.event.id), findPlaceNames(db)]);
      const event = presentEvent(row, details, locale);
      const path = pagePaths.event(slug);
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, path);
      const title = event.title ?? slug;
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrl} title={title} description={event.summary}
          jsonLd={[eventJsonLd(event, url, siteUrl, locale)]} ogType="article" share>
          <EventPage event={event} tellings={groupTellings(tellings, locale)} placeLinks={placeNameLinks(placeNames, locale)} locale={locale} />
        </Layout>,
      );
      return { html };
    }))
    .get("/timeline", (c) => cachedPage(c, deps, async () => {
      const events = (await findAllEvents(db)).map((row) => presentEventSummary(row, locale));
      const path = "/timeline";
      const siteUrl = siteUrlOf(c, deps);
      const url = pageUrl(siteUrl, locale, path);
      const w = historyText(locale);
      const html = await htmlDocument(
        <Layout locale={locale} path={path} siteUrl={siteUrl} title={t(locale).timeline} description={w.timelineIntro}
          jsonLd={[timelineJsonLd(events, url, siteUrl, locale, w.timeline)]} share>
          <TimelinePage events={events} locale={locale} />
        </Layout>,
      );
      return { html };
    }));
}
