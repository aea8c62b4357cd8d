/** The themes index: every published theme with its description and how much is filed under it. */
import type { Locale } from "../../lib/locales.ts";
import { t } from "../../web/i18n/messages.ts";
import { Breadcrumb } from "../../web/views/text.tsx";
import { themeText } from "./themes.page-text.ts";
import { paths } from "../../web/paths.ts";

export interface ThemeIndexItem {
  slug: string;
  name: string;
  nameLang?: Locale;
  description?: string;
  descriptionLang?: Locale;
  counts: { places: number; exhibitions: number; objects: number; events: number };
}

const COUNTED = ["places", "exhibitions", "objects", "events"] as const;

export function ThemesIndexPage(props: { themes: ThemeIndexItem[]; locale: Locale }) {
  const { locale } = props;
  const w = themeText(locale);
  const m = t(locale);
  return (
    <article>
      <Breadcrumb label={m.breadcrumb} items={[{ href: paths.home(locale), text: m.home }, { text: w.themes }]} />
      <h1>{w.themes}</h1>
      <p class="lead">{w.indexIntro}</p>
      <ul class="grid theme-index">{props.themes.map((th) => {
        const counts = COUNTED.filter((k) => th.counts[k] > 0).map((k) => w.counts[k](th.counts[k]));
        return (
          <li class="card">
            <h2 lang={th.nameLang}><a href={paths.theme(locale, th.slug)}>{th.name}</a></h2>
            {th.description ? <p lang={th.descriptionLang}>{th.description}</p> : null}
            <p class="muted">{counts.length > 0 ? <><span class="visually-hidden">{w.filedUnder}: </span>{counts.join(" · ")}</> : w.nothingTagged}</p>
          </li>
        );
      })}</ul>
    </article>
  );
}
