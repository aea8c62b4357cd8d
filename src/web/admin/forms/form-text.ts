/** Words of the form engine itself (buttons, language labels, hints), in each language. */
import type { Locale } from "../../../lib/locales.ts";
import { plural } from "../../i18n/plural.ts";
import { colon, punctuate } from "../../i18n/format.ts";

export const formMessages = {
  en: {
    english: "English",
    french: "French",
    required: "required",
    requiredOneLanguage: "required in at least one language",
    optional: "optional",
    none: "—",
    remove: "Remove",
    moveUp: "Move up",
    moveDown: "Move down",
    row: (label: string, n: number) => `${label} ${n}`,
    emptyList: "None yet.",
    formSections: "Lists in this form",
    fuzzyDateHint: "A date as precise as known, e.g. 1944-08-25, 1945-04, mid 1945-04, summer 1944, 1940s, 1940/1944, before 1945.",
    slugLinesHint: "Identifiers (slugs), one per line, in order.",
    colon: colon("en"),
    errorSummaryTitle: "There is a problem",
    errorSummaryIntro: (n: number) => plural("en", n, { one: "{n} field needs your attention:", other: "{n} fields need your attention:" }),
  },
  fr: {
    english: "anglais",
    french: "français",
    required: "obligatoire",
    requiredOneLanguage: "obligatoire dans au moins une langue",
    optional: "facultatif",
    none: "—",
    remove: "Retirer",
    moveUp: "Monter",
    moveDown: "Descendre",
    row: (label: string, n: number) => `${label} ${n}`,
    emptyList: "Aucun pour l'instant.",
    formSections: "Listes de ce formulaire",
    fuzzyDateHint: "Une date aussi précise que connue, par ex. 1944-08-25, 1945-04, mid 1945-04, summer 1944, 1940s, 1940/1944, before 1945.",
    slugLinesHint: "Identifiants (slugs), un par ligne, dans l'ordre.",
    colon: colon("fr"),
    errorSummaryTitle: "Il y a un problème",
    errorSummaryIntro: (n: number) => punctuate("fr", plural("fr", n, { one: "{n} champ demande votre attention :", other: "{n} champs demandent votre attention :" })),
  },
} satisfies Record<Locale, Record<string, unknown>>;

export type FormMessages = (typeof formMessages)["en"];
export const formText = (locale: Locale): FormMessages => formMessages[locale];
