/**
 * One record of each kind with every optional fact filled, some texts in English only (so French
 * replies fall back and say so): for tests that must see every member an API reply can carry.
 */
import type { Queryable } from "../src/db/database.ts";
import { aPerson, aPlace, aRoom, aTheme, anEvent, anExhibition, anObject, storeRecords } from "./factories.ts";

const both = (en: string, fr: string) => ({ en, fr });
const englishOnly = (en: string) => ({ en });

/** An image with every fact, and a film with a duration. */
const mediaOf = (owner: string) => [
  { slug: `${owner}-image`, kind: "image" as const, title: both("Photograph", "Photographie"), description: englishOnly("Only in English"),
    altText: both("A street in August 1944", "Une rue en août 1944"), url: `https://media.example.org/${owner}.jpg`, credit: "Example archive", rights: "CC BY 4.0" },
  { slug: `${owner}-film`, kind: "film" as const, title: both("Newsreel", "Actualités"), durationSeconds: 95 },
];

export const FULL = {
  theme: "full-theme", place: "full-place", partner: "full-partner", exhibition: "full-exhibition", room: "full-room",
  collection: "full-collection", object: "full-object", person: "full-person", event: "full-event",
};

/** The records as a dataset fragment (for tests without a database, e.g. forms). */
export const fullRecords = (): Parameters<typeof storeRecords>[1] => ({
    themes: [aTheme({ slug: FULL.theme, description: englishOnly("Only in English") })],
    people: [aPerson({
      slug: FULL.person, givenName: "Henriette", familyName: "Example", title: both("Resistance fighter", "Résistante"),
      summary: englishOnly("Summary, only in English"), description: englishOnly("Only in English"), birth: "1908-06-12", death: "mid 1990-04",
      aliases: [{ name: "Colonel H", kind: "nom_de_guerre", note: both("In the FFI", "Dans les FFI") }],
      roles: [
        { role: both("Head of a network", "Cheffe de réseau"), place: FULL.place, period: "1943/1944" },
        { role: both("Member", "Membre"), place: FULL.partner },
      ],
      media: mediaOf(FULL.person),
    })],
    events: [anEvent({
      slug: FULL.event, kind: "liberation", summary: englishOnly("Summary, only in English"), description: englishOnly("Only in English"), date: "1944-08-25",
      location: { name: both("Paris", "Paris"), place: FULL.place, latitude: 48.8339, longitude: 2.3324 }, factsSource: "Example source",
      people: [{ person: FULL.person, role: both("Led the uprising", "A mené l'insurrection") }], themes: [FULL.theme], media: mediaOf(FULL.event),
    })],
    places: [
      // Near the Caen memorial and sharing a theme and a person with the full place: its related places show every kind of reason.
      aPlace({ slug: FULL.partner, address: { city: "Caen" }, coordinates: { latitude: 49.18, longitude: -0.37 }, themes: [FULL.theme] }),
      aPlace({
        slug: FULL.place, shortName: both("Full", "Complet"), tagline: both("Tagline", "Accroche"), summary: englishOnly("Summary, only in English"),
        description: englishOnly("Only in English"), partnersIntro: both("Partners", "Partenaires"),
        address: { street: both("4 Example Avenue", "4 avenue Exemple"), postalCode: "75014", city: "Paris", district: both("14th", "14e"), countryCode: "FR" },
        coordinates: { latitude: 48.8339, longitude: 2.3324 }, factsSource: "Example source",
        contacts: { phone: "+33 1 00 00 00 00", email: "contact@example.org", website: "https://example.org/" },
        highlights: [{ kind: "we_love", text: both("The shelter", "L'abri") }],
        figures: [{ value: 7000, qualifier: "more_than", unit: "pieces", label: both("pieces", "pièces") }],
        openingHours: [{ days: ["tue", "wed"], opens: "10:00", closes: "18:00", validFrom: "2026-01-01", validUntil: "2026-12-31" }],
        openingExceptions: [
          { startsOn: "2026-12-25", endsOn: "2026-12-25", closed: true, reason: both("Christmas", "Noël") },
          { startsOn: "2026-12-24", endsOn: "2026-12-24", closed: false, opens: "10:00", closes: "15:00" },
        ],
        admission: [{
          covers: "exhibition", exhibition: FULL.exhibition, label: both("Exhibition", "Exposition"), isFree: false, priceCents: 1250,
          isReducedRate: true, minAge: 18, maxAge: 25, conditions: both("With a card", "Sur justificatif"),
        }],
        audience: [{ audience: "teenagers", recommended: true, minAge: 12, maxAge: 17, text: both("Ideal with teenagers", "Idéal avec des ados") }],
        accessibility: [{ feature: "steps", room: FULL.room, value: 99, unit: "steps", text: both("99 steps", "99 marches") }],
        partners: [{ place: FULL.partner, kind: "sister_site", note: both("Note", "Note") }],
        suggestions: [{ place: FULL.partner, title: both("Next", "Ensuite"), text: both("Text", "Texte"), url: "https://example.org/next" }],
        themes: [FULL.theme],
        media: mediaOf(FULL.place),
      }),
    ],
    exhibitions: [anExhibition(FULL.place, {
      slug: FULL.exhibition, kind: "temporary", summary: englishOnly("Summary, only in English"), description: englishOnly("Only in English"),
      opensOn: "2026-01-01", closesOn: "2026-12-31", themes: [FULL.theme], media: mediaOf(FULL.exhibition),
      rooms: [aRoom({
        slug: FULL.room, number: 3, subtitle: both("Subtitle", "Sous-titre"), summary: englishOnly("Summary, only in English"), description: englishOnly("Only in English"),
        sections: [{ key: "intro", title: both("Introduction", "Introduction"), body: both("Body", "Corps"), media: mediaOf(`${FULL.room}-intro`) }],
        objects: [FULL.object], events: [FULL.event], themes: [FULL.theme], media: mediaOf(FULL.room),
      })],
    })],
    objects: [
      anObject(FULL.place, { slug: FULL.collection, type: "collection" }),
      anObject(FULL.place, {
        slug: FULL.object, type: "letter", partOf: FULL.collection, summary: englishOnly("Summary, only in English"), description: englishOnly("Only in English"),
        date: "mid 1945-04", itemCount: 12, itemCountQualifier: "about", provenance: both("Gift", "Don"), credit: both("Credit", "Crédit"),
        rights: "Public domain", inventoryNumber: "INV-1945-12", people: [{ person: FULL.person, role: both("Author", "Autrice") }],
        events: [FULL.event], places: [FULL.partner], themes: [FULL.theme], media: mediaOf(FULL.object),
      }),
    ],
});

export async function storeFullRecords(db: Queryable) {
  await storeRecords(db, fullRecords());
}
