import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, aPlace, aTheme, anEvent, anObject, storeRecords } from "../../../test/factories.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    themes: [aTheme({ slug: "liberation", name: { en: "Liberation", fr: "Libération" } }), aTheme({ slug: "draft-theme", status: "draft" })],
    places: [
      aPlace({ slug: "liberation-museum", name: { en: "Liberation Museum", fr: "Musée de la Libération" } }),
      aPlace({ slug: "draft-place", status: "draft" }),
    ],
    people: [aPerson({ slug: "henri-rol-tanguy", name: "Henri Rol-Tanguy" }), aPerson({ slug: "secret-person", status: "draft" })],
    // Entered out of date order on purpose.
    events: [
      anEvent({ slug: "april-21", date: "1945-04-21" }),
      anEvent({
        slug: "vienna", kind: "liberation", date: "mid 1945-04", themes: ["liberation"],
        title: { en: "Liberation of Vienna", fr: "Libération de Vienne" },
        location: { name: { en: "Vienna", fr: "Vienne" }, latitude: 48.21, longitude: 16.37 },
      }),
      anEvent({ slug: "year-1945", date: "1945" }),
      anEvent({ slug: "april-10", date: "1945-04-10" }),
      anEvent({ slug: "feb-first", date: "1945-02-01", themes: ["draft-theme"] }),
      anEvent({ slug: "warsaw", kind: "liberation", date: "1945-01", themes: ["liberation"], title: { en: "Liberation of Warsaw", fr: "Libération de Varsovie" } }),
      anEvent({ slug: "draft-event", status: "draft", date: "1944" }),
      anEvent({
        slug: "liberation-of-paris", kind: "liberation", date: "1944-08-19/1944-08-25",
        title: { en: "Liberation of Paris", fr: "Libération de Paris" },
        summary: { en: "Paris rises.", fr: "Paris se soulève." },
        description: { en: "The decisive week.", fr: "La semaine décisive." },
        location: { name: { en: "Paris", fr: "Paris" }, place: "liberation-museum", latitude: 48.83, longitude: 2.33 },
        factsSource: "Public maps",
        people: [{ person: "henri-rol-tanguy", role: { en: "Head of the FFI", fr: "Chef des FFI" } }, { person: "secret-person" }],
        themes: ["liberation", "draft-theme"],
        media: [{ slug: "paris-film", kind: "film", title: { en: "Newsreel", fr: "Actualités" } }],
      }),
      anEvent({ slug: "kiev", kind: "liberation", date: "1943-11-06", themes: ["liberation"] }),
      anEvent({ slug: "before-the-war", date: "before 1939" }),
      anEvent({ slug: "at-draft-place", date: "1946", location: { name: { en: "Somewhere" }, place: "draft-place" } }),
    ],
    objects: [
      anObject("liberation-museum", { slug: "armband", title: { en: "FFI armband", fr: "Brassard FFI" }, events: ["liberation-of-paris"] }),
      anObject("liberation-museum", { slug: "draft-object", status: "draft", events: ["liberation-of-paris"] }),
    ],
  });
});
afterAll(() => t.handle.close());

const slugs = (body: any) => body.items.map((x: any) => x.slug);

describe("GET /api/events", () => {
  it("lists published events in date order, vague dates placed by their first and last possible days", async () => {
    const { status, body } = await t.getJson("/api/events");
    expect(status).toBe(200);
    expect(slugs(body)).toEqual([
      "before-the-war", "kiev", "liberation-of-paris", "warsaw", "year-1945", "feb-first", "april-10", "vienna", "april-21", "at-draft-place",
    ]);
    expect(body.total).toBe(10);
  });

  it("shows each date written out in the reader's language, with its notation and bounds", async () => {
    const { body } = await t.getJson("/api/events?lang=fr&kind=liberation");
    const vienna = body.items.find((e: any) => e.slug === "vienna");
    expect(vienna.date).toEqual({ text: "mi-avril 1945", notation: "mid 1945-04", start: "1945-04-11", end: "1945-04-20", precision: "month" });
    expect(vienna.title).toBe("Libération de Vienne");
    expect(vienna.location).toEqual({ name: "Vienne" });
    expect(body.items.find((e: any) => e.slug === "warsaw").date.text).toBe("janvier 1945");
    const en = await t.getJson("/api/events?lang=en&kind=liberation");
    expect(en.body.items.find((e: any) => e.slug === "vienna").date.text).toBe("mid-April 1945");
  });

  it("filters by the period an event overlaps, by kind, theme and place", async () => {
    expect(slugs((await t.getJson("/api/events?from=1945-04-15&to=1945-04-30")).body)).toEqual(["year-1945", "vienna", "april-21"]);
    expect(slugs((await t.getJson("/api/events?to=1939-06-01")).body)).toEqual(["before-the-war"]);
    expect(slugs((await t.getJson("/api/events?from=1945-12-31")).body)).toEqual(["year-1945", "at-draft-place"]);
    expect(slugs((await t.getJson("/api/events?kind=liberation")).body)).toEqual(["kiev", "liberation-of-paris", "warsaw", "vienna"]);
    expect(slugs((await t.getJson("/api/events?theme=liberation")).body)).toEqual(["kiev", "liberation-of-paris", "warsaw", "vienna"]);
    expect(slugs((await t.getJson("/api/events?theme=draft-theme")).body)).toEqual([]);
    expect(slugs((await t.getJson("/api/events?place=liberation-museum")).body)).toEqual(["liberation-of-paris"]);
    expect(slugs((await t.getJson("/api/events?place=draft-place")).body)).toEqual([]);
  });

  it("does not link to a place that is not published, and leaves out an unknown location", async () => {
    const { body } = await t.getJson("/api/events?from=1946-01-01");
    expect(body.items[0].location).toEqual({ name: "Somewhere" });
    const withoutLocation = (await t.getJson("/api/events?to=1939-06-01")).body.items[0];
    expect(withoutLocation).not.toHaveProperty("location");
  });

  it("answers 400 naming each bad parameter, and a period that ends before it starts", async () => {
    const res = await t.getJson("/api/events?from=1945-13-01&to=yesterday&kind=party");
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields).sort()).toEqual(["from", "kind", "to"]);
    expect(res.body.fields.from).toBe("must be a date written YYYY-MM-DD");
    const reversed = await t.getJson("/api/events?from=1945-05-01&to=1945-04-01");
    expect(reversed.status).toBe(400);
    expect(reversed.body.fields).toEqual({ to: "must not be before from" });
  });
});

describe("GET /api/events/:slug", () => {
  it("shows the event in French with location, people, objects, themes and media, published ones only", async () => {
    const { status, body } = await t.getJson("/api/events/liberation-of-paris?lang=fr");
    expect(status).toBe(200);
    expect([body.title, body.summary, body.description]).toEqual(["Libération de Paris", "Paris se soulève.", "La semaine décisive."]);
    expect(body.date.text).toBe("19 août 1944 – 25 août 1944");
    expect(body.location).toEqual({
      name: "Paris", place: { slug: "liberation-museum", url: "/api/places/liberation-museum", name: "Musée de la Libération" },
      latitude: 48.83, longitude: 2.33,
    });
    expect(body.factsSource).toBe("Public maps");
    expect(body.people).toEqual([{ slug: "henri-rol-tanguy", url: "/api/people/henri-rol-tanguy", name: "Henri Rol-Tanguy", role: "Chef des FFI" }]);
    expect(body.objects).toEqual([{ slug: "armband", url: "/api/objects/armband", type: "object", title: "Brassard FFI" }]);
    expect(body.themes).toEqual([{ slug: "liberation", url: "/api/themes/liberation", name: "Libération" }]);
    expect(body.media).toEqual([{ slug: "paris-film", kind: "film", title: "Actualités" }]);
  });

  it("answers 404 for an unknown or unpublished event", async () => {
    for (const slug of ["nothing-happened", "draft-event"]) {
      const res = await t.getJson(`/api/events/${slug}`);
      expect(res.status).toBe(404);
      expect(res.body.message).toContain(`"${slug}"`);
      expect(res.body.message).toContain("/api/events");
    }
  });
});
