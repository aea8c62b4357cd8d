/** Words of the booking messages and of the .ics file, in each language. */
import type { Locale } from "../../lib/locales.ts";
import { plural } from "../../web/i18n/plural.ts";

const en = {
  confirmedSubject: (title: string, date: string, time: string) => `Booking confirmed: ${title}, ${date} at ${time}`,
  cancelledSubject: (title: string, date: string, time: string) => `Booking cancelled: ${title}, ${date} at ${time}`,
  hello: (name: string) => `Hello ${name},`,
  confirmed: "Your booking is confirmed.",
  cancelled: "Your booking has been cancelled.",
  labelled: (label: string, value: string) => `${label}: ${value}`,
  listIntro: (label: string) => `${label}:`,
  visit: "Visit",
  place: "Place",
  address: "Address",
  when: "When",
  at: (date: string, time: string) => `${date} at ${time}`,
  party: "Party",
  people: (n: number) => plural("en", n, { one: "{n} person", other: "{n} people" }),
  code: "Booking code",
  showCode: "Show this code, or the QR code on your ticket, at the entrance.",
  beforeYouCome: "Before you come",
  ticket: "Your ticket",
  cancel: "Cancel the booking",
  cancelHint: "If you cannot come, please cancel, so that others can have your places.",
  keepPrivate: "Keep this message to yourself: its links open and cancel your booking.",
  calendarHint: "The attached file adds the visit to your calendar.",
  anotherTime: "We hope to welcome you another time.",
};

const fr: typeof en = {
  confirmedSubject: (title, date, time) => `Réservation confirmée\u00a0: ${title}, ${date} à ${time}`,
  cancelledSubject: (title, date, time) => `Réservation annulée\u00a0: ${title}, ${date} à ${time}`,
  hello: (name) => `Bonjour ${name},`,
  confirmed: "Votre réservation est confirmée.",
  cancelled: "Votre réservation a été annulée.",
  labelled: (label, value) => `${label}\u00a0: ${value}`,
  listIntro: (label) => `${label}\u00a0:`,
  visit: "Visite",
  place: "Lieu",
  address: "Adresse",
  when: "Date",
  at: (date, time) => `${date} à ${time}`,
  party: "Groupe",
  people: (n) => plural("fr", n, { one: "{n}\u00a0personne", other: "{n}\u00a0personnes" }),
  code: "Code de réservation",
  showCode: "Présentez ce code, ou le QR code de votre billet, à l'entrée.",
  beforeYouCome: "Avant de venir",
  ticket: "Votre billet",
  cancel: "Annuler la réservation",
  cancelHint: "Si vous ne pouvez pas venir, merci d'annuler pour laisser vos places à d'autres visiteurs.",
  keepPrivate: "Ne transférez pas ce message\u00a0: ses liens ouvrent et annulent votre réservation.",
  calendarHint: "Le fichier joint ajoute la visite à votre agenda.",
  anotherTime: "Nous espérons vous accueillir une autre fois.",
};

export const bookingMailText = (locale: Locale) => (locale === "fr" ? fr : en);
export type BookingMailText = typeof en;
