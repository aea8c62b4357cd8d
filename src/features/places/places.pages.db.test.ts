import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { between, expectOurLinksAnswer, jsonLdBlocks, typesOf, visibleText } from "../../../test/page-html.ts";
import { places } from "../../db/schema/places.ts";
import { aPlace, aRoom, anExhibition, storeRecords } from "../../../test/factories.ts";
import { seedIfEmpty } from "../dataset/dataset.service.ts";

// Paris is at UTC+1 in November 2026; the 23rd is a Monday.
const at = (iso: string) => new Date(iso);
const SUNDAY_19H = at("2026-11-22T18:00:00Z");
const MONDAY_15H = at("2026-11-23T14:00:00Z");
const TUESDAY_15H = at("2026-11-24T14:00:00Z");
const PAGE = "/places/xp-museum";
const PARTNERS = ["xp-archives", "xp-centre", "xp-memorial"];
const both = (en: string, fr: string) => ({ en, fr });

/** A museum open Tuesday to Sunday 10:00–18:00, free, with a room down 99 steps, partners and suggestions of its own. */
const storeMuseum = (db: TestApp["handle"]["db"]) => storeRecords(db, {
  places: [
    aPlace({
      slug: "xp-museum", kind: "museum",
      name: both("Museum of the Test – General Test Museum", "Musée de l'Essai – musée du Général Test"),
      openingHours: [{ days: ["tue", "wed", "thu", "fri", "sat", "sun"], opens: "10:00", closes: "18:00" }],
      admission: [{ covers: "permanent_collection", label: both("Permanent collection: free for all", "Collection permanente : gratuite pour tous"), isFree: true }],
      accessibility: [{ feature: "steps", room: "xp-shelter", value: 99, unit: "steps",
        text: both("You have to go down and then up 99 steps.", "Il faut descendre puis remonter 99 marches pour atteindre l'abri.") }],
      partners: PARTNERS.map((place) => ({ place, kind: "partner_museum" as const })),
      suggestions: [
        { title: both("Art and Prehistory", "Arts et préhistoire"), text: both("Art at the museum", "L'art au musée") },
        { title: both("The Test Tower", "La tour d'essai") },
        { title: both("The guided tour “Paris, mysteries”", "La visite guidée « Paris, mystères »") },
      ],
      figures: [{ value: 99, unit: "steps", label: both("steps to go down and then up to reach the shelter", "marches à descendre puis à remonter pour atteindre l'abri") }],
    }),
    ...PARTNERS.map((slug) => aPlace({ slug })),
  ],
  exhibitions: [anExhibition("xp-museum", { slug: "xp-permanent", rooms: [aRoom({ slug: "xp-shelter" })] })],
});

let clock = SUNDAY_19H;
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(() => clock);
  await storeMuseum(t.handle.db);
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

  it("on a Tuesday at 15:00 shows its facts in French", async () => {
    clock = TUESDAY_15H;
    const { status, html } = await t.getHtml(`/fr${PAGE}`);
    expect(status).toBe(200);
    expect(html).toContain('<html lang="fr">');
    const text = visibleText(html);
    expect(text).toContain("Musée de l'Essai – musée du Général Test");
    expect(text).toContain("Ouvert maintenant, ferme à 18:00");
    expect(text).toContain("Collection permanente gratuite");
    expect(text).toContain("Collection permanente : gratuite pour tous : Gratuit");
    expect(text).toContain("Il faut descendre puis remonter 99 marches");
    expect(text).toContain("99 marches à descendre puis à remonter");
    const partnerLinks = [...between(html, "partners", "suggestions").matchAll(/href="\/fr\/places\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(partnerLinks).toEqual(PARTNERS);
    const suggestions = [...between(html, "suggestions", "nearby").matchAll(/<h3[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => visibleText(m[1]!).trim());
    // The place's own suggestions come first; related places follow them (related-places.db.test.ts).
    expect(suggestions.slice(0, 3)).toEqual(["Arts et préhistoire", "La tour d'essai", "La visite guidée « Paris, mystères »"]);
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
    await storeMuseum(c.handle.db);
  });
  afterAll(() => c.handle.close());

  it("serves the second request from the cache and shows an edit on the very next one", async () => {
    expect((await get(`/en${PAGE}`)).cache).toBe("miss");
    expect((await get(`/en${PAGE}`)).cache).toBe("hit");
    await c.handle.db.update(places)
      .set({ name: sql`jsonb_set(${places.name}, '{en}', '"Renamed museum"')` })
      .where(eq(places.slug, "xp-museum"));
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

describe("on the shipped dataset (places' one smoke test)", () => {
  it("shows the Musée de la Libération on a Tuesday afternoon: open, free, with its seven partners and the seed's suggestions first", async () => {
    const shipped = await createTestApp(() => TUESDAY_15H);
    try {
      await seedIfEmpty(shipped.handle);
      const { status, html } = await shipped.getHtml("/fr/places/musee-liberation-paris");
      expect(status).toBe(200);
      const text = visibleText(html);
      expect(text).toContain("Musée de la Libération de Paris – musée du Général Leclerc – musée Jean Moulin");
      expect(text).toContain("Ouvert maintenant, ferme à 18:00");
      expect(text).toContain("Collection permanente gratuite");
      const partners = [...between(html, "partners", "suggestions").matchAll(/href="\/fr\/places\/([a-z0-9-]+)"/g)].map((m) => m[1]);
      expect(partners).toEqual(["archives-nationales", "chrd-lyon", "memorial-de-la-shoah", "mont-valerien", "musee-armee-invalides", "musee-ordre-liberation", "musee-resistance-nationale"]);
      const suggestions = [...between(html, "suggestions", "nearby").matchAll(/<h3[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => visibleText(m[1]!).trim());
      expect(suggestions.slice(0, 2)).toEqual(["Arts et préhistoire", "Le musée de Cluny"]);
    } finally {
      await shipped.handle.close();
    }
  });
});
