/**
 * The collection as a spreadsheet: one row per object, built from an exported Dataset. UTF-8 with
 * a byte order mark (so spreadsheet apps read accents right), RFC 4180 quoting and CRLF line ends,
 * and cells that a spreadsheet would run as a formula made inert.
 */
import { spreadsheetCsv } from "../../lib/spreadsheet-csv.ts";
import type { LocalizedText } from "../../lib/locales.ts";
import type { Dataset, DatasetObject } from "./dataset.schemas.ts";

export const COLLECTION_CSV_COLUMNS = [
  "slug", "status", "holder_slug", "holder_name_en", "holder_name_fr", "type", "title_en", "title_fr", "date",
  "item_count", "item_count_qualifier", "inventory_number", "part_of", "people", "events", "places", "themes",
  "summary_en", "summary_fr", "provenance_en", "provenance_fr", "credit_en", "credit_fr", "rights", "media_count",
] as const;

const LIST_SEPARATOR = "; ";

function objectRow(o: DatasetObject, names: Lookups): Record<(typeof COLLECTION_CSV_COLUMNS)[number], string> {
  const holder = names.places.get(o.holder);
  const lang = (t: LocalizedText | undefined, l: "en" | "fr") => t?.[l] ?? "";
  return {
    slug: o.slug,
    status: o.status,
    holder_slug: o.holder,
    holder_name_en: lang(holder, "en"),
    holder_name_fr: lang(holder, "fr"),
    type: o.type,
    title_en: lang(o.title, "en"),
    title_fr: lang(o.title, "fr"),
    date: o.date ?? "",
    item_count: o.itemCount === undefined ? "" : String(o.itemCount),
    item_count_qualifier: o.itemCountQualifier ?? "",
    inventory_number: o.inventoryNumber ?? "",
    part_of: o.partOf ?? "",
    people: o.people.map((p) => names.people.get(p.person) ?? p.person).join(LIST_SEPARATOR),
    events: o.events.join(LIST_SEPARATOR),
    places: o.places.join(LIST_SEPARATOR),
    themes: o.themes.join(LIST_SEPARATOR),
    summary_en: lang(o.summary, "en"),
    summary_fr: lang(o.summary, "fr"),
    provenance_en: lang(o.provenance, "en"),
    provenance_fr: lang(o.provenance, "fr"),
    credit_en: lang(o.credit, "en"),
    credit_fr: lang(o.credit, "fr"),
    rights: o.rights ?? "",
    media_count: String(o.media.length),
  };
}

interface Lookups {
  places: Map<string, LocalizedText>;
  people: Map<string, string>;
}

/** The CSV text (with BOM) of every object of `dataset`, in the dataset's order. */
export function collectionCsv(dataset: Pick<Dataset, "objects" | "places" | "people">): string {
  const names: Lookups = {
    places: new Map(dataset.places.map((p) => [p.slug, p.name])),
    people: new Map(dataset.people.map((p) => [p.slug, p.name])),
  };
  const rows = dataset.objects.map((o) => {
    const row = objectRow(o, names);
    return COLLECTION_CSV_COLUMNS.map((column) => row[column]);
  });
  return spreadsheetCsv(COLLECTION_CSV_COLUMNS, rows);
}
