/** Showing stored text: paragraphs from blank-line-separated text, and the language of text that fell back. */
import type { Locale } from "../../lib/locales.ts";

/** The `lang` to put on a field shown in another language than the page's, else undefined. */
export const fallbackLang = (record: { fallbacks?: Record<string, Locale> }, field: string): Locale | undefined => record.fallbacks?.[field];

export function Paragraphs(props: { text?: string; lang?: Locale; class?: string }) {
  if (!props.text) return null;
  const paragraphs = props.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div class={props.class ?? "prose"} lang={props.lang}>
      {paragraphs.map((p) => <p>{p}</p>)}
    </div>
  );
}

export function Breadcrumb(props: { label: string; items: { href?: string; text: string }[] }) {
  return (
    <nav class="breadcrumb" aria-label={props.label}>
      <ol>
        {props.items.map((item, i) =>
          item.href && i < props.items.length - 1
            ? <li><a href={item.href}>{item.text}</a></li>
            : <li aria-current="page">{item.text}</li>)}
      </ol>
    </nav>
  );
}
