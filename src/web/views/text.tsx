/** Showing stored text: paragraphs from blank-line-separated text, and the language of text that fell back. */
import type { Locale } from "../../lib/locales.ts";
import { mentionsIn, type KnownName } from "../../lib/name-mentions.ts";

/** Known names a text may mention, each linked to its page (e.g. the network's places). */
export interface NameLinks { names: KnownName<string>[]; href: (key: string) => string }

/**
 * A text with the first mention of each known name as a link; every piece is text, so hono/jsx escapes
 * it. `taken` collects the keys already linked, so a long text links each name once across paragraphs.
 */
export function LinkedText(props: { text: string; links?: NameLinks; taken?: Set<string> }) {
  const { text, links, taken = new Set<string>() } = props;
  if (!links) return <>{text}</>;
  const pieces = mentionsIn(text, links.names.filter((n) => !taken.has(n.key)));
  return <>{pieces.map((piece) => {
    if (!("key" in piece)) return piece.text;
    taken.add(piece.key);
    return <a href={links.href(piece.key)}>{piece.text}</a>;
  })}</>;
}

/** The `lang` to put on a field shown in another language than the page's, else undefined. */
export const fallbackLang = (record: { fallbacks?: Record<string, Locale> }, field: string): Locale | undefined => record.fallbacks?.[field];

export function Paragraphs(props: { text?: string; lang?: Locale; class?: string; links?: NameLinks }) {
  if (!props.text) return null;
  const paragraphs = props.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const taken = new Set<string>();
  return (
    <div class={props.class ?? "prose"} lang={props.lang}>
      {paragraphs.map((p) => <p>{props.links ? <LinkedText text={p} links={props.links} taken={taken} /> : p}</p>)}
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
