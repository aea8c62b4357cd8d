import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT, runs } from "../../../test/property.ts";
import { DISTANCE_POINTS, haversineKm, MIN_SCORE, NEARBY_KM, relatedPlaces, type PlaceFacts } from "./related-places.ts";

const place = (slug: string, o: Partial<PlaceFacts> = {}): PlaceFacts =>
  ({ slug, name: o.name ?? slug, themes: [], partners: [], people: [], coordinates: null, ...o });

// Approximate coordinates of real places, as in the dataset.
const LIBERATION_MUSEUM = { latitude: 48.8338, longitude: 2.3324 };
const INVALIDES = { latitude: 48.8556, longitude: 2.3125 };
const CAEN = { latitude: 49.1976, longitude: -0.384 };

describe("haversineKm", () => {
  it("measures Paris to Caen as about 202 km and the Invalides as under 3 km from the Liberation museum", () => {
    expect(haversineKm(LIBERATION_MUSEUM, CAEN)).toBeCloseTo(202, 0);
    expect(haversineKm(LIBERATION_MUSEUM, INVALIDES)).toBeGreaterThan(2.5);
    expect(haversineKm(LIBERATION_MUSEUM, INVALIDES)).toBeLessThan(3.2);
  });
});

describe("relatedPlaces, examples", () => {
  const seed = place("liberation", {
    themes: ["memory", "resistance", "liberation"], partners: ["order"], people: ["jean-moulin"], coordinates: LIBERATION_MUSEUM,
  });

  it("gives each place its reasons in words the page can show: themes, partnership, people, distance", () => {
    const others = [
      place("order", { themes: ["memory", "resistance"], people: ["jean-moulin", "de-gaulle"], coordinates: INVALIDES }),
      place("caen", { themes: ["memory", "liberation"], coordinates: CAEN }),
      place("unrelated", { themes: ["purges"] }),
    ];
    const [order, caen, ...rest] = relatedPlaces(seed, others);
    expect(rest).toEqual([]);
    expect(order!.slug).toBe("order");
    expect(order!.reasons.map((r) => r.kind)).toEqual(["themes", "partner", "people", "distance"]);
    expect(order!.reasons[0]).toEqual({ kind: "themes", themes: ["resistance", "memory"] });
    expect(order!.reasons[2]).toEqual({ kind: "people", people: ["jean-moulin"] });
    // Caen is too far for distance to count.
    expect(caen!.reasons).toEqual([{ kind: "themes", themes: ["liberation", "memory"] }]);
  });

  it("counts a partnership listed by either place", () => {
    const listedByOther = relatedPlaces(place("a"), [place("b", { partners: ["a"] })]);
    const listedBySeed = relatedPlaces(place("a", { partners: ["b"] }), [place("b")]);
    expect(listedByOther).toEqual(listedBySeed);
    expect(listedByOther[0]!.reasons).toEqual([{ kind: "partner" }]);
  });

  it("values a theme few places carry above one every place carries", () => {
    const a = place("a", { themes: ["memory", "purges"] });
    const common = place("common", { themes: ["memory"] });
    const rare = place("rare", { themes: ["purges"] });
    const filler = [1, 2, 3].map((i) => place(`filler-${i}`, { themes: ["memory"] }));
    expect(relatedPlaces(a, [common, rare, ...filler])[0]!.slug).toBe("rare");
  });

  it("leaves out the place itself, excluded places and places with nothing in common", () => {
    const result = relatedPlaces(seed, [seed, place("order", { themes: ["resistance"] }), place("caen", { themes: ["resistance"] }), place("none")],
      { exclude: ["caen"] });
    expect(result.map((r) => r.slug)).toEqual(["order"]);
  });

  it("does not suggest a place for a theme every place carries alone, but does for one nearby", () => {
    const everywhere = { themes: ["memory"] };
    const result = relatedPlaces(place("x", { ...everywhere, coordinates: LIBERATION_MUSEUM }), [
      place("far", { ...everywhere, coordinates: CAEN }), place("unplaced", everywhere), place("near", { ...everywhere, coordinates: INVALIDES }),
    ]);
    expect(result.map((r) => [r.slug, r.reasons.map((x) => x.kind)])).toEqual([["near", ["themes", "distance"]]]);
  });

  it("breaks ties by name in the reader's language, then slug", () => {
    const others = ["Musée", "Mémorial", "Archives"].map((name, i) => place(`p${i}`, { name, partners: ["x"] }));
    const fr = new Intl.Collator("fr");
    expect(relatedPlaces(place("x"), others, { collator: fr }).map((r) => r.name)).toEqual(["Archives", "Mémorial", "Musée"]);
  });

  it("returns at most `limit` places", () => {
    const others = Array.from({ length: 10 }, (_, i) => place(`p${i}`, { people: ["moulin"] }));
    expect(relatedPlaces(place("x", { people: ["moulin"] }), others)).toHaveLength(6);
    expect(relatedPlaces(place("x", { people: ["moulin"] }), others, { limit: 2 })).toHaveLength(2);
  });
});

// Small vocabularies so that generated places share things often.
const slugArb = fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h");
const coordinatesArb = fc.option(fc.record({
  latitude: fc.double({ min: 48, max: 49.5, noNaN: true }), longitude: fc.double({ min: -1, max: 3, noNaN: true }),
}), { nil: null });
const factsArb = (slug: fc.Arbitrary<string>) => fc.record({
  slug,
  name: fc.constantFrom("Musée", "Mémorial", "Archives", "Abri", "Fort"),
  themes: fc.uniqueArray(fc.constantFrom("memory", "resistance", "liberation", "purges"), { maxLength: 4 }),
  partners: fc.uniqueArray(slugArb, { maxLength: 3 }),
  people: fc.uniqueArray(fc.constantFrom("moulin", "leclerc", "rol"), { maxLength: 3 }),
  coordinates: coordinatesArb,
});
const networkArb = fc.tuple(factsArb(fc.constant("seed")), fc.uniqueArray(factsArb(slugArb), { selector: (p) => p.slug, maxLength: 8 }));

describe("relatedPlaces, properties", () => {
  it("returns related places only (each with a reason), best first, without the place itself", () => {
    fc.assert(fc.property(networkArb, fc.integer({ min: 0, max: 8 }), ([seed, others], limit) => {
      const result = relatedPlaces(seed, others, { limit });
      expect(result.length).toBeLessThanOrEqual(limit);
      for (const r of result) {
        expect(r.slug).not.toBe("seed");
        expect(r.score).toBeGreaterThanOrEqual(MIN_SCORE);
        expect(r.reasons.length).toBeGreaterThan(0);
      }
      for (let i = 1; i < result.length; i++) expect(result[i - 1]!.score).toBeGreaterThanOrEqual(result[i]!.score);
    }), runs());
  }, PROPERTY_TIMEOUT);

  it("does not depend on the order places are read in", () => {
    fc.assert(fc.property(networkArb, fc.integer(), ([seed, others], seedOfShuffle) => {
      const shuffled = fc.sample(fc.shuffledSubarray(others, { minLength: others.length, maxLength: others.length }), { numRuns: 1, seed: seedOfShuffle })[0]!;
      expect(relatedPlaces(seed, shuffled, { limit: 8 })).toEqual(relatedPlaces(seed, others, { limit: 8 }));
    }), runs());
  }, PROPERTY_TIMEOUT);

  it("never scores a place lower for being closer, and gives no distance points without coordinates", () => {
    fc.assert(fc.property(factsArb(fc.constant("other")), fc.double({ min: 0, max: 1, noNaN: true }), (other, t) => {
      const seed = place("seed", { coordinates: LIBERATION_MUSEUM });
      const far = { ...other, coordinates: { latitude: 48.8338 + 1.2 * t, longitude: 2.3324 } };
      const near = { ...other, coordinates: { latitude: 48.8338 + 0.6 * t, longitude: 2.3324 } };
      const scoreOf = (p: PlaceFacts) => relatedPlaces(seed, [p])[0]?.score ?? 0;
      expect(scoreOf(near)).toBeGreaterThanOrEqual(scoreOf(far));
      const unplaced = relatedPlaces(place("seed"), [other])[0];
      expect(unplaced?.reasons.some((r) => r.kind === "distance") ?? false).toBe(false);
    }), runs());
  }, PROPERTY_TIMEOUT);

  it("gives distance points only within the radius, at most DISTANCE_POINTS", () => {
    fc.assert(fc.property(fc.double({ min: -2, max: 2, noNaN: true }), (dLat) => {
      const other = place("other", { coordinates: { latitude: 48.8338 + dLat, longitude: 2.3324 } });
      const [r] = relatedPlaces(place("seed", { coordinates: LIBERATION_MUSEUM }), [other]);
      const km = haversineKm(LIBERATION_MUSEUM, other.coordinates!);
      if (km >= NEARBY_KM) expect(r).toBeUndefined();
      else if (r) {
        expect(r.reasons).toEqual([{ kind: "distance", km }]);
        expect(r.score).toBeLessThanOrEqual(DISTANCE_POINTS);
      }
    }), runs());
  }, PROPERTY_TIMEOUT);
});
