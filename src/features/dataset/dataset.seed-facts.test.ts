/** Seed 000 in the shipped dataset: the Musée de la Libération de Paris, its collection and people. */
import { describe, expect, it } from "vitest";
import { data, bySlug, place, event, exhibition, room, both, figure, strings, loadShippedDataset } from "../../../test/seed-dataset.ts";

loadShippedDataset();

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
      ["we_also_like", "The underground shelter of the resistance… Not to be missed!"],
    ]);
    // The seed's stray "?" stood for a lost character, mended as the page's others ("soles…", « »).
    expect(p.highlights.map((h) => both(h.text).fr)).toEqual([
      "Un musée passionnant sur l'occupation et la libération de Paris. Beaucoup d'images, des vidéos explicatives",
      "L'abri souterrain de la Résistance… À ne pas manquer\u202f!",
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
    for (const s of ["20 mètres", "99 marches", "30 minutes", "colonel Rol", "août 1944", "La réservation se fait uniquement sur place, au musée."]) {
      expect(shelter.fr).toContain(s);
    }
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
    for (const s of ["août 2020", "75e anniversaire", "Sylvie Zaidman, directrice du musée", "plus de 7\u00a0000 pièces", "14e arrondissement"]) {
      expect(d.fr).toContain(s);
    }
    expect(event("reopening-of-the-musee-liberation-paris").date).toBe("2020-08");
    expect(event("reopening-of-the-musee-liberation-paris").location?.place).toBe("musee-liberation-paris");
  });

  it("keeps the seed's date of the reopening, August 2020, with the editors' note that the 75th anniversary fell in 2019", () => {
    const p = place("musee-liberation-paris");
    const reopening = event("reopening-of-the-musee-liberation-paris");
    expect(both(p.description).en).toContain("reopened in August 2020 (for the 75th anniversary of the Liberation of Paris)");
    expect(both(p.summary).en).toContain("Reopened in August 2020");
    expect(both(reopening.summary).en).toContain("reopened in August 2020, for the 75th anniversary");
    expect(reopening.date).toBe("2020-08");
    for (const source of [p.factsSource, reopening.factsSource]) {
      expect(source).toContain("Editors' note");
      expect(source).toContain("75th anniversary fell in August 2019");
      expect(source).toContain("25 August 2019");
      expect(source).toMatch(/well-known public fact/);
    }
  });

  it("suggests the five outside visits of “You like history...”, each a caption then a title, in seed order", () => {
    const s = place("musee-liberation-paris").suggestions;
    expect(s.map((x) => [both(x.title).fr, x.text?.fr])).toEqual([
      ["Arts et préhistoire", "Arts et Préhistoire au musée de l'Homme"],
      ["Le musée de Cluny", "La Dame à la licorne au musée de Cluny"],
      ["La tour Jean-sans-Peur", undefined],
      ["Le musée du Parfum Fragonard", undefined],
      ["La visite guidée «\u00a0Paris, mystères et légendes\u00a0»", "Visite privée sur les traces des alchimistes et de Nicolas Flamel"],
    ]);
    expect(both(s[4]?.text).en).toBe("Private tour in the footsteps of the alchemists and Nicolas Flamel");
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

describe("the French of seed 000's texts", () => {
  const french = () => strings(data, "dataset").filter(({ path }) => path.endsWith(".fr"));

  it("groups thousands with a no-break space (7\u00a0000), as French does", () => {
    expect(french().filter(({ text }) => /\b7000\b/.test(text)).map(({ path }) => path)).toEqual([]);
    expect(both(exhibition("musee-liberation-paris-permanent").summary).fr).toContain("plus de 7\u00a0000 pièces");
  });

  it("says the shelter visit is booked only on site, at the museum, never \"only once\"", () => {
    expect(french().filter(({ text }) => /qu'une fois au musée/.test(text)).map(({ path }) => path)).toEqual([]);
    const p = place("musee-liberation-paris");
    const visit = p.visits.find((v) => v.slug === "underground-shelter-visit");
    const booking = p.accessibility.find((a) => a.feature === "other" && a.room === "underground-shelter-of-the-resistance");
    for (const text of [both(p.description).fr, both(visit?.description).fr, both(booking?.text).fr]) {
      expect(text).toContain("la réservation se fait uniquement sur place, au musée.");
    }
  });

  it("says once, without a second « dont », that the Liberation of Paris is the strongest symbol", () => {
    expect(french().filter(({ text }) => /dont[^.]*, dont /.test(text)).map(({ path }) => path)).toEqual([]);
    const symbol = "la libération de Paris en est le symbole le plus fort.";
    expect(both(place("musee-liberation-paris").description).fr).toContain(`dont le but commun était la libération de la France\u202f; ${symbol}`);
    expect(both(exhibition("musee-liberation-paris-permanent").description).fr).toContain(symbol);
    for (const slug of ["jean-moulin", "philippe-leclerc-de-hauteclocque"]) expect(both(bySlug(data.people, slug).description).fr).toContain(symbol);
  });
});

describe("the collection of the Musée de la Libération de Paris", () => {
  const object = (slug: string) => bySlug(data.objects, slug);

  it("has more than 7000 pieces, with the Leclerc and Jean Moulin collections and their provenance", () => {
    const whole = object("musee-liberation-paris-collection");
    expect(whole.holder).toBe("musee-liberation-paris");
    expect(whole.type).toBe("collection");
    expect([whole.itemCount, whole.itemCountQualifier]).toEqual([7000, "more_than"]);
    expect(both(whole.summary).fr).toContain("Plus de 7\u00a0000 pièces");
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

  it("says where the names completed by the editors come from: Henri, Charles, Philippe Leclerc de Hauteclocque", async () => {
    const sourceOf = (slug: string) => bySlug(data.people, slug).factsSource ?? "";
    expect(bySlug(data.people, "henri-rol-tanguy").givenName).toBe("Henri");
    expect(sourceOf("henri-rol-tanguy")).toMatch(/Colonel Rol \(future Rol-Tanguy\)\. The given name Henri was added by the network's editors .*not in the seed pages/);
    expect(bySlug(data.people, "charles-de-gaulle").givenName).toBe("Charles");
    expect(sourceOf("charles-de-gaulle")).toMatch(/General de Gaulle\. The given name Charles was added by the network's editors .*not in the seed pages/);
    expect(sourceOf("philippe-leclerc-de-hauteclocque")).toMatch(/The form Philippe Leclerc de Hauteclocque .*was added by the network's editors .*not in the seed pages/);
  });

  it("has Sylvie Zaidman as director of the museum, and no invented birth or death dates", () => {
    const zaidman = bySlug(data.people, "sylvie-zaidman");
    expect(zaidman.roles.map((r) => [both(r.role).en, r.place])).toContainEqual(["Director of the museum", "musee-liberation-paris"]);
    expect(data.people.filter((p) => p.birth !== undefined || p.death !== undefined).map((p) => p.slug)).toEqual([]);
  });
});
