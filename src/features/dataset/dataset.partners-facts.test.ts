/** Seed 001 in the shipped dataset (the seven partner institutions), and its sources and translations. */
import { describe, expect, it } from "vitest";
import { localizedTexts } from "./dataset.translations.ts";
import { data, place, event, both, figure, strings, loadShippedDataset } from "../../../test/seed-dataset.ts";

loadShippedDataset();

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
    // The seed gives these as round numbers ("76,000 individuals", "50 million archive items"): round, not exactly.
    expect(both(figure(shoah, 76000, "round").label).en).toContain("deported from France from 1942 to 1944");
    expect(both(figure(shoah, 50000000, "round").label).en).toBe("archive items in the Documentation Center");
    expect(both(figure(shoah, 320000, "round").label).en).toBe("photos in the Documentation Center");
    expect(both(figure(shoah, 14000, "round").label).en).toBe("films in the Documentation Center");
    expect(both(figure(shoah, 1500, "round").label).en).toBe("audio archives in the Documentation Center");
    expect(shoah.figures.filter((f) => f.qualifier === "exactly").map((f) => f.value)).toEqual([2]);
    const counts = data.objects.filter((o) => o.partOf === "memorial-de-la-shoah-documentation-center").map((o) => [o.itemCount, o.itemCountQualifier]);
    expect(counts).toEqual([[50000000, "round"], [320000, "round"], [14000, "round"], [1500, "round"]]);
    expect(both(shoah.description).en).toContain("(50 million archive items, 320,000 photos, 14,000 films and 1,500 audio archives)");
    expect(both(shoah.description).fr).toContain("14\u00a0000 films");

    expect(both(figure(place("mont-valerien"), 1008, "exactly").label).en).toBe("people shot at Mont-Valérien");
    expect(both(figure(place("musee-armee-invalides"), 500000, "nearly").label).en).toContain("military history");
    const order = place("musee-ordre-liberation");
    expect(figure(order, 2000, "over").unit).toBe("items");
    expect(figure(order, 1200, "exactly").unit).toBe("sqm");
    expect(both(figure(place("musee-resistance-nationale"), 17, "exactly").label).en).toContain("other sites in France");
  });

  it("read as French: Mont-Valérien without the calque, the Archives' own « accès gratuit »", () => {
    const valerien = both(place("mont-valerien").description);
    expect(valerien.en).toContain("Those who were killed because they were Resistants, hostages, Jews or Communists recall history at this place");
    expect(valerien.fr).not.toContain("rappellent l'histoire en ce lieu");
    expect(valerien.fr).toContain("À travers ceux qui y furent tués parce qu'ils étaient résistants, otages, Juifs ou communistes, ce lieu témoigne de l'histoire");
    const archives = both(place("archives-nationales").description);
    expect(archives.en).toContain("Free access to the archives has been established as a guarantee of democracy");
    expect(archives.fr).not.toContain("libre accès");
    expect(archives.fr).toContain("L'accès gratuit aux archives a été instauré comme garantie de la démocratie");
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
