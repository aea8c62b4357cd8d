/** The home page: the network's places with their live status and admission, what is on today, the themes. */
import type { Locale } from "../../lib/locales.ts";
import { formatDate } from "../../web/i18n/format.ts";
import { fallbackLang } from "../../web/views/text.tsx";
import type { homePageData, PlaceCard } from "./network.service.ts";
import { placeText } from "./places.page-text.ts";
import { StatusLine } from "./places.views.tsx";
import { paths } from "../../web/paths.ts";

type HomeData = Awaited<ReturnType<typeof homePageData>>;

/** A place's card; under the "hours not published" heading it leaves out the status the heading already says. */
function PlaceCardItem(props: { place: PlaceCard; locale: Locale }) {
  const { place, locale } = props;
  const w = placeText(locale);
  return (
    <li class="card place-card">
      <h3><a href={paths.place(locale, place.slug)} lang={fallbackLang(place, "name")}>{place.name}</a></h3>
      <p class="muted">{w.kinds[place.kind] ?? place.kind}{place.city ? ` · ${place.city}` : ""}</p>
      {place.live.status.state === "unknown" ? null : <StatusLine live={place.live} locale={locale} />}
      {place.admission ? <p><span class={`badge${place.admission === "free" ? " badge-free" : ""}`}>
        {place.admission === "free" ? w.freeEntry : w.paidEntry}
      </span></p> : null}
    </li>
  );
}

export function HomePage(props: HomeData & { locale: Locale }) {
  const { locale, places, current, themes } = props;
  const w = placeText(locale);
  // Places come open-now first, then by next opening (planFirst); those without published hours under one heading.
  const known = places.filter((p) => p.live.status.state !== "unknown");
  const unknown = places.filter((p) => p.live.status.state === "unknown");
  return (
    <>
      <h1>{w.homeTitle}</h1>
      <p class="lead">{w.homeIntro}</p>
      <section aria-labelledby="places">
        <h2 id="places">{w.networkPlaces}</h2>
        {known.length > 0 ? <ul class="grid">{known.map((p) => <PlaceCardItem place={p} locale={locale} />)}</ul> : null}
        {unknown.length > 0 ? <>
          <h3 id="hours-unknown" class="home-unknown-hours">{w.hoursNotPublished}</h3>
          <ul class="grid" aria-labelledby="hours-unknown">{unknown.map((p) => <PlaceCardItem place={p} locale={locale} />)}</ul>
        </> : null}
        <p><a href={paths.places(locale)}>{w.allInstitutions}</a></p>
      </section>
      <section aria-labelledby="on-now">
        <h2 id="on-now">{w.whatIsOn}</h2>
        {current.length === 0 ? <p>{w.nothingOn}</p> : <ul class="grid">{current.map((e) => (
          <li class="card">
            <h3><a href={paths.exhibition(locale, e.slug)} lang={fallbackLang(e, "title")}>{e.title}</a></h3>
            <p class="muted">{e.kind === "permanent" ? w.permanent : w.temporary}
              {e.closesOn ? `, ${w.until(formatDate(locale, e.closesOn))}` : ""}</p>
            <p><a href={paths.place(locale, e.placeSlug)} lang={fallbackLang(e, "placeName")}>{e.placeName}</a></p>
          </li>
        ))}</ul>}
      </section>
      {themes.length > 0 ? <section aria-labelledby="themes">
        <h2 id="themes">{w.themes}</h2>
        <ul class="grid">{themes.map((th) => (
          <li class="card">
            <h3><a href={paths.theme(locale, th.slug)} lang={fallbackLang(th, "name")}>{th.name}</a></h3>
            {th.description ? <p lang={fallbackLang(th, "description")}>{th.description}</p> : null}
          </li>
        ))}</ul>
      </section> : null}
    </>
  );
}
