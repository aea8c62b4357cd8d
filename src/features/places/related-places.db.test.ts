import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, aPlace, aTheme, anObject, storeRecords } from "../../../test/factories.ts";
import { between, visibleText } from "../../../test/page-html.ts";

/** The cards of the "You like history…" section: each card's title and its reasons. */
function cardsOf(html: string) {
  const section = between(html, "suggestions", "nearby");
  return [...section.matchAll(/<li class="card[^"]*">([\s\S]*?)<\/h3>([\s\S]*?)(?=<li class="card|<\/ul>\s*<\/section>)/g)].map((m) => ({
    title: visibleText(m[1]!).trim(),
    href: m[1]!.match(/href="([^"]+)"/)?.[1],
    reasons: [...m[2]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((r) => visibleText(r[1]!).trim()),
  }));
}

const both = (en: string, fr: string) => ({ en, fr });

describe("related places after a place's own suggestions", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(() => new Date("2026-11-24T14:00:00Z"));
    // Two Paris museums partners on a theme, a neighbour sharing nothing else, and two Normandy memorials, one suggesting the other.
    await storeRecords(t.handle.db, {
      themes: [aTheme({ slug: "xq-resistance", name: both("Resistance", "Résistance") }), aTheme({ slug: "xq-landings", name: both("Landings", "Débarquement") })],
      places: [
        aPlace({
          slug: "xq-liberation", coordinates: { latitude: 48.8338, longitude: 2.3324 }, themes: ["xq-resistance"], partners: [{ place: "xq-resistance-museum" }],
          suggestions: [{ title: both("Art and Prehistory", "Arts et préhistoire") }, { title: both("The Test Tower", "La tour d'essai") }],
        }),
        aPlace({ slug: "xq-resistance-museum", name: both("Museum of the Resistance", "Musée de la Résistance"), coordinates: { latitude: 48.8176, longitude: 2.515 }, themes: ["xq-resistance"] }),
        aPlace({ slug: "xq-neighbour", coordinates: { latitude: 48.8556, longitude: 2.3125 } }),
        aPlace({
          slug: "xq-caen", kind: "memorial", address: { city: "Caen" }, coordinates: { latitude: 49.1976, longitude: -0.384 }, themes: ["xq-landings"],
          suggestions: [{ place: "xq-falaise", title: both("The Falaise memorial", "Le mémorial de Falaise") }],
        }),
        aPlace({ slug: "xq-falaise", kind: "memorial", address: { city: "Falaise" }, coordinates: { latitude: 48.8957, longitude: -0.1931 }, themes: ["xq-landings"] }),
      ],
    });
  });
  afterAll(() => t.handle.close());

  it("lists the place's own suggestions first, then related places with their reasons", async () => {
    const cards = cardsOf((await t.getHtml("/en/places/xq-liberation")).html);
    expect(cards.slice(0, 2).map((c) => c.reasons)).toEqual([[], []]);
    const related = cards.slice(2);
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(6);
    for (const card of related) {
      expect(card.href).toMatch(/^\/en\/places\/[a-z0-9-]+$/);
      expect(card.href).not.toBe("/en/places/xq-liberation");
      expect(card.reasons.length).toBeGreaterThan(0);
    }
    // A partner is named once, in the partners' section, not again among the related places.
    const html = (await t.getHtml("/en/places/xq-liberation")).html;
    expect(related.find((c) => c.href === "/en/places/xq-resistance-museum")).toBeUndefined();
    expect(between(html, "partners", "suggestions")).toContain('href="/en/places/xq-resistance-museum"');
  });

  it("says the same in French", async () => {
    const related = cardsOf((await t.getHtml("/fr/places/xq-liberation")).html).slice(2);
    expect(related.find((c) => c.href === "/fr/places/xq-resistance-museum")).toBeUndefined();
    expect(related.some((c) => c.reasons.some((r) => /^à [\d,]+ km$/.test(r)))).toBe(true);
  });

  it("gives the same related places in the API, in the page's order (the page leaves out the partners it shows above)", async () => {
    const { body } = await t.getJson("/api/places/xq-liberation?lang=en");
    const page = cardsOf((await t.getHtml("/en/places/xq-liberation")).html).slice(2);
    const partners = new Set(body.partners.map((p: { slug: string }) => p.slug));
    expect(body.related.filter((r: { slug: string }) => !partners.has(r.slug)).map((r: { slug: string }) => `/en/places/${r.slug}`)).toEqual(page.map((c) => c.href));
    const resistance = body.related.find((r: { slug: string }) => r.slug === "xq-resistance-museum");
    expect(resistance.reasons).toContainEqual({ kind: "partner" });
    expect(resistance.reasons.find((r: { kind: string }) => r.kind === "themes").themes.map((x: { slug: string }) => x.slug)).toContain("xq-resistance");
  });

  it("does not repeat a place the place already suggests", async () => {
    const cards = cardsOf((await t.getHtml("/en/places/xq-caen")).html);
    expect(cards.filter((c) => c.href === "/en/places/xq-falaise")).toHaveLength(1);
    const { body } = await t.getJson("/api/places/xq-caen?lang=en");
    expect(body.related.map((r: { slug: string }) => r.slug)).not.toContain("xq-falaise");
    // Falaise would be related otherwise: Caen is related to it.
    expect((await t.getJson("/api/places/xq-falaise?lang=en")).body.related.map((r: { slug: string }) => r.slug)).toContain("xq-caen");
  });

  it("gives every place of the network the section", async () => {
    const { body } = await t.getJson("/api/places?lang=en&pageSize=100");
    for (const { slug } of body.items as { slug: string }[]) {
      const { html } = await t.getHtml(`/en/places/${slug}`);
      expect([slug, html.includes('id="suggestions"')]).toEqual([slug, true]);
    }
  });
});

describe("related places and what the public does not see", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const near = { latitude: 48.85, longitude: 2.35 };
    await storeRecords(t.handle.db, {
      themes: [aTheme({ slug: "resistance", name: { en: "Resistance", fr: "Résistance" } }), aTheme({ slug: "secret", status: "draft" })],
      people: [aPerson({ slug: "moulin", name: "Jean Moulin" }), aPerson({ slug: "hidden-person", name: "Hidden Person", status: "draft" })],
      places: [
        aPlace({ slug: "seed", coordinates: near, themes: ["resistance", "secret"], partners: [{ place: "draft" }] }),
        aPlace({ slug: "draft", status: "draft", coordinates: near, themes: ["resistance"], partners: [{ place: "seed" }] }),
        aPlace({ slug: "twin", name: { en: "Twin museum", fr: "Musée jumeau" }, themes: ["secret"] }),
        aPlace({ slug: "teller", name: { en: "Teller museum", fr: "Musée conteur" } }),
        aPlace({ slug: "alone", name: { en: "Lonely museum", fr: "Musée isolé" } }),
      ],
      objects: [
        anObject("seed", { people: [{ person: "moulin" }, { person: "hidden-person" }] }),
        anObject("teller", { people: [{ person: "moulin" }] }),
        anObject("twin", { people: [{ person: "hidden-person" }] }),
        anObject("alone", { status: "draft", people: [{ person: "moulin" }] }),
      ],
    });
  });
  afterAll(() => t.handle.close());

  it("never suggests an unpublished place, and names only published themes and people", async () => {
    const { status, body } = await t.getJson("/api/places/seed?lang=en");
    expect(status).toBe(200);
    expect(body.related).toEqual([{
      slug: "teller", url: "/api/places/teller", kind: "museum", name: "Teller museum", city: "Paris",
      reasons: [{ kind: "people", people: [{ slug: "moulin", url: "/api/people/moulin", name: "Jean Moulin" }] }],
    }]);
    const cards = cardsOf((await t.getHtml("/en/places/seed")).html);
    expect(cards).toEqual([{ title: "Teller museum", href: "/en/places/teller", reasons: ["Also tells of Jean Moulin"] }]);
    expect(visibleText((await t.getHtml("/fr/places/seed")).html)).toContain("Évoque aussi Jean Moulin");
  });

  it("leaves the section out of a page with no suggestion and nothing related", async () => {
    const { status, html } = await t.getHtml("/en/places/alone");
    expect(status).toBe(200);
    expect(html).not.toContain('id="suggestions"');
    expect((await t.getJson("/api/places/alone")).body.related).toEqual([]);
  });
});
