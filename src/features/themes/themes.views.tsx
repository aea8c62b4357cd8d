/** The theme page: what a theme is, and the published places, exhibitions, rooms, objects and events tagged with it. */
import type { Locale } from "../../lib/locales.ts";
import { t } from "../../web/i18n/messages.ts";
import { Breadcrumb, fallbackLang, Paragraphs } from "../../web/views/text.tsx";
import { themeText } from "./themes.page-text.ts";
import type { presentTheme } from "./themes.presenter.ts";
import { paths } from "../../web/paths.ts";

export type PresentedTheme = ReturnType<typeof presentTheme>;

/** The kinds of tagged records, in the order the page lists them, with the page path and the kind of page each links to. */
export const TAGGED_KINDS = [
  { key: "places", path: "places", kind: "place" },
  { key: "exhibitions", path: "exhibitions", kind: "exhibition" },
  { key: "rooms", path: "rooms", kind: "room" },
  { key: "objects", path: "objects", kind: "object" },
  { key: "events", path: "events", kind: "event" },
] as const;

/** One tagged record: its slug and its label (a place's name, the others' title). */
export const labelOf = (r: { slug: string; name?: string; title?: string }) => r.name ?? r.title ?? r.slug;

/** Someone who took part in an event of the theme. */
export interface ThemePerson { slug: string; name: string }

export function ThemePage(props: { theme: PresentedTheme; people?: ThemePerson[]; locale: Locale }) {
  const { theme, locale } = props;
  const w = themeText(locale);
  const m = t(locale);
  const groups = TAGGED_KINDS.map((k) => ({ ...k, items: theme[k.key] as { slug: string; name?: string; title?: string }[] }))
    .filter((g) => g.items.length > 0);
  const people = props.people ?? [];
  return (
    <article>
      <Breadcrumb label={m.breadcrumb} items={[
        { href: paths.home(locale), text: m.home }, { href: paths.themes(locale), text: w.themes }, { text: theme.name ?? theme.slug },
      ]} />
      <p class="kicker">{w.kicker}</p>
      <h1 lang={fallbackLang(theme, "name")}>{theme.name}</h1>
      <Paragraphs text={theme.description} lang={fallbackLang(theme, "description")} class="prose lead" />
      {groups.length === 0 && people.length === 0 ? <p>{w.nothingTagged}</p> : null}
      {groups.map((g) => (
        <section aria-labelledby={`tagged-${g.key}`}>
          <h2 id={`tagged-${g.key}`}>{w[g.key]} ({g.items.length})</h2>
          <ul class="tagged-list">{g.items.map((r, i) => (
            <li><a href={paths.record(locale, g.kind, r.slug)} lang={fallbackLang(theme, `${g.key}.${i}`)}>{labelOf(r)}</a></li>
          ))}</ul>
        </section>
      ))}
      {people.length > 0 ? <section aria-labelledby="tagged-people">
        <h2 id="tagged-people">{w.people} ({people.length})</h2>
        <p class="muted">{w.peopleIntro}</p>
        <ul class="tagged-list">{people.map((p) => <li><a href={paths.person(locale, p.slug)}>{p.name}</a></li>)}</ul>
      </section> : null}
    </article>
  );
}
