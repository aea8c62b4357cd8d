import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, aPlace, aTheme, anObject, storeRecords } from "../../../test/factories.ts";
import { between, visibleText } from "../../../test/page-html.ts";
import { seedIfEmpty } from "../dataset/dataset.service.ts";

/** The cards of the "You like history…" section: each card's title and its reasons. */
function cardsOf(html: string) {
  const section = between(html, "suggestions", "nearby");
  return [...section.matchAll(/<li class="card[^"]*">([\s\S]*?)<\/h3>([\s\S]*?)(?=<li class="card|<\/ul>\s*<\/section>)/g)].map((m) => ({
    title: visibleText(m[1]!).trim(),
    href: m[1]!.match(/href="([^"]+)"/)?.[1],
    reasons: [...m[2]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((r) => visibleText(r[1]!).trim()),
  }));
}

describe("related places on the shipped dataset", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(() => new Date("2026-11-24T14:00:00Z"));
    await seedIfEmpty(t.handle);
  });
  afterAll(() => t.handle.close());

  it("lists the Musée de la Libération's own suggestions first, then related places with their reasons", async () => {
    const cards = cardsOf((await t.getHtml("/en/places/musee-liberation-paris")).html);
    expect(cards.slice(0, 6).map((c) => c.reasons)).toEqual([[], [], [], [], [], []]);
    const related = cards.slice(6);
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(6);
    for (const card of related) {
      expect(card.href).toMatch(/^\/en\/places\/[a-z0-9-]+$/);
      expect(card.href).not.toBe("/en/places/musee-liberation-paris");
      expect(card.reasons.length).toBeGreaterThan(0);
    }
    const resistanceMuseum = related.find((c) => c.href === "/en/places/musee-resistance-nationale");
    expect(resistanceMuseum?.reasons).toContain("Partner institution");
    expect(resistanceMuseum?.reasons.find((r) => r.startsWith("Shares the theme"))).toMatch(/Resistance/);
  });

  it("says the same in French", async () => {
    const related = cardsOf((await t.getHtml("/fr/places/musee-liberation-paris")).html).slice(6);
    const resistanceMuseum = related.find((c) => c.href === "/fr/places/musee-resistance-nationale");
    expect(resistanceMuseum?.reasons).toContain("Institution partenaire");
    expect(resistanceMuseum?.reasons.find((r) => r.startsWith("Partage le"))).toMatch(/Résistance/);
    expect(related.some((c) => c.reasons.some((r) => /^à [\d,]+ km$/.test(r)))).toBe(true);
  });

  it("gives the same related places in the API, in the page's order", async () => {
    const { body } = await t.getJson("/api/places/musee-liberation-paris?lang=en");
    const page = cardsOf((await t.getHtml("/en/places/musee-liberation-paris")).html).slice(6);
    expect(body.related.map((r: { slug: string }) => `/en/places/${r.slug}`)).toEqual(page.map((c) => c.href));
    const resistance = body.related.find((r: { slug: string }) => r.slug === "musee-resistance-nationale");
    expect(resistance.reasons).toContainEqual({ kind: "partner" });
    expect(resistance.reasons.find((r: { kind: string }) => r.kind === "themes").themes.map((x: { slug: string }) => x.slug)).toContain("resistance");
  });

  it("does not repeat a place the seed already suggests (Caen suggests Falaise)", async () => {
    const cards = cardsOf((await t.getHtml("/en/places/memorial-de-caen")).html);
    expect(cards.filter((c) => c.href === "/en/places/memorial-falaise")).toHaveLength(1);
    const { body } = await t.getJson("/api/places/memorial-de-caen?lang=en");
    expect(body.related.map((r: { slug: string }) => r.slug)).not.toContain("memorial-falaise");
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
