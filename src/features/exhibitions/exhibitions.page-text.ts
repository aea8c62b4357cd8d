/** Words of the exhibition and room pages, in each language. */
import type { Locale } from "../../lib/locales.ts";
import { ROOM_TITLE } from "../../web/i18n/room-title.ts";

const en = {
  permanent: "Permanent exhibition",
  temporary: "Temporary exhibition",
  from: (date: string) => `From ${date}`,
  until: (date: string) => `Until ${date}`,
  fromTo: (from: string, to: string) => `From ${from} to ${to}`,
  at: "At",
  free: "Free admission",
  about: "About",
  rooms: "Rooms",
  room: ROOM_TITLE.en,
  themes: "Themes",
  media: "Media",
  objects: "Objects shown in this room",
  access: "Access",
  relatedEvents: "Events in this room",
  roomPeople: "People of these events",
  roomVisit: "Timed visit, its times and how to book: ",
  relatedEventsIntro: "The events this room tells, on the network's timeline.",
  timeline: "See the whole timeline",
  inExhibition: (exhibition: string, place: string) => `${exhibition}, ${place}`,
};

const fr: typeof en = {
  permanent: "Exposition permanente",
  temporary: "Exposition temporaire",
  from: (date) => `À partir du ${date}`,
  until: (date) => `Jusqu'au ${date}`,
  fromTo: (from, to) => `Du ${from} au ${to}`,
  at: "Lieu",
  free: "Entrée gratuite",
  about: "Présentation",
  rooms: "Salles",
  room: ROOM_TITLE.fr,
  themes: "Thèmes",
  media: "Médias",
  objects: "Objets présentés dans cette salle",
  access: "Accès",
  relatedEvents: "Les événements de cette salle",
  roomPeople: "Les personnes de ces événements",
  roomVisit: "Visite à horaire, ses horaires et sa réservation\u00a0: ",
  relatedEventsIntro: "Les événements que raconte cette salle, sur la chronologie du réseau.",
  timeline: "Voir toute la chronologie",
  inExhibition: (exhibition, place) => `${exhibition}, ${place}`,
};

export const exhibitionText = (locale: Locale) => (locale === "fr" ? fr : en);
export type ExhibitionText = typeof en;
