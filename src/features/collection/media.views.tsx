/**
 * Media as the exhibition, room, object, person and event pages show them. A medium without a file
 * (a film shown in a room but not published online) is described, never shown as a broken player.
 */
import type { Locale } from "../../lib/locales.ts";
import type { presentMediaItems } from "../media/media.presenter.ts";
import { fallbackLang } from "../../web/views/text.tsx";
import { collectionText } from "./collection.page-text.ts";

export type MediumView = ReturnType<typeof presentMediaItems>[number];

/** Only http(s) and site-relative files are embedded; anything else is treated as absent. */
const playable = (url: string | undefined) => (url && /^(https?:\/\/|\/)/.test(url) ? url : undefined);

function Caption(props: { medium: MediumView; locale: Locale; lang?: Locale; descLang?: Locale }) {
  const { medium: m, locale } = props;
  const w = collectionText(locale);
  const minutes = m.durationSeconds ? Math.max(1, Math.round(m.durationSeconds / 60)) : undefined;
  return (
    <figcaption>
      <strong lang={props.lang}>{m.title}</strong>
      <span class="muted"> ({[w.mediaKinds[m.kind] ?? m.kind, minutes ? w.minutes(minutes) : ""].filter(Boolean).join(", ")})</span>
      {m.description ? <span lang={props.descLang}> {m.description}</span> : null}
      {m.credit ? <small class="muted"> © {m.credit}</small> : null}
    </figcaption>
  );
}

export function MediumFigure(props: { medium: MediumView; locale: Locale; record: { fallbacks?: Record<string, Locale> }; field: string }) {
  const { medium: m, locale, record, field } = props;
  const w = collectionText(locale);
  const url = playable(m.url);
  const lang = fallbackLang(record, `${field}title`);
  const caption = <Caption medium={m} locale={locale} lang={lang} descLang={fallbackLang(record, `${field}description`)} />;
  if (!url) {
    // Known but not online: say what it is and that it is seen on site.
    return (
      <figure class="medium medium-described">
        {caption}
        <p class="muted">{w.notOnline}</p>
      </figure>
    );
  }
  if (m.kind === "image") {
    return (
      <figure class="medium">
        <img src={url} alt={m.altText ?? ""} lang={fallbackLang(record, `${field}altText`)} loading="lazy" decoding="async" />
        {caption}
      </figure>
    );
  }
  if (m.kind === "film" || m.kind === "video") {
    return (
      <figure class="medium">
        <video controls preload="none" src={url}><a href={url}>{w.openMedium(m.title ?? "")}</a></video>
        {caption}
      </figure>
    );
  }
  if (m.kind === "audio") {
    return (
      <figure class="medium">
        <audio controls preload="none" src={url}><a href={url}>{w.openMedium(m.title ?? "")}</a></audio>
        {caption}
      </figure>
    );
  }
  return (
    <figure class="medium">
      <p><a href={url}>{w.openMedium(m.title ?? "")}</a></p>
      {caption}
    </figure>
  );
}

/** A record's media as a list; `field` is where the presenter recorded fallbacks ("media", "sections.2.media"). */
export function MediaList(props: { media: MediumView[]; locale: Locale; record: { fallbacks?: Record<string, Locale> }; field?: string }) {
  if (props.media.length === 0) return null;
  const field = props.field ?? "media";
  return (
    <ul class="media-list">
      {props.media.map((m, i) => (
        <li><MediumFigure medium={m} locale={props.locale} record={props.record} field={`${field}.${i}.`} /></li>
      ))}
    </ul>
  );
}
