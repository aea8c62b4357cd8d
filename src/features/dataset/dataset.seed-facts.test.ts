/**
 * The default dataset (`dataset/`) must carry every name, date and figure of the three seed pages
 * (../shared/seeds), in English and French, and nothing that contradicts them. These tests pin the
 * facts a visitor would notice, with their exact values.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { formatFuzzyDate, parseFuzzyDate } from "../../lib/fuzzy-date.ts";
import { loadDatasetFolder } from "./dataset.loader.ts";
import type { Dataset, DatasetEvent, DatasetExhibition, DatasetPlace, DatasetRoom } from "./dataset.schemas.ts";
import { localizedTexts } from "./dataset.translations.ts";

let data: Dataset;

beforeAll(async () => {
  data = await loadDatasetFolder("dataset");
});

function bySlug<T extends { slug: string }>(records: T[], slug: string): T {
  const found = records.find((r) => r.slug === slug);
  if (!found) throw new Error(`no record with slug "${slug}"`);
  return found;
}
const place = (slug: string): DatasetPlace => bySlug(data.places, slug);
const event = (slug: string): DatasetEvent => bySlug(data.events, slug);
const exhibition = (slug: string): DatasetExhibition => bySlug(data.exhibitions, slug);
const room = (slug: string): DatasetRoom => bySlug(data.exhibitions.flatMap((e) => e.rooms), slug);

/** The English and French of a localized text, failing when either is missing. */
function both(text: { en?: string; fr?: string } | undefined): { en: string; fr: string } {
  if (!text?.en || !text.fr) throw new Error(`expected a text in en and fr, got ${JSON.stringify(text)}`);
  return { en: text.en, fr: text.fr };
}

/** The figure of a place with that value, failing when there is none. */
function figure(p: DatasetPlace, value: number | undefined, qualifier: string) {
  const found = p.figures.find((f) => f.value === value && f.qualifier === qualifier);
  if (!found) throw new Error(`${p.slug} has no figure ${qualifier} ${value}; it has ${JSON.stringify(p.figures.map((f) => [f.qualifier, f.value]))}`);
  return found;
}


/** Every string of the dataset, with its path. */
function strings(value: unknown, path: string, out: { path: string; text: string }[] = []) {
  if (typeof value === "string") out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

describe("the dataset folder", () => {
  it("loads with the main records", () => {
    expect(data.places.map((p) => [p.slug, p.kind])).toEqual(expect.arrayContaining([
      ["musee-liberation-paris", "museum"], ["archives-nationales", "archive"], ["chrd-lyon", "museum"],
      ["memorial-de-la-shoah", "memorial"], ["mont-valerien", "memorial"], ["musee-armee-invalides", "museum"],
      ["musee-ordre-liberation", "museum"], ["musee-resistance-nationale", "museum"], ["memorial-de-caen", "museum"],
      ["memorial-falaise", "museum"], ["arromanches-360", "cinema"],
    ]));
    expect(data.people.map((p) => p.slug)).toEqual(expect.arrayContaining([
      "jean-moulin", "philippe-leclerc-de-hauteclocque", "henri-rol-tanguy", "sylvie-zaidman", "antoinette-sasse",
      "andree-dubois", "suzanne-escoffier", "klaus-barbie", "jacques-chaban-delmas", "elie-wiesel", "charles-de-gaulle",
      "louis-xiv", "napoleon-i",
    ]));
    expect(data.themes.map((t) => t.slug)).toEqual(expect.arrayContaining([
      "occupation", "resistance", "liberation", "repression", "deportation-and-the-shoah", "military-history", "memory",
      "civilians-in-war", "purges", "free-france",
    ]));
  });

  it("tags every place, exhibition, room, object and event with at least one theme", () => {
    const untagged = [
      ...data.places.filter((p) => p.themes.length === 0).map((p) => `places[${p.slug}]`),
      ...data.exhibitions.filter((e) => e.themes.length === 0).map((e) => `exhibitions[${e.slug}]`),
      ...data.exhibitions.flatMap((e) => e.rooms).filter((r) => r.themes.length === 0).map((r) => `rooms[${r.slug}]`),
      ...data.objects.filter((o) => o.themes.length === 0).map((o) => `objects[${o.slug}]`),
      ...data.events.filter((e) => e.themes.length === 0).map((e) => `events[${e.slug}]`),
    ];
    expect(untagged).toEqual([]);
  });
});

describe("Musée de la Libération de Paris (seed 000)", () => {
  it("has its names, tagline, highlights and teenage audience", () => {
    const p = place("musee-liberation-paris");
    expect(both(p.name).fr).toBe("Musée de la Libération de Paris – musée du Général Leclerc – musée Jean Moulin");
    expect(both(p.tagline).en).toBe("A museum that traces the occupation and liberation of Paris");
    expect(p.highlights.map((h) => [h.kind, both(h.text).en])).toEqual([
      ["we_love", "A fascinating museum about the occupation and liberation of Paris. Many images, explanatory videos"],
      ["we_also_like", "The underground shelter of the resistance? Not to be missed!"],
    ]);
    expect(p.audience).toHaveLength(1);
    expect(p.audience[0]?.audience).toBe("teenagers");
    expect(both(p.audience[0]?.text).en).toContain("Ideal with teenagers");
    expect(both(p.audience[0]?.text).en).toContain("for teens");
  });

  it("is at Place Denfert-Rochereau in the 14th arrondissement, with the extra public facts declared", () => {
    const p = place("musee-liberation-paris");
    expect(both(p.address.street).en).toBe("Place Denfert-Rochereau");
    expect(p.address.city).toBe("Paris");
    expect(p.address.postalCode).toBe("75014");
    expect(both(p.address.district)).toEqual({ en: "14th arrondissement", fr: "14e arrondissement" });
    expect(both(p.description).en).toContain("just opposite the Catacombs of Paris");
    expect(p.coordinates?.latitude).toBeCloseTo(48.83, 1);
    expect(p.coordinates?.longitude).toBeCloseTo(2.33, 1);
    expect(p.factsSource).toMatch(/well-known public facts/);
  });

  it("opens Tuesday to Sunday from 10:00 to 18:00 and never on Monday", () => {
    const p = place("musee-liberation-paris");
    expect(p.openingHours).toEqual([{ days: ["tue", "wed", "thu", "fri", "sat", "sun"], opens: "10:00", closes: "18:00" }]);
    expect(p.openingHours.flatMap((h) => h.days)).not.toContain("mon");
    expect(p.openingExceptions).toEqual([]);
  });

  it("gives no hours to any other place, since the seeds give none", () => {
    expect(data.places.filter((p) => p.openingHours.length > 0).map((p) => p.slug)).toEqual(["musee-liberation-paris"]);
  });

  it("has a free permanent collection for all and paid temporary exhibitions without an invented price", () => {
    const p = place("musee-liberation-paris");
    const permanent = p.admission.filter((a) => a.covers === "permanent_collection");
    const temporary = p.admission.filter((a) => a.covers === "temporary_exhibitions");
    expect(permanent).toHaveLength(1);
    expect(permanent[0]?.isFree).toBe(true);
    expect(both(permanent[0]?.label).en).toMatch(/free for all/i);
    expect(temporary).toHaveLength(1);
    expect(temporary[0]?.isFree).toBe(false);
    expect(temporary[0]?.priceCents).toBeUndefined();
    expect(data.places.flatMap((x) => x.admission).filter((a) => a.priceCents !== undefined)).toEqual([]);
  });

  it("has the underground shelter: 20 metres down, 99 steps, a 30-minute visit booked only at the museum, AR headsets", () => {
    const ex = exhibition("musee-liberation-paris-permanent");
    expect(ex.place).toBe("musee-liberation-paris");
    expect(ex.kind).toBe("permanent");
    expect(ex.rooms.map((r) => r.slug)).toEqual(["underground-shelter-of-the-resistance"]);
    const p = place("musee-liberation-paris");
    const fact = (feature: string) => p.accessibility.find((a) => a.feature === feature && a.room === "underground-shelter-of-the-resistance");
    expect(fact("steps")?.value).toBe(99);
    expect(fact("underground")?.value).toBe(20);
    expect(fact("underground")?.unit).toBe("m");
    expect(fact("headset")).toBeDefined();
    expect(both(fact("headset")?.text).en).toContain("augmented reality headsets");
    expect(figure(p, 99, "exactly").unit).toBe("steps");
    expect(figure(p, 20, "exactly").unit).toBe("m");
    expect(figure(p, 7000, "more_than")).toBeDefined();
    const shelter = both(room("underground-shelter-of-the-resistance").description);
    for (const s of ["20 metres under the museum", "99 steps", "30-minute visit", "only be made once at the museum",
      "as soon as you arrive", "Colonel Rol (future Rol-Tanguy)", "head of the FFI in the Paris region", "August 1944",
      "decisive week of the Liberation of Paris", "passive defence shelter", "augmented reality headsets"]) {
      expect(shelter.en).toContain(s);
    }
    for (const s of ["20 mètres", "99 marches", "30 minutes", "colonel Rol", "août 1944"]) expect(shelter.fr).toContain(s);
  });

  it("tells the seed's facts in its description, in both languages", () => {
    const d = both(place("musee-liberation-paris").description);
    for (const s of ["reopened in August 2020", "75th anniversary of the Liberation of Paris", "Sylvie Zaidman, director of the museum",
      "asks the question of commitment, of choice", "Philippe de Hauteclocque (who became General Leclerc) and Jean Moulin",
      "occupied France", "rationing tickets, a yellow star, children's shoes with wooden soles",
      "digital and interactive mediation devices", "more than 7000 pieces", "Fondation du Maréchal Leclerc de Hauteclocque",
      "bequest of Antoinette Sasse, and bequest of Andrée Dubois and Suzanne Escoffier", "99 steps", "20 metres"]) {
      expect(d.en).toContain(s);
    }
    for (const s of ["août 2020", "75e anniversaire", "Sylvie Zaidman, directrice du musée", "plus de 7000 pièces", "14e arrondissement"]) {
      expect(d.fr).toContain(s);
    }
    expect(event("reopening-of-the-musee-liberation-paris").date).toBe("2020-08");
    expect(event("reopening-of-the-musee-liberation-paris").location?.place).toBe("musee-liberation-paris");
  });

  it("suggests the six outside visits of “You like history...”, in seed order, French originals kept", () => {
    const s = place("musee-liberation-paris").suggestions;
    expect(s.map((x) => both(x.title).fr)).toEqual([
      "Arts et préhistoire", "Le musée de Cluny", "La tour Jean-sans-Peur", "Le musée du Parfum Fragonard",
      "Visite privée sur les traces des alchimistes et de Nicolas Flamel", "La visite guidée «\u00a0Paris, mystères et légendes\u00a0»",
    ]);
    expect(s.every((x) => x.place === undefined && x.url === undefined)).toBe(true);
    expect(s.map((x) => both(x.title).en)).toEqual(s.map(() => expect.any(String)));
    expect(both(s[0]?.text).fr).toBe("Arts et Préhistoire au musée de l'Homme");
    expect(both(s[1]?.text).fr).toBe("La Dame à la licorne au musée de Cluny");
  });

  it("lists the seven partner institutions of seed 001 in seed order", () => {
    const p = place("musee-liberation-paris");
    expect(p.partners.map((x) => x.place)).toEqual([
      "archives-nationales", "chrd-lyon", "memorial-de-la-shoah", "mont-valerien", "musee-armee-invalides",
      "musee-ordre-liberation", "musee-resistance-nationale",
    ]);
    expect(p.partners.every((x) => x.kind === "partner_museum")).toBe(true);
    expect(both(p.partnersIntro).en).toContain("Visitors are therefore invited to turn to the various partner museums to further enrich their visit.");
    expect(both(p.partnersIntro).fr).toContain("partenaires");
    expect(both(p.description).en).not.toContain("develops synergies");
  });
});

describe("the collection of the Musée de la Libération de Paris", () => {
  const object = (slug: string) => bySlug(data.objects, slug);

  it("has more than 7000 pieces, with the Leclerc and Jean Moulin collections and their provenance", () => {
    const whole = object("musee-liberation-paris-collection");
    expect(whole.holder).toBe("musee-liberation-paris");
    expect(whole.type).toBe("collection");
    expect([whole.itemCount, whole.itemCountQualifier]).toEqual([7000, "more_than"]);
    expect(both(whole.summary).en).toContain("photographs, videos, archival documents and objects of everyday life and military objects");

    const leclerc = object("general-leclerc-collection");
    expect([leclerc.type, leclerc.partOf]).toEqual(["collection", "musee-liberation-paris-collection"]);
    expect(both(leclerc.provenance).en).toBe("Fondation du Maréchal Leclerc de Hauteclocque");
    expect(leclerc.people.map((x) => x.person)).toContain("philippe-leclerc-de-hauteclocque");

    const moulin = object("jean-moulin-collection");
    expect([moulin.type, moulin.partOf]).toEqual(["collection", "musee-liberation-paris-collection"]);
    expect(both(moulin.provenance).en).toBe("Bequest of Antoinette Sasse, and bequest of Andrée Dubois and Suzanne Escoffier");
    expect(moulin.people.map((x) => x.person)).toEqual(["jean-moulin", "antoinette-sasse", "andree-dubois", "suzanne-escoffier"]);
    expect(both(moulin.summary).en).toBe("Archives, photographs, letters, drawings, private correspondence during the war, furniture, etc. It is very moving.");
  });

  it("has the objects of occupied France the seed names", () => {
    for (const [slug, en] of [["rationing-tickets", "Rationing tickets"], ["yellow-star", "A yellow star"],
      ["childrens-shoes-with-wooden-soles", "Children's shoes with wooden soles"]] as const) {
      const o = object(slug);
      expect(both(o.title).en).toBe(en);
      expect(o.partOf).toBe("musee-liberation-paris-collection");
      expect(o.holder).toBe("musee-liberation-paris");
      expect(o.themes).toContain("occupation");
    }
  });
});

describe("people", () => {
  it("knows General Leclerc under both spellings of Hauteclocque and his titles", () => {
    const leclerc = bySlug(data.people, "philippe-leclerc-de-hauteclocque");
    expect(leclerc.name).toBe("Philippe Leclerc de Hauteclocque");
    expect(leclerc.aliases.map((a) => [a.name, a.kind])).toEqual(expect.arrayContaining([
      ["General Leclerc", "title"], ["Philippe de Hauteclocque", "birth_name"],
      ["Philippe de Hautecloque", "spelling_variant"], ["Maréchal Leclerc de Hauteclocque", "title"],
    ]));
  });

  it("knows Colonel Rol as Henri Rol-Tanguy, head of the FFI in the Paris region", () => {
    const rol = bySlug(data.people, "henri-rol-tanguy");
    expect(rol.aliases.map((a) => [a.name, a.kind])).toContainEqual(["Colonel Rol", "nom_de_guerre"]);
    expect(rol.roles.map((r) => both(r.role).en)).toContain("Head of the FFI in the Paris region");
    expect(rol.roles.find((r) => r.place === "musee-liberation-paris")?.period).toBe("1944-08");
    expect(event("liberation-of-paris").people.map((x) => x.person)).toContain("henri-rol-tanguy");
  });

  it("has Sylvie Zaidman as director of the museum, and no invented birth or death dates", () => {
    const zaidman = bySlug(data.people, "sylvie-zaidman");
    expect(zaidman.roles.map((r) => [both(r.role).en, r.place])).toContainEqual(["Director of the museum", "musee-liberation-paris"]);
    expect(data.people.filter((p) => p.birth !== undefined || p.death !== undefined).map((p) => p.slug)).toEqual([]);
  });
});

describe("the successive liberations (seed 002)", () => {
  const expected: [string, string, string][] = [
    ["liberation-of-kiev", "1943-11-06", "6 November 1943"],
    ["liberation-of-rome", "1944-06-04", "4 June 1944"],
    ["liberation-of-brussels", "1944-09-07", "7 September 1944"],
    ["liberation-of-athens", "1944-10-12", "12 October 1944"],
    ["liberation-of-auschwitz-birkenau", "1945-01", "January 1945"],
    ["liberation-of-warsaw", "1945-01", "January 1945"],
    ["liberation-of-vienna", "mid 1945-04", "mid-April 1945"],
    ["liberation-of-la-rochelle", "1945-05-09", "9 May 1945"],
    ["liberation-of-lorient", "1945-05-09", "9 May 1945"],
    ["liberation-of-paris", "1944-08", "August 1944"],
  ];

  it.each(expected)("%s is a liberation dated %s (%s)", (slug, date, reads) => {
    const e = event(slug);
    expect(e.kind).toBe("liberation");
    expect(e.date).toBe(date);
    expect(formatFuzzyDate(e.date, "en")).toBe(reads);
    expect(e.themes).toContain("liberation");
  });

  it("puts Vienna in mid-April 1945 and the last liberations on 9 May 1945", () => {
    expect(parseFuzzyDate(event("liberation-of-vienna").date)).toMatchObject({ start: "1945-04-11", end: "1945-04-20" });
    const sorted = [...data.events.filter((e) => e.kind === "liberation")]
      .sort((a, b) => (parseFuzzyDate(a.date).start ?? "").localeCompare(parseFuzzyDate(b.date).start ?? ""));
    expect(sorted[0]?.slug).toBe("liberation-of-kiev");
    expect(sorted.slice(-2).map((e) => e.date)).toEqual(["1945-05-09", "1945-05-09"]);
  });

  it("has the other dated facts of the room", () => {
    expect(event("turn-of-the-war").date).toBe("late 1942/early 1943");
    expect(event("hardening-of-german-repression-in-western-europe").date).toBe("winter 1943");
    expect(formatFuzzyDate("winter 1943", "en")).toBe("winter 1943–1944");
    expect(event("normandy-landings").date).toBe("1944");
    const vercors = event("battle-of-vercors");
    expect(vercors.date).toBe("summer 1944");
    expect(both(vercors.summary).en).toContain("456 dead, including 130 civilians");
    expect(both(vercors.summary).fr).toContain("456 morts, dont 130 civils");
  });
});

describe("room 5 of the Mémorial de Caen (seed 002)", () => {
  it("is the only room of “The Second World War”, with its sections in order", () => {
    const ex = exhibition("memorial-de-caen-second-world-war");
    expect(ex.place).toBe("memorial-de-caen");
    expect(ex.kind).toBe("permanent");
    expect(both(ex.title).en).toBe("The Second World War");
    expect(ex.rooms).toHaveLength(1);
    const r = ex.rooms[0];
    expect(r?.slug).toBe("reconquest-and-liberation");
    expect(r?.number).toBe(5);
    expect(both(r?.title).en).toBe("Reconquest and Liberation");
    expect(r?.sections.map((s) => s.key)).toEqual(["vercors", "successive-liberations", "purges", "reprisals"]);
    expect(both(r?.sections[0]?.title).en).toBe("Resistance in 1944: the example of the Vercors");
    expect(both(r?.summary).en).toContain("This fifth room presents how some countries were reconquered and liberated.");
    expect(both(r?.description).en).toContain("In late 1942 and early 1943, the struggle for military power overturned");
    expect(r?.themes).toEqual(expect.arrayContaining(["liberation", "resistance", "repression", "purges"]));
  });

  it("carries the seed text of each section", () => {
    const sections = room("reconquest-and-liberation").sections;
    const body = (key: string) => both(sections.find((s) => s.key === key)?.body);
    expect(body("vercors").en).toContain("456 dead, including 130 civilians");
    expect(body("vercors").fr).toContain("456 morts, dont 130 civils");
    const liberations = body("successive-liberations");
    for (const s of ["Kiev (6 November 1943)", "La Rochelle or Lorient (9 May 1945)", "Rome was only liberated on 4 June 1944",
      "Brussels on 7 September", "Athens on 12 October", "Auschwitz-Birkenau and Warsaw were only liberated in January 1945",
      "Vienna in mid-April", "From 1943 to 1945"]) {
      expect(liberations.en).toContain(s);
    }
    for (const s of ["Kiev (6 novembre 1943)", "(9 mai 1945)", "4 juin 1944", "7 septembre", "12 octobre", "janvier 1945", "mi-avril"]) {
      expect(liberations.fr).toContain(s);
    }
    expect(body("purges").en).toContain("the practice of shaving women");
    expect(body("reprisals").en).toContain("the winter of 1943–1944");
    expect(body("reprisals").en).toContain("Belgium, Italy and France");
  });

  it("shows the shaving of women on film in the purges section", () => {
    const purges = room("reconquest-and-liberation").sections.find((s) => s.key === "purges");
    expect(purges?.media).toHaveLength(1);
    expect(purges?.media[0]?.kind).toBe("film");
    expect(purges?.media[0]?.url).toBeUndefined();
    expect(both(purges?.media[0]?.title).en).toMatch(/shaving of women/);
  });

  it("suggests the Falaise Memorial and Arromanches 360 (twice), whose films are its media", () => {
    const s = place("memorial-de-caen").suggestions;
    expect(s.map((x) => x.place)).toEqual(["memorial-falaise", "arromanches-360", "arromanches-360"]);
    expect(both(s[0]?.text).en).toBe("In Falaise, a museum dedicated to both the life and survival of the civilians during WWII.");
    expect(both(s[1]?.text).en).toContain("“Normandy's 100 days”. Archive images projected in HD on 9 screens.");
    expect(both(s[2]?.title).en).toBe("The Immersive Experience 360°");
    expect(both(place("memorial-falaise").name).fr).toBe("Mémorial des Civils dans la guerre");
    const films = place("arromanches-360").media;
    expect(films.map((m) => [m.kind, both(m.title).en])).toEqual([
      ["film", "Normandy's 100 days"], ["film", "The Immersive Experience 360°"],
    ]);
    expect(both(films[0]?.description).en).toContain("9 screens");
  });
});

describe("the partner institutions (seed 001)", () => {
  it("keep each paragraph as their own description", () => {
    const starts: [string, string][] = [
      ["archives-nationales", "The institution's fundamental mission is to collect, conserve, communicate, explain and highlight"],
      ["chrd-lyon", "On the twentieth anniversary of the Liberation, Lyon created the Museum of the Resistance"],
      ["memorial-de-la-shoah", "The Memorial is Europe's largest center for Shoah archives"],
      ["mont-valerien", "A place of worship which became a military fortress during the nineteenth century"],
      ["musee-armee-invalides", "Founded in 1670 by Louis XIV as a place to care for wounded, sick or elderly soldiers"],
      ["musee-ordre-liberation", "The Museum of the Order of the Liberation is dedicated to the order founded by General de Gaulle"],
      ["musee-resistance-nationale", "The MNR is a collectivity working at Champigny-sur-Marne and seventeen other sites in France"],
    ];
    for (const [slug, start] of starts) {
      const d = both(place(slug).description);
      expect(d.en.startsWith(start), `${slug} description starts with the seed paragraph`).toBe(true);
      expect(place(slug).factsSource).toMatch(/not from the seed pages/);
    }
  });

  it("have every figure of seed 001", () => {
    const archives = place("archives-nationales");
    expect(both(figure(archives, 350, "nearly").label).en).toBe("linear kilometres of archives");
    expect(both(figure(archives, undefined, "millions").label).en).toBe("digital files");

    const shoah = place("memorial-de-la-shoah");
    expect(both(figure(shoah, 76000, "exactly").label).en).toContain("deported from France from 1942 to 1944");
    expect(both(figure(shoah, 50000000, "exactly").label).en).toBe("archive items in the Documentation Center");
    expect(both(figure(shoah, 320000, "exactly").label).en).toBe("photos in the Documentation Center");
    expect(both(figure(shoah, 14000, "exactly").label).en).toBe("films in the Documentation Center");
    expect(both(figure(shoah, 1500, "exactly").label).en).toBe("audio archives in the Documentation Center");
    expect(both(shoah.description).en).toContain("(50 million archive items, 320,000 photos, 14,000 films and 1,500 audio archives)");
    expect(both(shoah.description).fr).toContain("14\u00a0000 films");

    expect(both(figure(place("mont-valerien"), 1008, "exactly").label).en).toBe("people shot at Mont-Valérien");
    expect(both(figure(place("musee-armee-invalides"), 500000, "nearly").label).en).toContain("military history");
    const order = place("musee-ordre-liberation");
    expect(figure(order, 2000, "over").unit).toBe("items");
    expect(figure(order, 1200, "exactly").unit).toBe("sqm");
    expect(both(figure(place("musee-resistance-nationale"), 17, "exactly").label).en).toContain("other sites in France");
  });

  it("offer dedicated workshops to school groups at the Order of the Liberation museum", () => {
    const a = place("musee-ordre-liberation").audience.find((x) => x.audience === "school_groups");
    expect(both(a?.text).en).toBe("Dedicated workshops are available for school groups.");
  });

  it("have their dated facts as events", () => {
    const dated: [string, string, string | undefined][] = [
      ["first-digital-census-of-the-population", "1962", undefined],
      ["inauguration-of-the-lyon-museum-of-the-resistance-and-deportation", "1967-05-08", undefined],
      ["klaus-barbie-verdict", "1987-07-04", undefined],
      ["inauguration-of-the-chrd", "1992-10-15", "chrd-lyon"],
      ["opening-of-the-memorial-de-la-shoah-paris-site", "2005-01-27", "memorial-de-la-shoah"],
      ["inauguration-of-the-memorial-of-fighting-france", "1960-06-18", "mont-valerien"],
      ["founding-of-the-invalides", "1670", "musee-armee-invalides"],
      ["opening-of-the-new-mnr-exhibition-area", "early 2020", "musee-resistance-nationale"],
      ["deportations-from-france", "1942/1944", undefined],
    ];
    for (const [slug, date, at] of dated) {
      expect(event(slug).date, slug).toBe(date);
      expect(event(slug).location?.place, slug).toBe(at);
    }
    expect(event("klaus-barbie-verdict").people.map((x) => x.person)).toEqual(["klaus-barbie"]);
    expect(event("inauguration-of-the-chrd").people.map((x) => x.person)).toEqual(["jacques-chaban-delmas", "elie-wiesel"]);
    expect(event("inauguration-of-the-memorial-of-fighting-france").people.map((x) => x.person)).toEqual(["charles-de-gaulle"]);
    expect(event("founding-of-the-invalides").people.map((x) => x.person)).toEqual(["louis-xiv"]);
  });
});

describe("sources and translations", () => {
  it("gives every visitor-readable text in English and French", () => {
    const texts = localizedTexts(data, "dataset");
    expect(texts.length).toBeGreaterThan(300);
    const missing = texts
      .filter(({ text }) => typeof text.en !== "string" || text.en.trim() === "" || typeof text.fr !== "string" || text.fr.trim() === "")
      .map(({ path, text }) => `${path} (missing ${typeof text.en === "string" ? "fr" : "en"})`);
    expect(missing).toEqual([]);
  });

  it("has no French text that is a copy of the English one, except proper names", () => {
    const properNames = new Set(["Fondation du Maréchal Leclerc de Hauteclocque"]);
    const same = localizedTexts(data, "dataset")
      .filter(({ text }) => typeof text.en === "string" && text.en === text.fr && text.en.split(" ").length > 4 && !properNames.has(text.en))
      .map(({ path }) => path);
    expect(same).toEqual([]);
  });

  it("contains none of the seed pages' broken characters", () => {
    const broken = strings(data, "dataset").filter(({ text }) =>
      /\?[A-Za-zÀ-ÿ]/.test(text) || /\.lms\b/.test(text) || /\uFFFD/.test(text) || /soles\?/.test(text) || /\.\.\s*$/.test(text));
    expect(broken.map(({ path, text }) => `${path}: ${text.slice(0, 60)}`)).toEqual([]);
  });

  it("declares where coordinates come from, and invents no contact, url or price", () => {
    expect(data.places.filter((p) => p.coordinates && !p.factsSource).map((p) => p.slug)).toEqual([]);
    expect(data.events.filter((e) => e.location?.latitude !== undefined && !e.factsSource).map((e) => e.slug)).toEqual([]);
    expect(data.places.filter((p) => Object.keys(p.contacts).length > 0).map((p) => p.slug)).toEqual([]);
    expect(strings(data, "dataset").filter(({ text }) => /https?:\/\//.test(text)).map(({ path }) => path)).toEqual([]);
    expect(strings(data, "dataset").filter(({ text }) => /€|\beuros?\b/i.test(text)).map(({ path }) => path)).toEqual([]);
  });
});
