/** Words of the back office's import and export page, in each language. */
import type { Locale } from "../../lib/locales.ts";
import type { ContentKind } from "./dataset.admin.repository.ts";
import { plural } from "../../web/i18n/plural.ts";
import { punctuate } from "../../web/i18n/format.ts";

export type ImportProblem = "file_missing" | "file_too_large" | "confirm_missing" | "file_not_json_type";

export const datasetAdminMessages = {
  en: {
    title: "Import and export",
    exportHeading: "Export",
    exportIntro: "Download everything the database holds, in the format the import reads (JSON), or the collection as a spreadsheet (CSV, one row per object).",
    downloadJson: "Download the whole dataset (JSON)",
    downloadCsv: "Download the collection (CSV)",
    importHeading: "Import",
    importWarning: "Importing REPLACES ALL CONTENT: every institution, exhibition, room, object, person, event, theme and medium now stored is deleted and the file's content takes its place. Staff accounts and the audit log are kept; roles are kept for institutions whose identifier (slug) is still in the file.",
    importCheck: "Nothing is changed if the file has a problem: every problem is listed instead.",
    currentCounts: "Stored now",
    kinds: { places: "institutions", exhibitions: "exhibitions", rooms: "rooms", objects: "objects", people: "people", events: "events", themes: "themes", media: "media" } satisfies Record<ContentKind, string>,
    file: "Dataset file (JSON)",
    fileHint: (mb: number) => `A file made by "Download the whole dataset" or by remembrance export; ${mb} MB at most.`,
    confirm: "Replace everything stored by the content of this file",
    importButton: "Import and replace everything",
    problems: {
      file_missing: "Choose the JSON file to import.",
      file_too_large: "The file is larger than 20 MB. Nothing was imported.",
      confirm_missing: "Tick the box to confirm that the import replaces all content.",
      file_not_json_type: "Choose a JSON file (.json).",
    } satisfies Record<ImportProblem, string>,
    fileErrorsTitle: (total: number) => plural("en", total, { one: "The file has {n} problem. Nothing was changed.", other: "The file has {n} problems. Nothing was changed." }),
    fileErrorsShown: (shown: number, total: number) => `The first ${shown} of ${total} are listed.`,
    where: "Where",
    problem: "Problem",
    wholeFile: "(the whole file)",
    importedTitle: "Import done",
    imported: (file: string) => `The content of ${file} replaced everything. Now stored:`,
    rolesKept: (n: number) => plural("en", n, { one: "{n} staff role was kept.", other: "{n} staff roles were kept." }),
    rolesDropped: (n: number, slugs: string) => `${n} staff role(s) ended because their institution is not in the file: ${slugs}.`,
    backToData: "Back to import and export",
  },
  fr: {
    title: "Import et export",
    exportHeading: "Export",
    exportIntro: "Téléchargez tout ce que contient la base, au format que lit l'import (JSON), ou la collection sous forme de tableur (CSV, une ligne par objet).",
    downloadJson: "Télécharger tout le jeu de données (JSON)",
    downloadCsv: "Télécharger la collection (CSV)",
    importHeading: "Import",
    importWarning: "L'import REMPLACE TOUT LE CONTENU : chaque institution, exposition, salle, objet, personne, événement, thème et média actuellement enregistré est supprimé et remplacé par le contenu du fichier. Les comptes du personnel et le journal d'audit sont conservés ; les rôles sont conservés pour les institutions dont l'identifiant (slug) figure encore dans le fichier.",
    importCheck: "Rien n'est modifié si le fichier comporte un problème : tous les problèmes sont alors listés.",
    currentCounts: "Enregistré actuellement",
    kinds: { places: "institutions", exhibitions: "expositions", rooms: "salles", objects: "objets", people: "personnes", events: "événements", themes: "thèmes", media: "médias" } satisfies Record<ContentKind, string>,
    file: "Fichier du jeu de données (JSON)",
    fileHint: (mb: number) => punctuate("fr", `Un fichier produit par « Télécharger tout le jeu de données » ou par remembrance export ; ${mb}\u00a0Mo au plus.`),
    confirm: "Remplacer tout le contenu enregistré par celui de ce fichier",
    importButton: "Importer et tout remplacer",
    problems: {
      file_missing: "Choisissez le fichier JSON à importer.",
      file_too_large: "Le fichier dépasse 20 Mo. Rien n'a été importé.",
      confirm_missing: "Cochez la case pour confirmer que l'import remplace tout le contenu.",
      file_not_json_type: "Choisissez un fichier JSON (.json).",
    } satisfies Record<ImportProblem, string>,
    fileErrorsTitle: (total: number) => plural("fr", total, { one: "Le fichier comporte {n} problème. Rien n'a été modifié.", other: "Le fichier comporte {n} problèmes. Rien n'a été modifié." }),
    fileErrorsShown: (shown: number, total: number) => `Les ${shown} premiers sur ${total} sont listés.`,
    where: "Où",
    problem: "Problème",
    wholeFile: "(le fichier entier)",
    importedTitle: "Import terminé",
    imported: (file: string) => `Le contenu de ${file} a tout remplacé. Enregistré désormais :`,
    rolesKept: (n: number) => plural("fr", n, { one: "{n} rôle du personnel a été conservé.", other: "{n} rôles du personnel ont été conservés." }),
    rolesDropped: (n: number, slugs: string) => `${n} rôle(s) du personnel ont pris fin car leur institution ne figure pas dans le fichier : ${slugs}.`,
    backToData: "Retour à l'import et l'export",
  },
} satisfies Record<Locale, Record<string, unknown>>;

export type DatasetAdminMessages = (typeof datasetAdminMessages)["en"];
export const datasetAdminText = (locale: Locale): DatasetAdminMessages => datasetAdminMessages[locale];
