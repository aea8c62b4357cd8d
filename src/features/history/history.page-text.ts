/** Words of the person, event and timeline pages, in each language. */
import type { Locale } from "../../lib/locales.ts";
import { plural } from "../../web/i18n/plural.ts";

const en = {
  person: "Person",
  alsoKnownAs: (names: string) => `Also known as ${names}.`,
  aliasKinds: {
    birth_name: "birth name", nom_de_guerre: "nom de guerre", title: "title", spelling_variant: "spelling variant", later_name: "later name",
  } as Record<string, string>,
  roles: "Roles",
  born: "Born",
  died: "Died",
  lifeDates: "Life dates",
  about: "About",
  events: "Events",
  objects: "In the collections",
  media: "Media",
  date: "Date",
  location: "Location",
  kind: "Kind",
  people: "People",
  themes: "Themes",
  editorsNote: "Some details, such as the map coordinates, were added by the network's editors.",
  whereTold: "Where this is told",
  roomLabel: (n: number | undefined) => (n === undefined ? "Room" : `Room ${n}`),
  colon: ": ",
  inExhibition: ", in the exhibition ",
  visitIt: "Visit times and booking",
  peopleIndex: "People",
  peopleIntro: "The people of the network's history: who they were, and where their story is told.",
  eventsIndex: "Events",
  eventsIntro: "The events of the network's history, in time order, with where they took place.",
  timeline: "Timeline",
  years: "Years",
  onTimeline: "See this event on the timeline",
  timelineIntro: "The events of the network's history, in time order. Dates are given as precisely as they are known: a month, a season or “mid-April” sorts among exact days.",
  eventCount: (n: number) => plural("en", n, { one: "{n} event", other: "{n} events" }),
  eventKinds: {
    liberation: "Liberation", battle: "Battle", uprising: "Uprising", repression: "Repression", trial: "Trial", founding: "Founding",
    opening: "Opening", commemoration: "Commemoration", other: "Event",
  } as Record<string, string>,
  eventKindsPlural: {
    liberation: "Liberations", battle: "Battles", uprising: "Uprisings", repression: "Repression", trial: "Trials", founding: "Foundings",
    opening: "Openings", commemoration: "Commemorations", other: "Other events",
  } as Record<string, string>,
};

const fr: typeof en = {
  person: "Personne",
  // Neutral wording: « connu » / « connue » would depend on the person.
  alsoKnownAs: (names) => `Autres noms\u00a0: ${names}.`,
  aliasKinds: {
    birth_name: "nom de naissance", nom_de_guerre: "nom de guerre", title: "titre", spelling_variant: "variante orthographique", later_name: "nom ultérieur",
  },
  roles: "Rôles",
  born: "Naissance",
  died: "Décès",
  lifeDates: "Dates",
  about: "Présentation",
  events: "Événements",
  objects: "Dans les collections",
  media: "Médias",
  date: "Date",
  location: "Lieu",
  kind: "Nature",
  people: "Personnes",
  themes: "Thèmes",
  editorsNote: "Certains détails, comme les coordonnées sur la carte, ont été ajoutés par les éditeurs du réseau.",
  whereTold: "Où cette histoire est racontée",
  roomLabel: (n) => (n === undefined ? "Salle" : `Salle ${n}`),
  colon: "\u00a0: ",
  inExhibition: ", dans l'exposition ",
  visitIt: "Horaires et réservation de la visite",
  peopleIndex: "Personnes",
  peopleIntro: "Les personnes de l'histoire du réseau\u00a0: qui elles étaient, et où leur histoire est racontée.",
  eventsIndex: "Événements",
  eventsIntro: "Les événements de l'histoire du réseau, dans l'ordre du temps, avec le lieu où ils se sont déroulés.",
  timeline: "Chronologie",
  years: "Années",
  onTimeline: "Voir cet événement dans la chronologie",
  timelineIntro: "Les événements de l'histoire du réseau, dans l'ordre du temps. Les dates sont données aussi précisément qu'on les connaît\u00a0: un mois, une saison ou «\u00a0mi-avril\u00a0» se classe parmi les jours exacts.",
  eventCount: (n) => plural("fr", n, { one: "{n} événement", other: "{n} événements" }),
  eventKinds: {
    liberation: "Libération", battle: "Bataille", uprising: "Soulèvement", repression: "Répression", trial: "Procès", founding: "Fondation",
    opening: "Ouverture", commemoration: "Commémoration", other: "Événement",
  },
  eventKindsPlural: {
    liberation: "Libérations", battle: "Batailles", uprising: "Soulèvements", repression: "Répression", trial: "Procès", founding: "Fondations",
    opening: "Ouvertures", commemoration: "Commémorations", other: "Autres événements",
  },
};

export const historyText = (locale: Locale) => (locale === "fr" ? fr : en);
export type HistoryText = typeof en;
