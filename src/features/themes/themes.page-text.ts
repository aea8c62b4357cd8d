/** Words of the theme pages (the index and each theme), in each language. */
import type { Locale } from "../../lib/locales.ts";
import { plural } from "../../web/i18n/plural.ts";
import { quoted } from "../../web/i18n/format.ts";

const en = {
  themes: "Themes",
  kicker: "Theme",
  places: "Places", exhibitions: "Exhibitions", rooms: "Rooms", objects: "In the collections", events: "Events", people: "People",
  peopleIntro: "People who took part in the events of this theme.",
  nothingTagged: "Nothing is filed under this theme yet.",
  description: (name: string) => `Places, exhibitions, rooms, objects and events of the theme ${quoted("en", name)}.`,
  indexIntro: "The subjects the network's places, exhibitions, collections and events are filed under.",
  counts: {
    places: (n: number) => plural("en", n, { one: "{n} place", other: "{n} places" }),
    exhibitions: (n: number) => plural("en", n, { one: "{n} exhibition", other: "{n} exhibitions" }),
    objects: (n: number) => plural("en", n, { one: "{n} object", other: "{n} objects" }),
    events: (n: number) => plural("en", n, { one: "{n} event", other: "{n} events" }),
  },
  filedUnder: "Filed under this theme",
};

const fr: typeof en = {
  themes: "Thèmes",
  kicker: "Thème",
  places: "Lieux", exhibitions: "Expositions", rooms: "Salles", objects: "Dans les collections", events: "Événements", people: "Personnes",
  peopleIntro: "Les personnes qui ont pris part aux événements de ce thème.",
  nothingTagged: "Rien n'est encore classé sous ce thème.",
  description: (name) => `Lieux, expositions, salles, objets et événements du thème ${quoted("fr", name)}.`,
  indexIntro: "Les sujets sous lesquels sont classés les lieux, les expositions, les collections et les événements du réseau.",
  counts: {
    places: (n) => plural("fr", n, { one: "{n} lieu", other: "{n} lieux" }),
    exhibitions: (n) => plural("fr", n, { one: "{n} exposition", other: "{n} expositions" }),
    objects: (n) => plural("fr", n, { one: "{n} objet", other: "{n} objets" }),
    events: (n) => plural("fr", n, { one: "{n} événement", other: "{n} événements" }),
  },
  filedUnder: "Classés sous ce thème",
};

export const themeText = (locale: Locale) => (locale === "fr" ? fr : en);
export type ThemeText = typeof en;
