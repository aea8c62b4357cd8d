/**
 * The story of the Liberation of Paris links up on the shipped dataset: the event says where it is told
 * (the shelter room, the museum, its collection, the shelter's timed visit) and who took part; the room, the
 * person and the visit link back; a text naming the museum links to it; the person's other name is shown
 * once; the people and events indexes answer in both languages and are in the sitemap; no developer words.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { between, visibleText } from "../../../test/page-html.ts";
import { seedIfEmpty } from "../dataset/dataset.service.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(() => new Date("2026-11-24T08:00:00Z"));
  await seedIfEmpty(t.handle);
});
afterAll(() => t.handle.close());

const EVENT = "/events/liberation-of-paris";
const ROOM = "/rooms/underground-shelter-of-the-resistance";
const PERSON = "/people/henri-rol-tanguy";
const VISIT = "/places/musee-liberation-paris/visits/underground-shelter-visit";

const page = async (path: string) => {
  const res = await t.getHtml(path);
  expect(res.status, path).toBe(200);
  return res.html;
};

describe("the Liberation of Paris, told across the site", () => {
  for (const lang of ["en", "fr"] as const) {
    it(`${lang}: the event page says where it is told and who took part`, async () => {
      const html = await page(`/${lang}${EVENT}`);
      const told = between(html, "where-told");
      expect(visibleText(told)).toContain(lang === "en" ? "Where this is told" : "Où cette histoire est racontée");
      for (const href of [`/${lang}/places/musee-liberation-paris`, `/${lang}${ROOM}`, `/${lang}/exhibitions/musee-liberation-paris-permanent`,
        `/${lang}/objects/musee-liberation-paris-collection`, `/${lang}${VISIT}`]) {
        expect(told, href).toContain(`href="${href}"`);
      }
      expect(html).toContain(`href="/${lang}${PERSON}"`);
      // The breadcrumb leads to the events index.
      const breadcrumb = html.slice(html.indexOf('class="breadcrumb"'), html.indexOf("</nav>", html.indexOf('class="breadcrumb"')));
      expect(breadcrumb).toContain(`<li><a href="/${lang}/events">`);
    });

    it(`${lang}: the event page prints no provenance meant for editors`, async () => {
      const text = visibleText(await page(`/${lang}${EVENT}`));
      expect(text).not.toMatch(/seed|\.txt|\.ya?ml|factsSource|not from the/i);
      expect(text).toContain(lang === "en" ? "added by the network's editors" : "ajoutés par les éditeurs du réseau");
    });

    it(`${lang}: "today's Museum of the Liberation of Paris" in the event's text links to the museum, once`, async () => {
      const html = await page(`/${lang}${EVENT}`);
      const lead = html.slice(html.indexOf('<p class="lead"'), html.indexOf("</p>", html.indexOf('<p class="lead"')));
      const name = lang === "en" ? "Museum of the Liberation of Paris" : "musée de la Libération de Paris";
      expect(lead).toContain(`<a href="/${lang}/places/musee-liberation-paris">${name}</a>`);
      expect(lead.split("/places/musee-liberation-paris").length - 1).toBe(1);
    });

    it(`${lang}: the room, the person and the visit link back`, async () => {
      const room = await page(`/${lang}${ROOM}`);
      for (const href of [`/${lang}${EVENT}`, `/${lang}${PERSON}`, `/${lang}${VISIT}`]) expect(room, href).toContain(`href="${href}"`);
      const person = await page(`/${lang}${PERSON}`);
      for (const href of [`/${lang}${EVENT}`, `/${lang}${ROOM}`, `/${lang}/places/musee-liberation-paris`]) expect(person, href).toContain(`href="${href}"`);
      const visit = await page(`/${lang}${VISIT}`);
      for (const href of [`/${lang}${ROOM}`, `/${lang}${EVENT}`]) expect(visit, href).toContain(`href="${href}"`);
    });
  }

  it("shows Colonel Rol once as Henri Rol-Tanguy's other name, with its kind", async () => {
    const en = visibleText(await page(`/en${PERSON}`));
    expect(en).toContain("Also known as Colonel Rol (nom de guerre).");
    expect(en.split("Colonel Rol (nom de guerre)").length - 1).toBe(1);
    expect(en).not.toContain("Other names");
    const fr = visibleText(await page(`/fr${PERSON}`));
    expect(fr).toContain("Autres noms : Colonel Rol (nom de guerre).");
    expect(fr.split("Autres noms").length - 1).toBe(1);
  });
});

describe("the people and events indexes", () => {
  for (const lang of ["en", "fr"] as const) {
    it(`${lang}: list every person and every event, with dates and places`, async () => {
      const people = await page(`/${lang}/people`);
      expect(visibleText(people)).toContain("Henri Rol-Tanguy");
      expect(people).toContain(`href="/${lang}${PERSON}"`);
      expect(people).toContain(`href="/${lang}/people/philippe-leclerc-de-hauteclocque"`);
      const events = await page(`/${lang}/events`);
      expect(events).toContain(`href="/${lang}${EVENT}"`);
      expect(events).toContain(`href="/${lang}/places/musee-armee-invalides"`); // the founding of the Invalides took place there
      const text = visibleText(events);
      expect(text.indexOf("1670")).toBeLessThan(text.indexOf("1944"));
      // The person page's breadcrumb and every footer lead to them.
      expect(await page(`/${lang}${PERSON}`)).toContain(`<li><a href="/${lang}/people">`);
      expect(people).toContain(`href="/${lang}/events"`);
    });
  }

  it("are in the sitemap in both languages, each naming the other with hreflang", async () => {
    const xml = await (await t.app.request("/sitemap.xml")).text();
    for (const path of ["/people", "/events"]) {
      for (const lang of ["en", "fr"]) {
        expect(xml).toContain(`<loc>https://remembrance.test/${lang}${path}</loc>`);
        expect(xml).toContain(`hreflang="${lang}" href="https://remembrance.test/${lang}${path}"`);
      }
    }
  });
});
