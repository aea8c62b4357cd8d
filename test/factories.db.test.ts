/** The factories create the parents a test names and does not give. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./app.ts";
import { aPlace, anExhibition, anObject, storeRecords } from "./factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.handle.close());

describe("storeRecords", () => {
  it("creates the place an exhibition or an object hangs off when neither the fragment nor the database has it", async () => {
    const stored = await storeRecords(t.handle.db, {
      exhibitions: [anExhibition("xf-hall", { slug: "xf-show" })],
      objects: [anObject("xf-hall", { slug: "xf-helmet" }), anObject("xf-given", { slug: "xf-map" })],
      places: [aPlace({ slug: "xf-given", name: { en: "Given place", fr: "Lieu donné" } })],
    });
    expect(stored.places.map((p) => p.slug).sort()).toEqual(["xf-given", "xf-hall"]);
    expect((await t.getJson("/api/places/xf-hall?lang=en")).status).toBe(200);
    expect((await t.getJson("/api/places/xf-given?lang=en")).body.name).toBe("Given place");
    expect((await t.getJson("/api/objects/xf-helmet?lang=en")).status).toBe(200);
    expect((await t.getJson("/api/exhibitions/xf-show?lang=en")).status).toBe(200);
  });
});
