/** Seed 002 in the shipped dataset: the successive liberations and room 5 of the Mémorial de Caen. */
import { describe, expect, it } from "vitest";
import { formatFuzzyDate, parseFuzzyDate } from "../../lib/fuzzy-date.ts";
import { data, place, event, exhibition, room, both, loadShippedDataset } from "../../../test/seed-dataset.ts";

loadShippedDataset();

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

  it("suggests the Falaise Memorial, Arromanches 360 and, as its own card, The Immersive Experience 360°", () => {
    const s = place("memorial-de-caen").suggestions;
    expect(s.map((x) => [x.place, both(x.title).en])).toEqual([
      ["memorial-falaise", "Falaise Memorial"],
      ["arromanches-360", "Arromanches 360 circular cinema"],
      [undefined, "The Immersive Experience 360°"],
    ]);
    expect(both(s[0]?.text).en).toBe("In Falaise, a museum dedicated to both the life and survival of the civilians during WWII.");
    expect(both(s[1]?.text).en).toContain("“Normandy's 100 days”. Archive images projected in HD on 9 screens.");
    expect(both(s[2]?.text).en).toBe("A brand new visual and audio experience to understand our common European history.");
    expect(both(s[2]?.title).fr).toBe("L'Expérience immersive 360°");
    expect(both(place("memorial-falaise").name).fr).toBe("Mémorial des Civils dans la guerre");
    const arromanches = place("arromanches-360");
    expect(arromanches.media.map((m) => [m.kind, both(m.title).en])).toEqual([["film", "Normandy's 100 days"]]);
    expect(both(arromanches.media[0]?.description).en).toContain("9 screens");
    expect(JSON.stringify(arromanches)).not.toMatch(/Immersive|immersive/);
  });
});
