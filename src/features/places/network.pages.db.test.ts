import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { between, expectOurLinksAnswer, internalLinks, jsonLdBlocks, typesOf, visibleText } from "../../../test/page-html.ts";
import { aPlace, aTheme, anExhibition, storeRecords } from "../../../test/factories.ts";
import { planFirst, type PlaceCard } from "./network.service.ts";

// Paris is at UTC+1 in November 2026; the 23rd is a Monday.
const TUESDAY_15H = new Date("2026-11-24T14:00:00Z");
const both = (en: string, fr: string) => ({ en, fr });
const slugsLinked = (html: string, lang: string) => [...html.matchAll(new RegExp(`href="/${lang}/places/([a-z0-9-]+)"`, "g"))].map((m) => m[1]);
const count = (html: string, needle: string) => html.split(needle).length - 1;

/** The partners' descriptions, of one or two paragraphs, shown in full on the partners page. */
const PARTNER_DESCRIPTIONS: Record<string, { en: string; fr: string }> = {
  "xn-archives": both("The archives of the state.\n\nNearly 350 linear kilometres of archives.", "Les archives de l'État.\n\nPrès de 350 kilomètres linéaires d'archives."),
  "xn-memorial-a": both("1 008 people were shot at the test memorial.", "1 008 personnes fusillées au mémorial d'essai."),
  "xn-partner-museum": both("A museum in Lyon.\n\nIt tells the history of the city.", "Un musée à Lyon.\n\nIl raconte l'histoire de la ville."),
};
const PARTNERS = Object.keys(PARTNER_DESCRIPTIONS);
const temporary = (slug: string, opensOn: string, closesOn: string) => anExhibition("xn-museum", { slug, kind: "temporary", opensOn, closesOn });

// The clock only moves forward, as a real one does: cached pages stay valid until their expiry.
let clock = new Date("2026-11-23T14:00:00Z");
let t: TestApp;
const publishedPlaces = 5;

beforeAll(async () => {
  t = await createTestApp(() => clock);
  await storeRecords(t.handle.db, {
    themes: [aTheme({ slug: "xn-resistance" })],
    places: [
      aPlace({
        slug: "xn-museum", kind: "museum", address: { city: "Paris" }, themes: ["xn-resistance"],
        tagline: both("A museum that traces the occupation of the test town", "Un musée qui retrace l'occupation de la ville d'essai"),
        openingHours: [{ days: ["tue", "wed", "thu", "fri", "sat", "sun"], opens: "10:00", closes: "18:00" }],
        admission: [{ covers: "permanent_collection", label: both("Permanent collection", "Collection permanente"), isFree: true }],
        partnersIntro: both("The museum develops synergies with other test institutions.", "Le musée développe des synergies avec d'autres institutions d'essai."),
        partners: PARTNERS.map((place) => ({ place })),
      }),
      aPlace({ slug: "xn-archives", kind: "archive", name: both("National Test Archives", "Archives nationales d'essai"), description: PARTNER_DESCRIPTIONS["xn-archives"] }),
      aPlace({ slug: "xn-memorial-a", kind: "memorial", description: PARTNER_DESCRIPTIONS["xn-memorial-a"] }),
      aPlace({ slug: "xn-memorial-b", kind: "memorial", address: { city: "Caen" } }),
      aPlace({ slug: "xn-partner-museum", kind: "museum", address: { city: "Lyon" }, description: PARTNER_DESCRIPTIONS["xn-partner-museum"] }),
      aPlace({ slug: "xn-draft", kind: "memorial", status: "draft" }),
    ],
    exhibitions: [
      anExhibition("xn-museum", { slug: "xn-museum-permanent", kind: "permanent" }),
      anExhibition("xn-memorial-b", { slug: "xn-memorial-permanent", kind: "permanent" }),
      temporary("ended", "2026-09-01", "2026-10-31"),
      temporary("closing-today", "2026-11-01", "2026-11-24"),
      temporary("coming", "2026-12-01", "2027-01-31"),
    ],
  });
});
afterAll(() => t.handle.close());

describe("home /{lang}/", () => {
  it("says in French on a Monday that the museum is closed today", async () => {
    const { html } = await t.getHtml("/fr/");
    expect(html).toContain('<html lang="fr">');
    expect(visibleText(html)).toContain("Fermé aujourd'hui, ouvre mardi à 10:00");
    expect(visibleText(html)).toContain("Entrée gratuite");
  });

  it("shows every published place with kind, city, live status and free admission", async () => {
    clock = TUESDAY_15H;
    const { status, html } = await t.getHtml("/en/");
    expect(status).toBe(200);
    expect(html).toContain('<html lang="en">');
    const cards = between(html, "places", "on-now");
    expect(count(cards, 'class="card place-card"')).toBe(publishedPlaces);
    // Only the place with published hours has a status; the others sit under one heading that says so.
    expect(count(cards, 'class="status')).toBe(1);
    expect(count(visibleText(cards), "Opening hours not published yet")).toBe(1);
    const museum = visibleText(cards.slice(cards.indexOf("/en/places/xn-museum")).split("</li>")[0]!);
    expect(museum).toContain("Museum · Paris");
    expect(museum).toContain("Open now, closes at 18:00");
    expect(museum).toContain("Free admission");
    expect(visibleText(cards)).toContain("Archives · Paris");
  });

  it("puts the places a family can plan first: open now, then by next opening, then those without hours under one heading", async () => {
    const placeOrder = (html: string) => slugsLinked(between(html, "places", "on-now"), "en");
    const { html } = await t.getHtml("/en/");
    expect(placeOrder(html)[0]).toBe("xn-museum");
    const cards = between(html, "places", "on-now");
    expect(cards.indexOf("Opening hours not published yet")).toBeGreaterThan(cards.indexOf("/en/places/xn-museum"));
    expect(visibleText(cards)).not.toMatch(/Opening hours not published(?! yet)/);
    // The rule itself: open (closing last first), closed by next opening, unknown; ties keep their order.
    const at = (iso: string) => new Date(iso);
    const card = (slug: string, status: PlaceCard["live"]["status"]) => ({ slug, live: { status } });
    const ordered = planFirst([
      card("unknown-a", { state: "unknown" }),
      card("opens-wednesday", { state: "closed", opensAt: null, nextChange: at("2026-11-25T09:00:00Z") }),
      card("open-till-17", { state: "open", closesAt: "17:00", nextChange: at("2026-11-24T16:00:00Z") }),
      card("unknown-b", { state: "unknown" }),
      card("opens-tomorrow-early", { state: "closed", opensAt: null, nextChange: at("2026-11-25T08:00:00Z") }),
      card("open-till-18", { state: "open", closesAt: "18:00", nextChange: at("2026-11-24T17:00:00Z") }),
      card("never-again", { state: "closed", opensAt: null, nextChange: null }),
    ]).map((c) => c.slug);
    expect(ordered).toEqual(["open-till-18", "open-till-17", "opens-tomorrow-early", "opens-wednesday", "never-again", "unknown-a", "unknown-b"]);
  });

  it("lists what is on today: permanent exhibitions and temporary ones whose dates include today, in the place's time zone", async () => {
    const on = (html: string) => [...between(html, "on-now", "themes").matchAll(/href="\/en\/exhibitions\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    const atTuesday = on((await t.getHtml("/en/")).html);
    expect(atTuesday[0]).toBe("closing-today");
    expect(atTuesday).toEqual(expect.arrayContaining(["closing-today", "xn-museum-permanent", "xn-memorial-permanent"]));
    expect(atTuesday).not.toContain("ended");
    expect(atTuesday).not.toContain("coming");
    expect(visibleText((await t.getHtml("/en/")).html)).toContain("Temporary exhibition, until 24 November 2026");
    // 00:30 on Wednesday in Paris, still the 24th in UTC: the exhibition has closed.
    clock = new Date("2026-11-24T23:30:00Z");
    expect(on((await t.getHtml("/en/")).html)).not.toContain("closing-today");
  });

  it("links the themes to their pages, and every link of ours answers", async () => {
    const { html } = await t.getHtml("/en/");
    expect(html).toContain('href="/en/themes/xn-resistance"');
    await expectOurLinksAnswer(t, html);
  });

  it("describes the site and its places in JSON-LD", async () => {
    const blocks = jsonLdBlocks((await t.getHtml("/fr/")).html);
    expect(blocks.map((b) => typesOf(b)[0])).toEqual(["WebSite", "ItemList"]);
    expect(blocks[1].numberOfItems).toBe(publishedPlaces);
    expect(blocks[1].itemListElement[0].item.url).toMatch(/^https:\/\/remembrance\.test\/fr\/places\//);
    // The search box search engines may show: the French search page, which answers.
    const template = blocks[0].potentialAction.target.urlTemplate;
    expect(template).toBe("https://remembrance.test/fr/search?q={search_term_string}");
    expect((await t.getHtml(template.replace("https://remembrance.test", "").replace("{search_term_string}", "rol"))).status).toBe(200);
  });

  it("sends /{lang} to /{lang}/", async () => {
    const res = await t.app.request("/fr");
    expect([res.status, res.headers.get("location")]).toEqual([301, "/fr/"]);
  });
});

describe("network /{lang}/places", () => {
  it("lists every institution grouped by kind, with city and one line", async () => {
    const { status, html } = await t.getHtml("/fr/places");
    expect(status).toBe(200);
    expect(slugsLinked(html, "fr")).toHaveLength(publishedPlaces);
    expect(html).toContain('<h2 id="kind-museum">Musées</h2>');
    expect(html).toContain('<h2 id="kind-memorial">Mémoriaux</h2>');
    expect(visibleText(html)).toContain("Archives nationales d'essai · Paris");
    expect(visibleText(html)).toContain("Un musée qui retrace l'occupation de la ville d'essai");
    const [list] = jsonLdBlocks(html);
    expect([typesOf(list), list.numberOfItems]).toEqual([["ItemList"], publishedPlaces]);
  });

  it("filters by kind with plain links", async () => {
    const all = (await t.getHtml("/en/places")).html;
    expect(all).toContain('href="/en/places?kind=memorial"');
    const { status, html } = await t.getHtml("/en/places?kind=memorial");
    expect(status).toBe(200);
    expect(slugsLinked(html, "en").sort()).toEqual(["xn-memorial-a", "xn-memorial-b"]);
    expect(html).toContain('<a href="/en/places?kind=memorial" aria-current="page">');
    expect(html).not.toContain('id="kind-museum"');
    await expectOurLinksAnswer(t, html);
  });

  it("answers 404 for a kind nobody links to", async () => {
    for (const kind of ["zoo", "library"]) expect((await t.getHtml(`/en/places?kind=${kind}`)).status).toBe(404);
  });
});

describe("partners /{lang}/places/:slug/partners", () => {
  it("shows the introduction, then each partner's full description in order", async () => {
    const { status, html } = await t.getHtml("/fr/places/xn-museum/partners");
    expect(status).toBe(200);
    expect(html).toContain('<html lang="fr">');
    const text = visibleText(html);
    expect(text).toContain("développe des synergies avec d'autres institutions d'essai");
    const ids = [...html.matchAll(/<h2 id="partner-([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(PARTNERS);
    let from = text.indexOf("développe des synergies");
    for (const slug of PARTNERS) {
      for (const paragraph of PARTNER_DESCRIPTIONS[slug]!.fr.split(/\n\s*\n/)) {
        const at = text.indexOf(paragraph.replace(/\s+/g, " ").trim(), from);
        expect([slug, at > from]).toEqual([slug, true]);
        from = at;
      }
    }
    expect(text).toContain("1 008 personnes fusillées au mémorial d'essai");
    expect(text).toContain("Près de 350 kilomètres linéaires d'archives");
    expect(text).toContain("Partager cette page");
  });

  it("has an ItemList of the partner museums in JSON-LD, and links that answer", async () => {
    const { html } = await t.getHtml("/en/places/xn-museum/partners");
    const [list] = jsonLdBlocks(html);
    expect(typesOf(list)).toEqual(["ItemList"]);
    expect(list.itemListElement).toHaveLength(3);
    const types = list.itemListElement.map((e: any) => e.item["@type"]);
    expect(types.filter((x: string) => x === "Museum")).toHaveLength(1);
    expect(types[0]).toBe("ArchiveOrganization");
    await expectOurLinksAnswer(t, html);
  });

  it("answers 404 for an unknown place and for a place without partners", async () => {
    for (const path of ["/en/places/nowhere/partners", "/fr/places/xn-partner-museum/partners"]) {
      const { status, html } = await t.getHtml(path);
      expect([path, status]).toEqual([path, 404]);
      expect(html).toContain(path.startsWith("/fr") ? "Page introuvable" : "Page not found");
    }
  });

  it("is linked from the place page", async () => {
    expect(internalLinks((await t.getHtml("/en/places/xn-museum")).html)).toContain("/en/places/xn-museum/partners");
  });
});
