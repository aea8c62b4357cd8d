/** Which visitor-readable texts of a dataset lack a language: what translators have left to do. */
import { LOCALES, type Locale } from "../../lib/locales.ts";
import type { Dataset } from "./dataset.schemas.ts";

export interface LocalizedTextAt { path: string; text: Partial<Record<Locale, unknown>> }
export interface MissingTranslation { path: string; missing: Locale[] }

const isLocalizedText = (record: Record<string, unknown>) => {
  const keys = Object.keys(record);
  return keys.length > 0 && keys.every((k) => (LOCALES as readonly string[]).includes(k));
};

/**
 * Every localized text ({ en?, fr? }) in `value`, with a path: readable for people
 * (`places[musee-liberation-paris].name`), or dotted like form fields and Zod issues (`highlights.0.text`).
 */
export function localizedTexts(value: unknown, path = "", out: LocalizedTextAt[] = [], style: "readable" | "dotted" = "readable"): LocalizedTextAt[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const record = item && typeof item === "object" ? (item as Record<string, unknown>) : undefined;
      const name = record && "slug" in record ? String(record.slug) : record && "key" in record ? String(record.key) : String(i);
      localizedTexts(item, style === "readable" ? `${path}[${name}]` : path ? `${path}.${i}` : String(i), out, style);
    });
  } else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (isLocalizedText(record)) out.push({ path, text: record });
    else for (const [k, v] of Object.entries(record)) localizedTexts(v, path ? `${path}.${k}` : k, out, style);
  }
  return out;
}

/** The languages a text is not given in. */
const missingLanguages = (text: LocalizedTextAt["text"]) => LOCALES.filter((l) => typeof text[l] !== "string" || (text[l] as string).trim() === "");

export function findMissingTranslations(dataset: Dataset): MissingTranslation[] {
  return localizedTexts(dataset)
    .map(({ path, text }) => ({ path, missing: missingLanguages(text) }))
    .filter((m) => m.missing.length > 0);
}

/** Dotted paths of the texts of one record lacking a language, e.g. "highlights.0.text" (the back office's flags). */
export const untranslatedPaths = (record: unknown): string[] =>
  localizedTexts(record, "", [], "dotted").filter(({ text }) => missingLanguages(text).length > 0).map(({ path }) => path);
