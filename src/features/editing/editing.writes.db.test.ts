/** The record store writing: edits reach the public site, stale or failing edits change nothing, deletes and previews. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { testSecrets } from "../../../test/secrets.ts";
import { aPlace, aRoom, anExhibition, anObject, aPerson, anEvent, aTheme, storeRecords } from "../../../test/factories.ts";
import { readContentRevision } from "../../db/content-revision.ts";
import { exhibitions, rooms } from "../../db/schema/exhibitions.ts";
import { places } from "../../db/schema/places.ts";
import { createApp } from "../../app/create-app.ts";
import {
  consequencesOfDeleting, createRecord, deleteRecord, readRecord, renderPreview, reorderRooms, setStatus, updateRecord, validateDocument,
} from "./editing.service.ts";
import { DocumentInvalidError, VersionConflictError, type RecordDocument, type RecordKind, type StoredRecord } from "./editing.types.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    themes: [aTheme({ slug: "war", name: { en: "War", fr: "Guerre" } })],
    places: [
      aPlace({
        slug: "shelter-museum", accessibility: [{ feature: "steps", room: "the-shelter", value: 99, text: { en: "99 steps", fr: "99 marches" } }],
        partners: [{ place: "partner-museum" }],
      }),
      aPlace({ slug: "partner-museum" }),
      aPlace({ slug: "doomed-museum" }),
    ],
    people: [aPerson({ slug: "henri", name: "Henri Rol-Tanguy" })],
    events: [anEvent({ slug: "insurrection" })],
    exhibitions: [
      anExhibition("shelter-museum", { slug: "main-show", rooms: [aRoom({ slug: "the-shelter" }), aRoom({ slug: "the-hall" }), aRoom({ slug: "the-garden" })] }),
      anExhibition("doomed-museum", { slug: "doomed-show", rooms: [aRoom({ slug: "doomed-room" })] }),
    ],
    objects: [anObject("shelter-museum", { slug: "map" }), anObject("doomed-museum", { slug: "doomed-object" })],
  });
  const [shelter] = await t.handle.db.select({ id: rooms.id }).from(rooms).where(eq(rooms.slug, "the-shelter"));
  await storeRoomObject(shelter!.id);
});
afterAll(() => t.handle.close());

/** The shelter shows the map (so an edit of the shelter must keep it). */
async function storeRoomObject(roomId: number) {
  const { roomObjects, collectionObjects } = await import("../../db/schema/collection.ts");
  const [map] = await t.handle.db.select({ id: collectionObjects.id }).from(collectionObjects).where(eq(collectionObjects.slug, "map"));
  await t.handle.db.insert(roomObjects).values({ roomId, objectId: map!.id, position: 0 });
}

const read = async <K extends RecordKind>(kind: K, slug: string) => (await readRecord(t.handle.db, kind, slug))!;
const update = <K extends RecordKind>(kind: K, slug: string, doc: RecordDocument<K>, version: number) =>
  t.handle.db.transaction((tx) => updateRecord(tx, kind, slug, doc, version, new Date()));

/** An edit of each kind, and where the public sees it. */
const edits: { [K in RecordKind]: { slug: string; change: (d: RecordDocument<K>) => RecordDocument<K>; api: string; shows: string } } = {
  place: { slug: "shelter-museum", change: (d) => ({ ...d, tagline: { en: "Under Paris", fr: "Sous Paris" } }), api: "/api/places/shelter-museum?lang=fr", shows: "Sous Paris" },
  exhibition: { slug: "main-show", change: (d) => ({ ...d, summary: { en: "A new summary" } }), api: "/api/exhibitions/main-show?lang=en", shows: "A new summary" },
  room: { slug: "the-hall", change: (d) => ({ ...d, subtitle: { en: "The great hall" } }), api: "/api/rooms/the-hall?lang=en", shows: "The great hall" },
  object: { slug: "map", change: (d) => ({ ...d, provenance: { en: "Given by the family" } }), api: "/api/objects/map?lang=en", shows: "Given by the family" },
  person: { slug: "henri", change: (d) => ({ ...d, summary: { en: "Colonel Rol" } }), api: "/api/people/henri?lang=en", shows: "Colonel Rol" },
  event: { slug: "insurrection", change: (d) => ({ ...d, summary: { en: "Paris rises" } }), api: "/api/events/insurrection?lang=en", shows: "Paris rises" },
  theme: { slug: "war", change: (d) => ({ ...d, description: { en: "Years of war" } }), api: "/api/themes/war?lang=en", shows: "Years of war" },
};

describe("updating a record", () => {
  for (const kind of Object.keys(edits) as RecordKind[]) {
    it(`shows an edited ${kind} on the public API at once, and increments its version`, async () => {
      const edit = edits[kind] as (typeof edits)["place"];
      const before = await read(kind as "place", edit.slug);
      expect(JSON.stringify((await t.getJson(edit.api)).body)).not.toContain(edit.shows);
      const after = await update(kind as "place", edit.slug, edit.change(before.document), before.version);
      expect(after.version).toBe(before.version + 1);
      expect(JSON.stringify((await t.getJson(edit.api)).body)).toContain(edit.shows);
    });
  }

  for (const kind of Object.keys(edits) as RecordKind[]) {
    it(`refuses an edit of a ${kind} made on a stale version, and changes nothing`, async () => {
      const edit = edits[kind] as (typeof edits)["place"];
      const current = await read(kind as "place", edit.slug);
      const stale = update(kind as "place", edit.slug, { ...current.document, summary: { en: "Overwritten" } } as never, current.version - 1);
      await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
      await stale.catch((error: VersionConflictError) => expect(error.current?.version).toBe(current.version));
      expect(await read(kind as "place", edit.slug)).toEqual(current);
    });
  }

  it("lets only one of two editors who opened the same version save", async () => {
    const opened = await read("object", "map");
    const results = await Promise.allSettled(["First editor", "Second editor"].map((credit) =>
      update("object", "map", { ...opened.document, credit: { en: credit } }, opened.version)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(VersionConflictError);
    const saved = await read("object", "map");
    expect(saved.version).toBe(opened.version + 1);
    expect(((refused.reason as VersionConflictError).current as StoredRecord<"object">).document.credit).toEqual(saved.document.credit);
  });

  it("leaves the record exactly as it was when the database refuses part of an edit", async () => {
    const before = await read("place", "shelter-museum");
    // A partner listed twice passes the writer (validateDocument would refuse it) and fails on the second insert.
    const broken = { ...before.document, name: { en: "Renamed" }, partners: [{ place: "partner-museum", kind: "partner_museum" as const }, { place: "partner-museum", kind: "partner_museum" as const }] };
    await expect(update("place", "shelter-museum", broken, before.version)).rejects.toThrow();
    expect(await read("place", "shelter-museum")).toEqual(before);
  });

  it("refuses a reference that vanished after validation, and changes nothing", async () => {
    const before = await read("event", "insurrection");
    const result = update("event", "insurrection", { ...before.document, summary: { en: "x" }, themes: ["gone-theme"] }, before.version);
    await expect(result).rejects.toBeInstanceOf(DocumentInvalidError);
    expect(await read("event", "insurrection")).toEqual(before);
  });

  it("keeps the accessibility facts and the objects that point at a room when the room is edited", async () => {
    const shelter = await read("room", "the-shelter");
    await update("room", "the-shelter", { ...shelter.document, title: { en: "The shelter, renamed", fr: "L'abri" } }, shelter.version);
    const place = await read("place", "shelter-museum");
    expect(place.document.accessibility.map((a) => a.room)).toEqual(["the-shelter"]);
    expect((await read("room", "the-shelter")).document.objects).toEqual(["map"]);
    const { body } = await t.getJson("/api/places/shelter-museum?lang=en");
    expect(body.accessibility.find((a: any) => a.room === "the-shelter")?.value).toBe(99);
  });

  it("moves updatedAt forward", async () => {
    const before = await read("theme", "war");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const after = await update("theme", "war", { ...before.document, name: { en: "The war", fr: "La guerre" } }, before.version);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  });
});

describe("publishing, reordering and deleting", () => {
  it("publishes and unpublishes: a draft is not public", async () => {
    const person = await read("person", "henri");
    const draft = await t.handle.db.transaction((tx) => setStatus(tx, "person", "henri", "draft", person.version));
    expect(draft.status).toBe("draft");
    expect((await t.getHtml("/en/people/henri")).status).toBe(404);
    await t.handle.db.transaction((tx) => setStatus(tx, "person", "henri", "published", draft.version));
    expect((await t.getHtml("/en/people/henri")).status).toBe(200);
  });

  it("shows the new room order on the public exhibition page", async () => {
    const show = await read("exhibition", "main-show");
    expect(show.rooms).toEqual(["the-shelter", "the-hall", "the-garden"]);
    const after = await t.handle.db.transaction((tx) => reorderRooms(tx, "main-show", ["the-garden", "the-shelter", "the-hall"], show.version));
    expect(after.rooms).toEqual(["the-garden", "the-shelter", "the-hall"]);
    const { body } = await t.getJson("/api/exhibitions/main-show?lang=en");
    expect(body.rooms.map((r: any) => r.slug)).toEqual(["the-garden", "the-shelter", "the-hall"]);
    const page = (await t.getHtml("/en/exhibitions/main-show")).html;
    expect(page.indexOf("/en/rooms/the-garden")).toBeLessThan(page.indexOf("/en/rooms/the-hall"));
    await expect(t.handle.db.transaction((tx) => reorderRooms(tx, "main-show", ["the-garden"], after.version))).rejects.toBeInstanceOf(DocumentInvalidError);
  });

  it("deletes a place with its exhibitions, rooms and objects, as the consequences said", async () => {
    const consequences = await consequencesOfDeleting(t.handle.db, "place", "doomed-museum");
    expect(consequences.map((c) => `${c.kind}:${c.effect}:${c.count}`)).toEqual(expect.arrayContaining(["exhibition:deleted:1", "room:deleted:1", "object:deleted:1"]));
    const place = await read("place", "doomed-museum");
    const deleted: StoredRecord = await t.handle.db.transaction((tx) => deleteRecord(tx, "place", "doomed-museum", place.version));
    expect(deleted.document).toEqual(place.document);
    expect(await readRecord(t.handle.db, "exhibition", "doomed-show")).toBeUndefined();
    expect(await readRecord(t.handle.db, "room", "doomed-room")).toBeUndefined();
    expect(await readRecord(t.handle.db, "object", "doomed-object")).toBeUndefined();
    expect((await t.getJson("/api/places/doomed-museum")).status).toBe(404);
  });

  it("refuses to delete a record that changed since it was opened", async () => {
    const map = await read("object", "map");
    await expect(t.handle.db.transaction((tx) => deleteRecord(tx, "object", "map", map.version + 1))).rejects.toBeInstanceOf(VersionConflictError);
    expect(await readRecord(t.handle.db, "object", "map")).toBeDefined();
  });
});

describe("previewing a draft", () => {
  it("renders the draft's public page, and leaves no trace: no page, no cached copy, no new content revision", async () => {
    const checked = await validateDocument(t.handle.db, "room", {
      slug: "secret-room", status: "draft", exhibition: "main-show", title: { en: "The secret room", fr: "La salle secrète" },
    });
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    await t.handle.db.transaction((tx) => createRecord(tx, "room", checked.doc, new Date()));
    await t.handle.db.update(places).set({ status: "draft" }).where(eq(places.slug, "shelter-museum"));
    await t.handle.db.update(exhibitions).set({ status: "draft" }).where(eq(exhibitions.slug, "main-show"));
    expect((await t.getHtml("/fr/rooms/secret-room")).status).toBe(404);
    const revision = await readContentRevision(t.handle.db);
    const deps = { db: t.handle.db, ping: t.handle.ping, logger: (await import("../../lib/logger.ts")).silentLogger, now: () => new Date(), publicUrl: "https://remembrance.test",
      contentRevision: t.handle.contentRevision, pageCache: new (await import("../../web/page-cache.ts")).PageCache(), secrets: testSecrets };

    const html = await renderPreview(deps, "room", "secret-room", "fr", (d, path) => Promise.resolve(createApp(d).request(path)));
    expect(html).toContain("La salle secrète");

    expect((await t.getHtml("/fr/rooms/secret-room")).status).toBe(404);
    expect(deps.pageCache.size).toBe(0);
    expect(await readContentRevision(t.handle.db)).toBe(revision);
    expect((await read("room", "secret-room")).status).toBe("draft");
    expect((await read("place", "shelter-museum")).status).toBe("draft");
    expect(await renderPreview(deps, "room", "no-such-room", "fr", (d, path) => Promise.resolve(createApp(d).request(path)))).toBeUndefined();
  });
});
