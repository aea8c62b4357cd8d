/** Which visitor-readable texts of a dataset lack a language: what translators have left to do. */
import { LOCALES, type Locale } from "../../db/schema/columns.ts";
import type { Dataset } from "./dataset.schemas.ts";

export interface LocalizedTextAt { path: string; text: Partial<Record<Locale, unknown>> }
export interface MissingTranslation { path: string; missing: Locale[] }

const isLocalizedText = (record: Record<string, unknown>) => {
  const keys = Object.keys(record);
  return keys.length > 0 && keys.every((k) => (LOCALES as readonly string[]).includes(k));
};

/** Every localized text ({ en?, fr? }) in `value`, with a readable path such as `places[musee-liberation-paris].name`. */
export function localizedTexts(value: unknown, path = "", out: LocalizedTextAt[] = []): LocalizedTextAt[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const record = item && typeof item === "object" ? (item as Record<string, unknown>) : undefined;
      const name = record && "slug" in record ? String(record.slug) : record && "key" in record ? String(record.key) : String(i);
      localizedTexts(item, `${path}[${name}]`, out);
    });
  } else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (isLocalizedText(record)) out.push({ path, text: record });
    else for (const [k, v] of Object.entries(record)) localizedTexts(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

export function findMissingTranslations(dataset: Dataset): MissingTranslation[] {
  return localizedTexts(dataset)
    .map(({ path, text }) => ({ path, missing: LOCALES.filter((l) => typeof text[l] !== "string" || (text[l] as string).trim() === "") }))
    .filter((m) => m.missing.length > 0);
}
