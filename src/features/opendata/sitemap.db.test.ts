import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, aPlace, aRoom, aTheme, aVisit, anEvent, anExhibition, anObject, storeRecords } from "../../../test/factories.ts";
import { seedIfEmpty } from "../dataset/dataset.service.ts";
import { escapeXml } from "./sitemap.routes.ts";

const SITE = "https://remembrance.test";
let t: TestApp;
let xml: string;
let contentType: string | null;

/** Checks the document is well-formed: balanced elements, quoted attributes, no stray `<` or `&` in text. */
function wellFormedProblems(doc: string): string[] {
  const problems: string[] = [];
  if (!doc.startsWith(`<?xml version="1.0" encoding="UTF-8"?>`)) problems.push("no XML declaration first");
  const body = doc.replace(/^<\?xml[^?]*\?>/, "");
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf("<", i);
    const text = body.slice(i, lt === -1 ? body.length : lt);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) problems.push(`bare & in text "${text.slice(0, 60)}"`);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) {
      problems.push(`malformed tag at ${lt}: ${body.slice(lt, lt + 60)}`);
      break;
    }
    const [whole, closing, name, attributes, selfClosing] = m;
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(attributes ?? "")) problems.push(`bare & in attributes of <${name}>`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else if (!selfClosing) stack.push(name!);
    i = lt + whole.length;
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(", ")}`);
  return problems;
}

/** The `<url>` element whose `<loc>` is `loc`. */
const urlElement = (loc: string) => xml.match(new RegExp(`<url><loc>${loc.replace(/[.?*+^$()[\]\\/|{}]/g, "\\$&")}</loc>.*?</url>`))?.[0];
const locs = () => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    themes: [aTheme({ slug: "ys-theme" }), aTheme({ slug: "draft-theme", status: "draft" })],
    places: [
      aPlace({ slug: "ys-museum", name: { en: "Arms & <Armour>", fr: "Armes & <armures>" }, themes: ["ys-theme"], visits: [aVisit({ slug: "ys-tour" })] }),
      aPlace({ slug: "draft-place", status: "draft", visits: [aVisit({ slug: "visit-of-draft-place" })] }),
    ],
    exhibitions: [
      anExhibition("ys-museum", { slug: "ys-exhibition", rooms: [aRoom({ slug: "ys-room" })] }),
      anExhibition("draft-place", { slug: "exhibition-of-draft-place", rooms: [aRoom({ slug: "room-of-draft-place" })] }),
    ],
    objects: [anObject("ys-museum", { slug: "ys-object" }), anObject("draft-place", { slug: "object-of-draft-place" })],
    people: [aPerson({ slug: "ys-person" }), aPerson({ slug: "draft-person", status: "draft" })],
    events: [anEvent({ slug: "ys-event" }), anEvent({ slug: "draft-event", status: "draft" })],
  });
  const res = await t.app.request("/sitemap.xml");
  expect(res.status).toBe(200);
  contentType = res.headers.get("content-type");
  xml = await res.text();
});
afterAll(() => t.handle.close());

describe("GET /sitemap.xml", () => {
  it("is a well-formed sitemap with the xhtml namespace", () => {
    expect(contentType).toMatch(/^application\/xml/);
    expect(wellFormedProblems(xml)).toEqual([]);
    expect(xml).toContain(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`);
    expect(xml.match(/<url>/g)?.length).toBe(xml.match(/<\/url>/g)?.length);
    for (const loc of locs()) expect(loc).toMatch(/^https:\/\/remembrance\.test\/(en|fr)\//);
    expect(new Set(locs()).size).toBe(locs().length);
  });

  it("lists both languages of a place, each naming both with hreflang, and its last change", () => {
    for (const lang of ["en", "fr"]) {
      const element = urlElement(`${SITE}/${lang}/places/ys-museum`);
      expect(element, lang).toBeDefined();
      expect(element).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE}/en/places/ys-museum"/>`);
      expect(element).toContain(`<xhtml:link rel="alternate" hreflang="fr" href="${SITE}/fr/places/ys-museum"/>`);
      expect(element).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${SITE}/en/places/ys-museum"/>`);
      const lastmod = element!.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1];
      expect(Number.isNaN(Date.parse(lastmod ?? ""))).toBe(false);
    }
  });

  it("lists the home, network and timeline pages and every kind of record, in both languages", () => {
    const all = new Set(locs());
    const paths = ["/", "/places", "/timeline", "/places/ys-museum", "/exhibitions/ys-exhibition", "/rooms/ys-room",
      "/objects/ys-object", "/people/ys-person", "/events/ys-event", "/themes/ys-theme"];
    for (const path of paths) {
      for (const lang of ["en", "fr"]) expect(all.has(`${SITE}/${lang}${path}`), `${lang}${path}`).toBe(true);
    }
  });

  it("lists the page of each timed visit in both languages (never a ticket)", () => {
    for (const lang of ["en", "fr"]) {
      const element = urlElement(`${SITE}/${lang}/places/ys-museum/visits/ys-tour`);
      expect(element, lang).toBeDefined();
      expect(element).toContain(`hreflang="fr" href="${SITE}/fr/places/ys-museum/visits/ys-tour"`);
    }
    expect(xml).not.toContain("/bookings");
  });

  it("leaves out drafts and what hangs off a draft place", () => {
    for (const slug of ["draft-theme", "draft-place", "exhibition-of-draft-place", "room-of-draft-place", "object-of-draft-place", "draft-person", "draft-event", "visit-of-draft-place"]) {
      expect(xml).not.toContain(slug);
    }
  });

  it("escapes what XML reserves", () => {
    expect(escapeXml(`a&b<c>"d'`)).toBe("a&amp;b&lt;c&gt;&quot;d&apos;");
  });
});

describe("GET /robots.txt", () => {
  it("allows everything and names the sitemap by its absolute address", async () => {
    const res = await t.app.request("/robots.txt");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text).not.toMatch(/^Disallow: \S/m);
    expect(text).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap.xml$`, "m"));
  });
});

describe("on the shipped dataset (open data's one smoke test)", () => {
  it("lists the Musée de la Libération and its shelter visit in both languages, in a well-formed sitemap", async () => {
    const shipped = await createTestApp();
    try {
      await seedIfEmpty(shipped.handle);
      const doc = await (await shipped.app.request("/sitemap.xml")).text();
      expect(wellFormedProblems(doc)).toEqual([]);
      for (const lang of ["en", "fr"]) {
        expect(doc).toContain(`<loc>${SITE}/${lang}/places/musee-liberation-paris</loc>`);
        expect(doc).toContain(`<loc>${SITE}/${lang}/places/musee-liberation-paris/visits/underground-shelter-visit</loc>`);
      }
    } finally {
      await shipped.handle.close();
    }
  });
});
