import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { between, expectOurLinksAnswer, jsonLdBlocks, typesOf, visibleText } from "../../../test/page-html.ts";
import { places } from "../../db/schema/places.ts";
import { seedIfEmpty } from "../dataset/dataset.service.ts";

// Paris is at UTC+1 in November 2026; the 23rd is a Monday.
const at = (iso: string) => new Date(iso);
const SUNDAY_19H = at("2026-11-22T18:00:00Z");
const MONDAY_15H = at("2026-11-23T14:00:00Z");
const TUESDAY_15H = at("2026-11-24T14:00:00Z");
const PAGE = "/places/musee-liberation-paris";
const PARTNERS = ["archives-nationales", "chrd-lyon", "memorial-de-la-shoah", "mont-valerien", "musee-armee-invalides", "musee-ordre-liberation", "musee-resistance-nationale"];

let clock = SUNDAY_19H;
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(() => clock);
  await seedIfEmpty(t.handle);
});
afterAll(() => t.handle.close());

// The clock only moves forward in this file, as a real one does: cached pages stay valid until their expiry.
describe("the place page", () => {
  it("on a Sunday evening says it opens on Tuesday at 10:00", async () => {
    clock = SUNDAY_19H;
    const { status, html } = await t.getHtml(`/fr${PAGE}`);
    expect(status).toBe(200);
    expect(visibleText(html)).toContain("Fermé en ce moment, ouvre mardi à 10:00");
    expect(visibleText((await t.getHtml(`/en${PAGE}`)).html)).toContain("Closed now, opens Tuesday at 10:00");
  });

  // The status line names the day after today "tomorrow" (places.views.tsx), so a Monday reads "demain".
  it("on a Monday says it is closed today and opens Tuesday at 10:00", async () => {
    clock = MONDAY_15H;
    const { html } = await t.getHtml(`/fr${PAGE}`);
    expect(visibleText(html)).toContain("Fermé aujourd'hui, ouvre mardi à 10:00");
    expect(visibleText(html)).toContain("lundi (aujourd'hui) Fermé mardi 10:00–18:00");
    expect(visibleText((await t.getHtml(`/en${PAGE}`)).html)).toContain("Closed today, opens Tuesday at 10:00");
  });

  it("on a Tuesday at 15:00 shows the facts of seed 000 in French", async () => {
    clock = TUESDAY_15H;
    const { status, html } = await t.getHtml(`/fr${PAGE}`);
    expect(status).toBe(200);
    expect(html).toContain('<html lang="fr">');
    const text = visibleText(html);
    expect(text).toContain("Musée de la Libération de Paris – musée du Général Leclerc – musée Jean Moulin");
    expect(text).toContain("Ouvert maintenant, ferme à 18:00");
    expect(text).toContain("Collection permanente gratuite");
    expect(text).toContain("Collection permanente : gratuite pour tous : Gratuit");
    expect(text).toContain("Il faut descendre puis remonter 99 marches");
    expect(text).toContain("99 marches à descendre puis à remonter");
    const partnerLinks = [...between(html, "partners", "suggestions").matchAll(/href="\/fr\/places\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(partnerLinks).toEqual(PARTNERS);
    const suggestions = [...between(html, "suggestions", "nearby").matchAll(/<h3[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => visibleText(m[1]!).trim());
    // The seed's own suggestions come first; related places follow them (related-places.db.test.ts).
    expect(suggestions.slice(0, 6)).toEqual([
      "Arts et préhistoire", "Le musée de Cluny", "La tour Jean-sans-Peur", "Le musée du Parfum Fragonard",
      "Visite privée sur les traces des alchimistes et de Nicolas Flamel", "La visite guidée « Paris, mystères et légendes »",
    ]);
  });

  it("speaks English at /en with the same live status", async () => {
    const { html } = await t.getHtml(`/en${PAGE}`);
    expect(html).toContain('<html lang="en">');
    expect(visibleText(html)).toContain("Open now, closes at 18:00");
    expect(visibleText(html)).toContain("You like history…");
  });

  it("has JSON-LD of a museum and tourist attraction, canonical and hreflang links", async () => {
    const { html } = await t.getHtml(`/fr${PAGE}`);
    const [place] = jsonLdBlocks(html);
    expect(typesOf(place)).toEqual(["Museum", "TouristAttraction"]);
    expect(place.isAccessibleForFree).toBe(true);
    expect(html).toContain(`<link rel="canonical" href="https://remembrance.test/fr${PAGE}"/>`);
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="https://remembrance.test/en${PAGE}"/>`);
    expect(html).toContain(`<link rel="alternate" hreflang="fr" href="https://remembrance.test/fr${PAGE}"/>`);
  });

  it("links only to pages that answer", async () => {
    await expectOurLinksAnswer(t, (await t.getHtml(`/fr${PAGE}`)).html);
  });

  it("answers an unknown place with the 404 page in the address's language", async () => {
    for (const [lang, title] of [["fr", "Page introuvable"], ["en", "Page not found"]] as const) {
      const { status, html } = await t.getHtml(`/${lang}/places/nowhere`);
      expect(status).toBe(404);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<h1>${title}</h1>`);
      // Not indexed, no canonical; the language switch offers the same address, not the home page.
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      expect(html).not.toContain('rel="canonical"');
      const other = lang === "fr" ? "en" : "fr";
      expect(html).toContain(`class="language-switch" href="/${other}/places/nowhere"`);
      expect(html).not.toContain('aria-current="page"');
    }
  });
});

describe("the page cache", () => {
  let c: TestApp;
  let now = TUESDAY_15H;
  const get = async (path: string) => {
    const res = await c.app.request(path);
    return { cache: res.headers.get("x-page-cache"), text: visibleText(await res.text()) };
  };

  beforeAll(async () => {
    c = await createTestApp(() => now);
    await seedIfEmpty(c.handle);
  });
  afterAll(() => c.handle.close());

  it("serves the second request from the cache and shows an edit on the very next one", async () => {
    expect((await get(`/en${PAGE}`)).cache).toBe("miss");
    expect((await get(`/en${PAGE}`)).cache).toBe("hit");
    await c.handle.db.update(places)
      .set({ name: sql`jsonb_set(${places.name}, '{en}', '"Renamed museum"')` })
      .where(eq(places.slug, "musee-liberation-paris"));
    const edited = await get(`/en${PAGE}`);
    expect(edited.cache).toBe("miss");
    expect(edited.text).toContain("Renamed museum");
    expect((await get(`/en${PAGE}`)).cache).toBe("hit");
  });

  it("does not keep a live status past its change, with no content change", async () => {
    for (const path of [`/en${PAGE}`, "/en/"]) await get(path);
    now = at("2026-11-24T16:59:00Z");
    for (const path of [`/en${PAGE}`, "/en/"]) {
      const before = await get(path);
      expect([path, before.cache]).toEqual([path, "hit"]);
      expect(before.text).toContain("Open now, closes at 18:00");
    }
    now = at("2026-11-24T17:00:00Z");
    for (const path of [`/en${PAGE}`, "/en/"]) {
      const after = await get(path);
      expect([path, after.cache]).toEqual([path, "miss"]);
      expect(after.text).toContain("Closed now, opens Wednesday at 10:00");
      expect(after.text).not.toContain("Open now");
    }
  });
});
