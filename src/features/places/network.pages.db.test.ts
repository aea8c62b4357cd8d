import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { between, expectOurLinksAnswer, internalLinks, jsonLdBlocks, typesOf, visibleText } from "../../../test/page-html.ts";
import { exhibitions } from "../../db/schema/exhibitions.ts";
import { places } from "../../db/schema/places.ts";
import { loadDatasetFolder } from "../dataset/dataset.loader.ts";
import { DEFAULT_DATASET_DIR, seedIfEmpty } from "../dataset/dataset.service.ts";

// Paris is at UTC+1 in November 2026; the 23rd is a Monday.
const TUESDAY_15H = new Date("2026-11-24T14:00:00Z");
const PARTNERS = ["archives-nationales", "chrd-lyon", "memorial-de-la-shoah", "mont-valerien", "musee-armee-invalides", "musee-ordre-liberation", "musee-resistance-nationale"];
const slugsLinked = (html: string, lang: string) => [...html.matchAll(new RegExp(`href="/${lang}/places/([a-z0-9-]+)"`, "g"))].map((m) => m[1]);
const count = (html: string, needle: string) => html.split(needle).length - 1;

// The clock only moves forward, as a real one does: cached pages stay valid until their expiry.
let clock = new Date("2026-11-23T14:00:00Z");
let t: TestApp;
let publishedPlaces: number;

beforeAll(async () => {
  t = await createTestApp(() => clock);
  await seedIfEmpty(t.handle);
  publishedPlaces = await t.handle.db.$count(places, eq(places.status, "published"));
  const [museum] = await t.handle.db.select({ id: places.id }).from(places).where(eq(places.slug, "musee-liberation-paris"));
  const temporary = (slug: string, opensOn: string, closesOn: string) =>
    ({ slug, placeId: museum!.id, kind: "temporary" as const, title: { en: `Exhibition ${slug}`, fr: `Exposition ${slug}` }, opensOn, closesOn });
  await t.handle.db.insert(exhibitions).values([
    temporary("ended", "2026-09-01", "2026-10-31"),
    temporary("closing-today", "2026-11-01", "2026-11-24"),
    temporary("coming", "2026-12-01", "2027-01-31"),
  ]);
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
    expect(publishedPlaces).toBeGreaterThanOrEqual(11);
    const { status, html } = await t.getHtml("/en/");
    expect(status).toBe(200);
    expect(html).toContain('<html lang="en">');
    const cards = between(html, "places", "on-now");
    expect(count(cards, 'class="card place-card"')).toBe(publishedPlaces);
    expect(count(cards, 'class="status')).toBe(publishedPlaces);
    const museum = visibleText(cards.slice(cards.indexOf("/en/places/musee-liberation-paris")).split("</li>")[0]!);
    expect(museum).toContain("Museum · Paris");
    expect(museum).toContain("Open now, closes at 18:00");
    expect(museum).toContain("Free admission");
    expect(visibleText(cards)).toContain("Archives · Paris");
  });

  it("lists what is on today: permanent exhibitions and temporary ones whose dates include today, in the place's time zone", async () => {
    const on = (html: string) => [...between(html, "on-now", "themes").matchAll(/href="\/en\/exhibitions\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    const atTuesday = on((await t.getHtml("/en/")).html);
    expect(atTuesday[0]).toBe("closing-today");
    expect(atTuesday).toEqual(expect.arrayContaining(["closing-today", "musee-liberation-paris-permanent", "memorial-de-caen-second-world-war"]));
    expect(atTuesday).not.toContain("ended");
    expect(atTuesday).not.toContain("coming");
    expect(visibleText((await t.getHtml("/en/")).html)).toContain("Temporary exhibition, until 24 November 2026");
    // 00:30 on Wednesday in Paris, still the 24th in UTC: the exhibition has closed.
    clock = new Date("2026-11-24T23:30:00Z");
    expect(on((await t.getHtml("/en/")).html)).not.toContain("closing-today");
  });

  it("links the themes to their pages, and every link of ours answers", async () => {
    const { html } = await t.getHtml("/en/");
    expect(html).toContain('href="/en/themes/resistance"');
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
    expect(visibleText(html)).toContain("Archives nationales · Paris");
    expect(visibleText(html)).toContain("Un musée qui retrace l'occupation et la libération de Paris");
    const [list] = jsonLdBlocks(html);
    expect([typesOf(list), list.numberOfItems]).toEqual([["ItemList"], publishedPlaces]);
  });

  it("filters by kind with plain links", async () => {
    const all = (await t.getHtml("/en/places")).html;
    expect(all).toContain('href="/en/places?kind=memorial"');
    const { status, html } = await t.getHtml("/en/places?kind=memorial");
    expect(status).toBe(200);
    expect(slugsLinked(html, "en").sort()).toEqual(["memorial-de-la-shoah", "memorial-de-la-shoah-drancy", "mont-valerien"]);
    expect(html).toContain('<a href="/en/places?kind=memorial" aria-current="page">');
    expect(html).not.toContain('id="kind-museum"');
    await expectOurLinksAnswer(t, html);
  });

  it("answers 404 for a kind nobody links to", async () => {
    for (const kind of ["zoo", "library"]) expect((await t.getHtml(`/en/places?kind=${kind}`)).status).toBe(404);
  });
});

describe("partners /{lang}/places/:slug/partners", () => {
  it("shows seed 001: the introduction, then each partner's full description in order", async () => {
    const { status, html } = await t.getHtml("/fr/places/musee-liberation-paris/partners");
    expect(status).toBe(200);
    expect(html).toContain('<html lang="fr">');
    const text = visibleText(html);
    expect(text).toContain("développe des synergies avec d'autres institutions");
    const ids = [...html.matchAll(/<h2 id="partner-([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(PARTNERS);
    const dataset = await loadDatasetFolder(DEFAULT_DATASET_DIR);
    let from = text.indexOf("développe des synergies");
    for (const slug of PARTNERS) {
      const place = dataset.places.find((p) => p.slug === slug)!;
      for (const paragraph of place.description!.fr!.split(/\n\s*\n/)) {
        const at = text.indexOf(paragraph.replace(/\s+/g, " ").trim(), from);
        expect([slug, at > from]).toEqual([slug, true]);
        from = at;
      }
    }
    expect(text).toContain("1 008 personnes fusillées au Mont-Valérien");
    expect(text).toContain("près de 350 kilomètres linéaires d'archives");
    expect(text).toContain("Partager cette page");
  });

  it("has an ItemList of the partner museums in JSON-LD, and links that answer", async () => {
    const { html } = await t.getHtml("/en/places/musee-liberation-paris/partners");
    const [list] = jsonLdBlocks(html);
    expect(typesOf(list)).toEqual(["ItemList"]);
    expect(list.itemListElement).toHaveLength(7);
    const types = list.itemListElement.map((e: any) => e.item["@type"]);
    expect(types.filter((x: string) => x === "Museum")).toHaveLength(4);
    expect(types[0]).toBe("ArchiveOrganization");
    await expectOurLinksAnswer(t, html);
  });

  it("answers 404 for an unknown place and for a place without partners", async () => {
    for (const path of ["/en/places/nowhere/partners", "/fr/places/chrd-lyon/partners"]) {
      const { status, html } = await t.getHtml(path);
      expect([path, status]).toEqual([path, 404]);
      expect(html).toContain(path.startsWith("/fr") ? "Page introuvable" : "Page not found");
    }
  });

  it("is linked from the place page", async () => {
    expect(internalLinks((await t.getHtml("/en/places/musee-liberation-paris")).html)).toContain("/en/places/musee-liberation-paris/partners");
  });
});
