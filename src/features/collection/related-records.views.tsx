/** The "Related" section of object and person pages: each record with what it shares, in words. */
import type { Locale } from "../../lib/locales.ts";
import { collectionText } from "./collection.page-text.ts";
import type { RelatedRecord } from "./related-records.ts";
import { paths } from "../../web/paths.ts";

export function RelatedRecords(props: { related: RelatedRecord[]; locale: Locale }) {
  const { related, locale } = props;
  if (related.length === 0) return null;
  const w = collectionText(locale);
  return (
    <section aria-labelledby="related">
      <h2 id="related">{w.related}</h2>
      <ul class="related-records">{related.map((r) => (
        <li>
          <a href={paths.record(locale, r.kind, r.slug)} lang={r.lang}>{r.label}</a>
          <span class="muted">{` (${r.kind === "object" ? w.types[r.type ?? ""] ?? r.type : w.relatedKinds[r.kind]})`}</span>
          <ul class="shares">{r.shares.map((s) => (
            <li>{w.sharedVia[s.kind]}{w.colon}<span lang={s.lang}>{s.label}</span></li>
          ))}</ul>
        </li>
      ))}</ul>
    </section>
  );
}
