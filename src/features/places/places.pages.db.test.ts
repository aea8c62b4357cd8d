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
    // Under the title: today, the week in one line, admission in one line, the steps, the address.
    const facts = visibleText(between(html, "key-facts", "practical")).split(" À propos")[0]!;
    expect(facts).toContain("Aujourd'hui Ouvert maintenant, ferme à 18:00");
    expect(facts).toContain("Horaires mar.–dim. 10:00–18:00 · fermé le lundi");
    expect(facts).toContain("Tarifs Collection permanente : gratuite pour tous");
    expect(facts).toContain("Accès Il faut descendre puis remonter 99 marches pour atteindre l'abri.");
    // Each fact once: the steps (an access fact, a figure) and "free" (a badge, the label, the offer) are said once.
    expect(text.split("99").length - 1).toBe(1);
    expect(text.match(/gratuit/gi)).toHaveLength(1);
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
      expect(text).toContain("Collection permanente : gratuite pour tous · Expositions temporaires : payantes");
      const partners = [...between(html, "partners", "suggestions").matchAll(/href="\/fr\/places\/([a-z0-9-]+)"/g)].map((m) => m[1]);
      expect(partners).toEqual(["archives-nationales", "chrd-lyon", "memorial-de-la-shoah", "mont-valerien", "musee-armee-invalides", "musee-ordre-liberation", "musee-resistance-nationale"]);
      const suggestions = [...between(html, "suggestions", "nearby").matchAll(/<h3[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => visibleText(m[1]!).trim());
      expect(suggestions.slice(0, 2)).toEqual(["Arts et préhistoire", "Le musée de Cluny"]);
    } finally {
      await shipped.handle.close();
    }
  });
});

describe("on the shipped dataset: what a visitor meets first, each fact once, no word for developers", () => {
  let shipped: TestApp;
  const placeSlugs = async () => (await shipped.getJson("/api/places?pageSize=100")).body.items.map((p: { slug: string }) => p.slug) as string[];
  const mainText = (html: string) => visibleText(html.slice(html.indexOf("<main"), html.indexOf("</main>")));

  beforeAll(async () => {
    shipped = await createTestApp(() => TUESDAY_15H);
    await seedIfEmpty(shipped.handle);
  });
  afterAll(() => shipped.handle.close());

  it("puts today, the week, admission, the 99 steps and the address under the title, in English and French", async () => {
    const en = await shipped.getHtml("/en/places/musee-liberation-paris");
    const facts = visibleText(between(en.html, "key-facts", "about"));
    const title = en.html.indexOf("<h1");
    expect(title).toBeLessThan(en.html.indexOf('id="key-facts"'));
    expect(facts).toContain("Today Open now, closes at 18:00");
    expect(facts).toContain("Hours Tue–Sun 10:00–18:00 · closed Mondays");
    expect(facts).toContain("Admission Permanent collection: free for all · Temporary exhibitions: paid");
    expect(facts).toContain("Access You have to go down and then up 99 steps");
    expect(facts).toContain("Address Place Denfert-Rochereau, 75014 Paris");
    const fr = visibleText(between((await shipped.getHtml("/fr/places/musee-liberation-paris")).html, "key-facts", "about"));
    expect(fr).toContain("Horaires mar.–dim. 10:00–18:00 · fermé le lundi");
    expect(fr).toContain("Tarifs Collection permanente : gratuite pour tous · Expositions temporaires : payantes");
    expect(fr).toContain("Accès Il faut descendre puis remonter 99 marches");
  });

  it("says the 99 steps, the reservation advice and the free admission once each", async () => {
    for (const [lang, advice, free] of [["en", /as soon as you arrive/g, /free/gi], ["fr", /dès votre arrivée/g, /gratuit/gi]] as const) {
      const { html } = await shipped.getHtml(`/${lang}/places/musee-liberation-paris`);
      const text = mainText(html);
      expect([lang, text.match(/\b99\b/g)?.length]).toEqual([lang, 1]);
      expect([lang, text.match(advice)?.length]).toEqual([lang, 1]);
      const admission = visibleText(html.match(/<dd class="admission-line">([\s\S]*?)<\/dd>/)![1]!);
      expect([lang, admission.match(free)?.length]).toEqual([lang, 1]);
    }
  });

  it("names each other place once: partners, then suggestions and related places, then nearby ones not shown yet", async () => {
    for (const slug of await placeSlugs()) {
      const { html } = await shipped.getHtml(`/en/places/${slug}`);
      const linked = (from: string, to?: string) => (html.includes(`id="${from}"`)
        ? [...between(html, from, to).matchAll(/href="\/en\/places\/([a-z0-9-]+)"/g)].map((m) => m[1]!) : []);
      const partners = linked("partners", "suggestions");
      const suggested = linked("suggestions", "nearby");
      const nearby = linked("nearby", "share-title");
      for (const s of suggested) expect([slug, s, partners.includes(s)]).toEqual([slug, s, false]);
      for (const n of nearby) expect([slug, n, partners.includes(n) || suggested.includes(n)]).toEqual([slug, n, false]);
      expect(new Set(nearby).size).toBe(nearby.length);
    }
  });

  it("gives every “You like history…” card more than a title, and links the ones naming a place of the network", async () => {
    for (const [slug, lang] of [["musee-liberation-paris", "en"], ["musee-liberation-paris", "fr"], ["memorial-de-caen", "en"]] as const) {
      const cards = [...between((await shipped.getHtml(`/${lang}/places/${slug}`)).html, "suggestions", "nearby").matchAll(/<li class="card[^"]*">([\s\S]*?)<\/li>\s*(?=<li class="card|<\/ul>)/g)].map((m) => m[1]!);
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        const title = visibleText(card.match(/<h3[^>]*>([\s\S]*?)<\/h3>/)![1]!).trim();
        const rest = visibleText(card.replace(/<h3[^>]*>[\s\S]*?<\/h3>/, "")).trim();
        expect([slug, title, rest.length > 0]).toEqual([slug, title, true]);
      }
      if (slug === "musee-liberation-paris") {
        const text = cards.map((c) => visibleText(c)).join(" | ");
        expect(text).toContain(lang === "en" ? "The Jean-sans-Peur Tower Outside the network" : "La tour Jean-sans-Peur Hors du réseau");
      }
    }
    const caen = between((await shipped.getHtml("/en/places/memorial-de-caen")).html, "suggestions", "nearby");
    expect(caen).toMatch(/<h3[^>]*><a href="\/en\/places\/memorial-falaise">/);
  });

  it("prints no file name, no “seed” and no “Sources:” on any place page or visit page, in either language", async () => {
    const pages: string[] = [];
    for (const slug of await placeSlugs()) {
      for (const lang of ["en", "fr"]) {
        const { html } = await shipped.getHtml(`/${lang}/places/${slug}`);
        pages.push(`/${lang}/places/${slug}`);
        for (const [, visit] of html.matchAll(/href="(\/(?:en|fr)\/places\/[a-z0-9-]+\/visits\/[a-z0-9-]+)"/g)) pages.push(visit!);
      }
    }
    expect(pages.some((p) => p.includes("/visits/"))).toBe(true);
    for (const path of new Set(pages)) {
      const { status, html } = await shipped.getHtml(path);
      expect([path, status]).toEqual([path, 200]);
      const text = mainText(html);
      expect([path, text.match(/\bseeds?\b|Sources\s?:|\.txt\b|\.ya?ml\b/i)?.[0]]).toEqual([path, undefined]);
    }
    // Provenance stays for editors and the API, and the page says it in the visitor's words.
    const { body } = await shipped.getJson("/api/places/musee-liberation-paris");
    expect(body.factsSource).toMatch(/seed/);
    expect(mainText((await shipped.getHtml("/en/places/musee-liberation-paris")).html)).toContain("Some practical details were added by the network's editors.");
  });

  it("shows the shelter visit's capacity and party size as the museum's booking rules, and what a larger group does", async () => {
    const en = mainText((await shipped.getHtml("/en/places/musee-liberation-paris/visits/underground-shelter-visit")).html);
    expect(en).toContain("Booking rules Up to 12 people per time. 1 to 6 people per booking. Visits given in English and French.");
    expect(en).toContain("For a group of more than 6 people, such as a school class, ask at the museum.");
    const fr = mainText((await shipped.getHtml("/fr/places/musee-liberation-paris/visits/underground-shelter-visit")).html);
    expect(fr).toContain("Règles de réservation Jusqu'à 12 personnes par horaire. De 1 à 6 personnes par réservation.");
    expect(fr).toContain("Pour un groupe de plus de 6 personnes, par exemple une classe, renseignez-vous au musée.");
  });

  it("lists on the home page the museum, open now, first, and the places without hours under one heading", async () => {
    const { html } = await shipped.getHtml("/en/");
    const cards = between(html, "places", "on-now");
    expect(cards.indexOf("/en/places/musee-liberation-paris")).toBe(cards.indexOf("/en/places/"));
    expect(visibleText(cards).match(/Opening hours not published/g)).toHaveLength(1);
    expect(cards.indexOf("/en/places/musee-liberation-paris")).toBeLessThan(cards.indexOf("Opening hours not published yet"));
  });
});
