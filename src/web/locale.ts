/** Picking the visitor's language: an explicit `?lang=` wins, then Accept-Language, then English. */
import { LOCALES, type Locale } from "../lib/locales.ts";

export const DEFAULT_LOCALE: Locale = "en";

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** Best supported language of an Accept-Language header ("fr-CH, fr;q=0.9, en;q=0.8"), by quality then order. */
export function negotiateLocale(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { base: tag.trim().toLowerCase().split("-")[0] ?? "", quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((x) => x.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { base } of ranked) {
    if (isLocale(base)) return base;
    if (base === "*") return DEFAULT_LOCALE;
  }
  return DEFAULT_LOCALE;
}
