/**
 * Showing bilingual content in one language. A text missing in the wanted language is shown in the
 * other one and recorded, so pages can mark it (lang attribute) and editors see what to translate.
 */
import { LOCALES, type Locale, type LocalizedText } from "./locales.ts";

export interface Localizer {
  locale: Locale;
  /** The text in the wanted language, else in another one (recorded under `field`), else undefined. */
  text(field: string, value: LocalizedText | null | undefined): string | undefined;
  /**
   * A text every record has (a name, a title): the dataset schema requires it in at least one
   * language, so it is never undefined; typed so, for the API's documented shapes.
   */
  required(field: string, value: LocalizedText | null | undefined): string;
  /** Which fields were shown in another language than the one asked for. */
  fallbacks(): Record<string, Locale>;
}

export function createLocalizer(locale: Locale): Localizer {
  const used: Record<string, Locale> = {};
  const localizer: Localizer = {
    locale,
    required: (field, value) => localizer.text(field, value) as string,
    text(field, value) {
      if (!value) return undefined;
      const own = value[locale];
      if (own !== undefined) return own;
      for (const other of LOCALES) {
        const text = value[other];
        if (text !== undefined) {
          used[field] = other;
          return text;
        }
      }
      return undefined;
    },
    fallbacks: () => ({ ...used }),
  };
  return localizer;
}
