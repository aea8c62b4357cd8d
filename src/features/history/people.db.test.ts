import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, aPlace, anEvent, anObject, storeRecords } from "../../../test/factories.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    places: [
      aPlace({ slug: "liberation", name: { en: "Liberation Museum", fr: "Musée de la Libération" } }),
      aPlace({ slug: "draft-place", status: "draft" }),
    ],
    people: [
      aPerson({ slug: "jean-zay", name: "Jean Zay", givenName: "Jean", familyName: "Zay" }),
      aPerson({
        slug: "henri-rol-tanguy", name: "Henri Rol-Tanguy", givenName: "Henri", familyName: "Rol-Tanguy",
        title: { en: "Colonel", fr: "Colonel" },
        summary: { en: "Head of the FFI in the Paris region", fr: "Chef des FFI de la région parisienne" },
        birth: "1908-06-12", death: "2002-09-08",
        aliases: [{ name: "Colonel Rol", kind: "nom_de_guerre", note: { en: "His name in the Resistance", fr: "Son nom dans la Résistance" } }],
        roles: [
          { role: { en: "Command post under the museum", fr: "Poste de commandement sous le musée" }, place: "liberation", period: "1944-08" },
          { role: { en: "Visitor", fr: "Visiteur" }, place: "draft-place" },
        ],
        media: [{ slug: "rol-portrait", kind: "image", title: { en: "Portrait", fr: "Portrait" }, altText: { en: "Henri Rol-Tanguy", fr: "Henri Rol-Tanguy" } }],
      }),
      aPerson({
        slug: "philippe-leclerc", name: "Philippe Leclerc de Hauteclocque", familyName: "Leclerc de Hauteclocque",
        aliases: [{ name: "General Leclerc", kind: "title" }, { name: "Philippe de Hauteclocque", kind: "birth_name" }],
      }),
      aPerson({ slug: "felix-eboue", name: "Félix Éboué", familyName: "Éboué" }),
      // A pen name only: sorted by that name, among the family names.
      aPerson({ slug: "vercors", name: "Vercors" }),
      aPerson({ slug: "jean-moulin", name: "Jean Moulin", familyName: "Moulin" }),
      aPerson({ slug: "impostor", status: "draft", name: "Someone else", aliases: [{ name: "Colonel Rol", kind: "nom_de_guerre" }] }),
    ],
    events: [
      anEvent({
        slug: "liberation-of-paris", date: "1944-08-19/1944-08-25", title: { en: "Liberation of Paris", fr: "Libération de Paris" },
        people: [{ person: "henri-rol-tanguy", role: { en: "Led the FFI", fr: "Chef des FFI" } }],
      }),
      anEvent({ slug: "draft-event", status: "draft", people: [{ person: "henri-rol-tanguy" }] }),
      anEvent({ slug: "joins-the-resistance", date: "1940", title: { en: "Joins the Resistance", fr: "Entre en résistance" }, people: [{ person: "henri-rol-tanguy" }] }),
    ],
    objects: [
      anObject("liberation", {
        slug: "armband", title: { en: "FFI armband", fr: "Brassard FFI" },
        people: [{ person: "henri-rol-tanguy", role: { en: "wore it", fr: "l'a porté" } }],
      }),
      anObject("liberation", { slug: "draft-object", status: "draft", people: [{ person: "henri-rol-tanguy" }] }),
    ],
  });
});
afterAll(() => t.handle.close());

const slugs = (body: any) => body.items.map((x: any) => x.slug);

describe("GET /api/people", () => {
  it("lists published people by family name (accents ignored), or by name when there is none", async () => {
    const { status, body } = await t.getJson("/api/people");
    expect(status).toBe(200);
    expect(slugs(body)).toEqual(["felix-eboue", "philippe-leclerc", "jean-moulin", "henri-rol-tanguy", "vercors", "jean-zay"]);
    expect(body.total).toBe(6);
    expect(body.items[3]).toMatchObject({ url: "/api/people/henri-rol-tanguy", name: "Henri Rol-Tanguy", title: "Colonel" });
  });

  it("finds a person by an alias or by name, whole and in any case, never a draft", async () => {
    expect(slugs((await t.getJson("/api/people?alias=Colonel%20Rol")).body)).toEqual(["henri-rol-tanguy"]);
    expect(slugs((await t.getJson("/api/people?alias=general%20LECLERC")).body)).toEqual(["philippe-leclerc"]);
    expect(slugs((await t.getJson("/api/people?alias=jean%20moulin")).body)).toEqual(["jean-moulin"]);
    expect(slugs((await t.getJson("/api/people?alias=Rol")).body)).toEqual([]);
  });

  it("answers 400 naming each bad parameter", async () => {
    const res = await t.getJson("/api/people?alias=%20&q=rol&lang=es");
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual({ alias: "must not be empty", q: "is not a known parameter", lang: expect.stringContaining("en, fr") });
  });
});

describe("GET /api/people/:slug", () => {
  it("shows a person in French with dates, aliases, roles, events in date order, objects and media", async () => {
    const { status, body } = await t.getJson("/api/people/henri-rol-tanguy?lang=fr");
    expect(status).toBe(200);
    expect([body.name, body.givenName, body.familyName, body.title]).toEqual(["Henri Rol-Tanguy", "Henri", "Rol-Tanguy", "Colonel"]);
    expect(body.summary).toBe("Chef des FFI de la région parisienne");
    expect(body.birth).toEqual({ text: "12 juin 1908", notation: "1908-06-12", start: "1908-06-12", end: "1908-06-12", precision: "day" });
    expect(body.death.text).toBe("8 septembre 2002");
    expect(body.aliases).toEqual([{ name: "Colonel Rol", kind: "nom_de_guerre", note: "Son nom dans la Résistance" }]);
    expect(body.roles[0]).toEqual({
      role: "Poste de commandement sous le musée",
      place: { slug: "liberation", url: "/api/places/liberation", name: "Musée de la Libération" },
      period: { text: "août 1944", notation: "1944-08", start: "1944-08-01", end: "1944-08-31", precision: "month" },
    });
    // The second role's place is not published, so it is not linked.
    expect(body.roles[1]).toEqual({ role: "Visiteur" });
    expect(body.events.map((e: any) => [e.slug, e.date.text, e.role])).toEqual([
      ["joins-the-resistance", "1940", undefined],
      ["liberation-of-paris", "19 août 1944 – 25 août 1944", "Chef des FFI"],
    ]);
    expect(body.events[1].url).toBe("/api/events/liberation-of-paris");
    expect(body.objects).toEqual([{ slug: "armband", url: "/api/objects/armband", type: "object", title: "Brassard FFI", role: "l'a porté" }]);
    expect(body.media.map((m: any) => m.slug)).toEqual(["rol-portrait"]);
  });

  it("answers 404 for an unknown or unpublished person", async () => {
    for (const slug of ["nobody", "impostor"]) {
      const res = await t.getJson(`/api/people/${slug}`);
      expect(res.status).toBe(404);
      expect(res.body.error).toBe("not_found");
      expect(res.body.message).toContain(`"${slug}"`);
      expect(res.body.message).toContain("/api/people");
    }
  });
});
