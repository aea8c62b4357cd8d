import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { media } from "../../db/schema/themes-media.ts";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, aPlace, aRoom, anEvent, anExhibition, anObject, storeRecords } from "../../../test/factories.ts";

let t: TestApp;

const film = (slug: string) => ({ slug, kind: "film" as const, title: { en: `Film ${slug}`, fr: `Film ${slug}` } });
const image = (slug: string) => ({ slug, kind: "image" as const, title: { en: `Image ${slug}` }, altText: { en: `Alt ${slug}` } });

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    places: [
      aPlace({
        slug: "liberation",
        media: [
          {
            slug: "facade", kind: "image", title: { en: "The facade", fr: "La façade" }, description: { en: "Seen from the square", fr: "Vue depuis la place" },
            altText: { en: "A stone pavilion", fr: "Un pavillon de pierre" }, url: "https://images.example.org/facade.jpg",
            credit: "Photo: J. Doe", rights: "CC BY 4.0",
          },
          image("withdrawn"),
        ],
      }),
      aPlace({ slug: "draft-place", status: "draft", media: [image("of-draft-place")] }),
    ],
    people: [aPerson({ slug: "henri-rol-tanguy", media: [image("rol-portrait")] })],
    events: [anEvent({ slug: "paris", media: [{ ...film("newsreel"), durationSeconds: 95 }] })],
    exhibitions: [
      anExhibition("liberation", {
        slug: "lib-permanent", media: [film("exhibition-film")],
        rooms: [
          aRoom({
            slug: "shelter", media: [{ slug: "room-audio", kind: "audio", title: { en: "Sounds" } }],
            sections: [{ key: "descent", title: { en: "The descent" }, media: [image("section-image")] }],
          }),
          aRoom({ slug: "draft-room", status: "draft", media: [film("of-draft-room")] }),
        ],
      }),
    ],
    objects: [anObject("liberation", { slug: "letter", media: [image("letter-scan")] })],
  });
  // The dataset format has no status for media; an editor can still withdraw one.
  await t.handle.db.update(media).set({ status: "draft" }).where(eq(media.slug, "withdrawn"));
});
afterAll(() => t.handle.close());

const slugs = (body: any) => body.items.map((x: any) => x.slug).sort();

describe("GET /api/media", () => {
  it("lists published media whose owner is published too", async () => {
    const { status, body } = await t.getJson("/api/media");
    expect(status).toBe(200);
    expect(slugs(body)).toEqual(["exhibition-film", "facade", "letter-scan", "newsreel", "rol-portrait", "room-audio", "section-image"]);
    expect(body.total).toBe(7);
  });

  it("filters by kind", async () => {
    expect(slugs((await t.getJson("/api/media?kind=film")).body)).toEqual(["exhibition-film", "newsreel"]);
    expect(slugs((await t.getJson("/api/media?kind=audio")).body)).toEqual(["room-audio"]);
    const bad = await t.getJson("/api/media?kind=gif&owner=place");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(["kind", "owner"]);
    expect(bad.body.fields.kind).toContain("image, film, video, audio, document");
  });
});

describe("GET /api/media/:slug", () => {
  it("shows a medium in French with its credit, rights and file address", async () => {
    const { status, body } = await t.getJson("/api/media/facade?lang=fr");
    expect(status).toBe(200);
    expect(body).toEqual({
      slug: "facade", kind: "image", title: "La façade", description: "Vue depuis la place", altText: "Un pavillon de pierre",
      url: "https://images.example.org/facade.jpg", credit: "Photo: J. Doe", rights: "CC BY 4.0",
      owner: { type: "place", slug: "liberation", url: "/api/places/liberation" },
      language: "fr",
    });
  });

  it("names the record each medium belongs to, a room section through its room", async () => {
    const owners: Record<string, unknown> = {
      "exhibition-film": { type: "exhibition", slug: "lib-permanent", url: "/api/exhibitions/lib-permanent" },
      "room-audio": { type: "room", slug: "shelter", url: "/api/rooms/shelter" },
      "section-image": { type: "section", slug: "shelter", key: "descent", url: "/api/rooms/shelter" },
      "letter-scan": { type: "object", slug: "letter", url: "/api/objects/letter" },
      "rol-portrait": { type: "person", slug: "henri-rol-tanguy", url: "/api/people/henri-rol-tanguy" },
      newsreel: { type: "event", slug: "paris", url: "/api/events/paris" },
    };
    for (const [slug, owner] of Object.entries(owners)) {
      expect((await t.getJson(`/api/media/${slug}`)).body.owner).toEqual(owner);
    }
    expect((await t.getJson("/api/media/newsreel")).body.durationSeconds).toBe(95);
  });

  it("answers 404 for an unknown or withdrawn medium and for media of unpublished records", async () => {
    for (const slug of ["nothing", "withdrawn", "of-draft-place", "of-draft-room"]) {
      const res = await t.getJson(`/api/media/${slug}`);
      expect(res.status).toBe(404);
      expect(res.body.error).toBe("not_found");
      expect(res.body.message).toContain(`"${slug}"`);
    }
  });
});
