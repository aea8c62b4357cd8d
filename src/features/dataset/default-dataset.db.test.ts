/** The shipped dataset as a visitor meets it through the API, after the first start's seeding. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { seedIfEmpty } from "./dataset.service.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedIfEmpty(t.handle);
});
afterAll(() => t.handle.close());

describe("the default dataset, served", () => {
  it("lists the whole network: the museum, its seven partners, Caen and the related sites", async () => {
    const { body } = await t.getJson("/api/places?pageSize=100");
    const slugs = body.items.map((p: any) => p.slug);
    for (const slug of ["musee-liberation-paris", "archives-nationales", "chrd-lyon", "memorial-de-la-shoah", "mont-valerien",
      "musee-armee-invalides", "musee-ordre-liberation", "musee-resistance-nationale", "memorial-de-caen", "memorial-falaise", "arromanches-360"]) {
      expect(slugs).toContain(slug);
    }
  });

  it("shows the Musée de la Libération in French with its hours, free collection, partners and shelter facts", async () => {
    const { status, body } = await t.getJson("/api/places/musee-liberation-paris?lang=fr");
    expect(status).toBe(200);
    expect(body.name).toContain("Musée de la Libération de Paris");
    expect(body.fallbacks).toBeUndefined();
    expect(body.openingHours.map((h: any) => h.day)).toEqual(["tue", "wed", "thu", "fri", "sat", "sun"]);
    expect(new Set(body.openingHours.map((h: any) => `${h.opens}-${h.closes}`))).toEqual(new Set(["10:00-18:00"]));
    expect(body.admission.find((a: any) => a.covers === "permanent_collection").isFree).toBe(true);
    expect(body.admission.find((a: any) => a.covers === "temporary_exhibitions").isFree).toBe(false);
    expect(body.partners.map((p: any) => p.slug)).toEqual([
      "archives-nationales", "chrd-lyon", "memorial-de-la-shoah", "mont-valerien", "musee-armee-invalides", "musee-ordre-liberation", "musee-resistance-nationale",
    ]);
    const shelter = body.accessibility.filter((a: any) => a.room === "underground-shelter-of-the-resistance");
    expect(shelter.find((a: any) => a.feature === "steps").value).toBe(99);
    expect(shelter.find((a: any) => a.feature === "underground").value).toBe(20);
  });

  it("serves the seed's corrections: round figures as round (shown bare, never claimed exact), five suggestions, the 360° card as Caen's own", async () => {
    const shoah = (await t.getJson("/api/places/memorial-de-la-shoah?lang=en")).body;
    const qualifierOf = (value: number) => shoah.figures.find((f: any) => f.value === value).qualifier;
    expect([76000, 50000000, 320000, 14000, 1500].map(qualifierOf)).toEqual(["round", "round", "round", "round", "round"]);
    const page = await t.getHtml("/en/places/memorial-de-la-shoah");
    expect(page.html).toMatch(/76,000/);
    expect(page.html).not.toMatch(/about 76,000/);

    const museum = (await t.getJson("/api/places/musee-liberation-paris?lang=fr")).body;
    expect(museum.suggestions).toHaveLength(5);
    expect(museum.suggestions[4]).toMatchObject({
      title: "La visite guidée «\u00a0Paris, mystères et légendes\u00a0»", text: "Visite privée sur les traces des alchimistes et de Nicolas Flamel",
    });

    const caen = (await t.getJson("/api/places/memorial-de-caen?lang=en")).body;
    expect(caen.suggestions.map((s: any) => [s.title, s.place?.slug ?? null])).toEqual([
      ["Falaise Memorial", "memorial-falaise"], ["Arromanches 360 circular cinema", "arromanches-360"], ["The Immersive Experience 360°", null],
    ]);
  });

  it("orders the successive liberations from Kiev (6 November 1943) to La Rochelle and Lorient (9 May 1945)", async () => {
    const { body } = await t.getJson("/api/events?kind=liberation&pageSize=100&lang=en");
    const order = body.items.map((e: any) => e.slug).filter((s: string) => s !== "liberation-of-paris");
    expect(order[0]).toBe("liberation-of-kiev");
    expect(order.slice(-2).sort()).toEqual(["liberation-of-la-rochelle", "liberation-of-lorient"]);
    const vienna = body.items.find((e: any) => e.slug === "liberation-of-vienna");
    expect(vienna.date.text).toBe("mid-April 1945");
    const fr = await t.getJson("/api/events?kind=liberation&pageSize=100&lang=fr");
    expect(fr.body.items.find((e: any) => e.slug === "liberation-of-rome").date.text).toBe("4 juin 1944");
  });

  it("shows room 5 of the Mémorial de Caen with its sections in order", async () => {
    const { body } = await t.getJson("/api/rooms/reconquest-and-liberation?lang=en");
    expect(body.number).toBe(5);
    expect(body.title).toBe("Reconquest and Liberation");
    expect(body.sections.map((s: any) => s.key)).toEqual(["vercors", "successive-liberations", "purges", "reprisals"]);
  });

  it("knows Leclerc and Colonel Rol by their other names", async () => {
    const leclerc = await t.getJson("/api/people/philippe-leclerc-de-hauteclocque");
    expect(leclerc.body.aliases.map((a: any) => a.name)).toEqual(expect.arrayContaining(["General Leclerc", "Philippe de Hautecloque"]));
    const rol = await t.getJson(`/api/people?alias=${encodeURIComponent("Colonel Rol")}`);
    expect(rol.body.items.map((p: any) => p.slug)).toEqual(["henri-rol-tanguy"]);
  });
});
