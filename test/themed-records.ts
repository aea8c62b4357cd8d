/**
 * Three themes and records of every kind filed under them, for the theme pages' tests: "resistance"
 * tags two places, an exhibition, a room, an object and an event; "liberation" a place and two events
 * (with their people); "deportation-and-the-shoah" one place.
 */
import type { Queryable } from "../src/db/database.ts";
import { aPerson, aPlace, aRoom, aTheme, anEvent, anExhibition, anObject, storeRecords } from "./factories.ts";

export const THEMED = {
  resistance: {
    slug: "resistance", name: { en: "Resistance", fr: "Résistance" },
    description: { en: "The internal Resistance, the maquis and the resisters.", fr: "La Résistance intérieure, les maquis et les résistants." },
  },
  liberation: {
    slug: "liberation", name: { en: "Liberation", fr: "Libération" },
    // French punctuation takes a no-break space before it.
    description: { en: "The liberation of the country: towns, camps and people.", fr: "La libération du pays\u00a0: villes, camps et personnes." },
  },
  deportation: {
    slug: "deportation-and-the-shoah", name: { en: "Deportation and the Shoah", fr: "Déportation et Shoah" },
    description: { en: "The deportation and murder of the Jews of Europe.", fr: "La déportation et l'assassinat des Juifs d'Europe." },
  },
  /** People of the liberation's events; the third is in no event of a theme. */
  people: ["xt-fighter", "xt-general"],
  bystander: "xt-bystander",
};

export async function storeThemedRecords(db: Queryable) {
  const { resistance, liberation, deportation } = THEMED;
  return storeRecords(db, {
    themes: [aTheme(resistance), aTheme(liberation), aTheme(deportation)],
    people: [
      aPerson({ slug: "xt-fighter", name: "Marie Test" }), aPerson({ slug: "xt-general", name: "Paul Test" }),
      aPerson({ slug: "xt-bystander", name: "Nobody Test" }),
    ],
    places: [
      aPlace({ slug: "xt-museum", kind: "museum", name: { en: "Museum of the Resistance test", fr: "Musée de la Résistance d'essai" }, themes: [resistance.slug, liberation.slug] }),
      aPlace({ slug: "xt-memorial", kind: "memorial", name: { en: "Test Memorial", fr: "Mémorial d'essai" }, themes: [resistance.slug, deportation.slug] }),
    ],
    exhibitions: [anExhibition("xt-museum", {
      slug: "xt-permanent", kind: "permanent", themes: [resistance.slug],
      rooms: [aRoom({ slug: "xt-room", themes: [resistance.slug] })],
    })],
    objects: [anObject("xt-museum", { slug: "xt-object", themes: [resistance.slug] })],
    events: [
      anEvent({ slug: "xt-uprising", date: "1944-08-19", themes: [resistance.slug, liberation.slug], people: [{ person: "xt-fighter", role: { en: "Fighter", fr: "Combattante" } }] }),
      anEvent({ slug: "xt-entry", date: "1944-08-25", themes: [liberation.slug], people: [{ person: "xt-general" }] }),
      anEvent({ slug: "xt-unthemed", date: "1945", people: [{ person: "xt-bystander" }] }),
    ],
  });
}
