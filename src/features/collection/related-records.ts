/**
 * "Related" on object and person pages: records that share a person, an event, an object or a room
 * with the one shown, grouped per record with every link they share, most links first.
 */
import { rowsOf } from "../../db/database.ts";
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import { createLocalizer } from "../../lib/localized-text.ts";
import { collatorFor } from "../../web/i18n/format.ts";

export type RelatedKind = "object" | "event" | "person" | "room";
export type SharedKind = "person" | "event" | "object" | "room";

/** One shared link as the repositories read it: a related record and one thing it shares. */
export interface RelatedLinkRow {
  kind: RelatedKind;
  slug: string;
  /** Title of an object or an event; null for a person (see name). */
  label: LocalizedText | null;
  name: string | null;
  /** An object's type. */
  type: string | null;
  viaKind: SharedKind;
  viaSlug: string;
  viaLabel: LocalizedText | null;
  viaName: string | null;
}

interface RawLink {
  kind: RelatedKind; slug: string; label: unknown; name: string | null; type: string | null;
  via_kind: SharedKind; via_slug: string; via_label: unknown; via_name: string | null;
}

/** JSON as the driver hands it over: parsed already or as text. */
const json = <T>(value: unknown): T | null => (value === null || value === undefined ? null : typeof value === "string" ? JSON.parse(value) as T : value as T);

/** The links of a raw query result. */
export function linkRowsOf(result: unknown): RelatedLinkRow[] {
  return rowsOf<RawLink>(result).map((r) => ({
    kind: r.kind, slug: r.slug, label: json(r.label), name: r.name, type: r.type,
    viaKind: r.via_kind, viaSlug: r.via_slug, viaLabel: json(r.via_label), viaName: r.via_name,
  }));
}

export interface SharedThing { kind: SharedKind; slug: string; label: string; lang?: Locale }
export interface RelatedRecord { kind: RelatedKind; slug: string; label: string; lang?: Locale; type?: string; shares: SharedThing[] }

const KIND_ORDER: Record<RelatedKind, number> = { room: 0, object: 1, event: 2, person: 3 };

/** A label in the reader's language, with the language it fell back to, if any. */
function labelIn(locale: Locale, label: LocalizedText | null, name: string | null, slug: string): { label: string; lang?: Locale } {
  if (name !== null) return { label: name };
  const l = createLocalizer(locale);
  const text = l.text("label", label) ?? slug;
  return { label: text, lang: l.fallbacks().label };
}

/**
 * The related records, each once with what it shares (in the order read), ordered by how much
 * they share, then objects, events, people, then label; at most `limit` of each kind.
 */
export function groupRelated(rows: RelatedLinkRow[], locale: Locale, limit = 12): RelatedRecord[] {
  const byKey = new Map<string, RelatedRecord>();
  for (const r of rows) {
    const key = `${r.kind}:${r.slug}`;
    let record = byKey.get(key);
    if (!record) {
      record = { kind: r.kind, slug: r.slug, ...labelIn(locale, r.label, r.name, r.slug), ...(r.type ? { type: r.type } : {}), shares: [] };
      byKey.set(key, record);
    }
    if (!record.shares.some((s) => s.kind === r.viaKind && s.slug === r.viaSlug)) {
      record.shares.push({ kind: r.viaKind, slug: r.viaSlug, ...labelIn(locale, r.viaLabel, r.viaName, r.viaSlug) });
    }
  }
  const collator = collatorFor(locale);
  const sorted = [...byKey.values()].sort((a, b) =>
    b.shares.length - a.shares.length || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(a.label, b.label) || (a.slug < b.slug ? -1 : 1));
  const counts: Record<RelatedKind, number> = { room: 0, object: 0, event: 0, person: 0 };
  return sorted.filter((r) => ++counts[r.kind] <= limit);
}
