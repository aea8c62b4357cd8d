/** The languages visitors read. Every text they read is stored once per language. */
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in each language it exists in; a missing key is a missing translation. */
export type LocalizedText = Partial<Record<Locale, string>>;
