/** The record store reading and checking records: every kind round-trips, lists filter, validation names each problem. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, aRoom, anExhibition, anObject, aPerson, anEvent, aTheme, storeRecords } from "../../../test/factories.ts";
import { exportDataset, seedIfEmpty } from "../dataset/dataset.service.ts";
import { DOCUMENT_SCHEMAS } from "./editing.schemas.ts";
import {
  consequencesOfDeleting, createRecord, listRecords, readRecord, scopeOfDocument, scopeOfRecord, validateDocument,
} from "./editing.service.ts";
import type { RecordDocument, RecordKind } from "./editing.types.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    themes: [aTheme({ slug: "resistance" })],
    places: [aPlace({ slug: "home-museum" }), aPlace({ slug: "other-museum" })],
    people: [aPerson({ slug: "jean-moulin" })],
    events: [anEvent({ slug: "liberation" })],
    exhibitions: [
      anExhibition("home-museum", { slug: "home-show", rooms: [aRoom({ slug: "home-room" })] }),
      anExhibition("other-museum", { slug: "other-show", rooms: [aRoom({ slug: "other-room" })] }),
    ],
    objects: [anObject("home-museum", { slug: "helmet" })],
  });
});
afterAll(() => t.handle.close());

/** A full document of each kind, with every sort of owned row, referring to the records stored above. */
const documents = (n: string): { [K in RecordKind]: unknown } => ({
  theme: { slug: `theme-${n}`, status: "draft", name: { en: "Exile", fr: "Exil" }, description: { en: "Leaving" } },
  place: {
    slug: `place-${n}`, status: "draft", kind: "memorial", name: { en: "Memorial", fr: "Mémorial" }, summary: { fr: "Résumé seul" },
    address: { street: { en: "1 Main St", fr: "1 rue Principale" }, postalCode: "75014", city: "Paris" },
    coordinates: { latitude: 48.8, longitude: 2.3 }, contacts: { email: "info@example.org", website: "https://example.org/" },
    highlights: [{ kind: "we_love", text: { en: "The shelter", fr: "L'abri" } }],
    figures: [{ value: 7000, qualifier: "more_than", unit: "pieces", label: { en: "pieces", fr: "pièces" } }],
    openingHours: [{ days: ["tue", "wed"], opens: "10:00", closes: "18:00" }, { days: ["sun"], opens: "11:00", closes: "17:00" }],
    openingExceptions: [{ startsOn: "2025-12-25", endsOn: "2025-12-25", closed: true, reason: { en: "Christmas", fr: "Noël" } }],
    admission: [{ covers: "whole_site", label: { en: "Full", fr: "Plein" }, isFree: false, priceCents: 1200 }],
    audience: [{ audience: "families", text: { en: "Families", fr: "Familles" } }],
    accessibility: [{ feature: "lift", text: { en: "A lift", fr: "Un ascenseur" } }],
    partners: [{ place: "home-museum", note: { en: "Friends" } }],
    suggestions: [{ place: "other-museum", title: { en: "See also", fr: "Voir aussi" } }, { title: { en: "A book", fr: "Un livre" }, url: "https://example.org/book" }],
    themes: ["resistance"],
    media: [{ slug: `place-${n}-photo`, kind: "image", title: { en: "Front", fr: "Façade" }, altText: { en: "The front", fr: "La façade" } }],
  },
  exhibition: {
    slug: `show-${n}`, status: "draft", place: "home-museum", kind: "temporary", title: { en: "Show", fr: "Expo" },
    opensOn: "2025-01-01", closesOn: "2025-06-30", themes: ["resistance"],
    media: [{ slug: `show-${n}-film`, kind: "film", title: { en: "Film", fr: "Film" }, durationSeconds: 90 }],
  },
  room: {
    slug: `room-${n}`, status: "draft", exhibition: "home-show", number: 3, title: { en: "Room", fr: "Salle" },
    sections: [{ key: "intro", title: { en: "Intro", fr: "Intro" }, media: [{ slug: `room-${n}-audio`, kind: "audio", title: { en: "Voice" } }] }],
    objects: ["helmet"], events: ["liberation"], themes: ["resistance"],
  },
  object: {
    slug: `object-${n}`, status: "draft", holder: "home-museum", partOf: "helmet", type: "letter", title: { en: "Letter", fr: "Lettre" },
    date: "1944-08-25", itemCount: 2, itemCountQualifier: "about", people: [{ person: "jean-moulin", role: { en: "author", fr: "auteur" } }],
    events: ["liberation"], places: ["other-museum"], themes: ["resistance"],
  },
  person: {
    slug: `person-${n}`, status: "draft", name: "Lucie Aubrac", birth: "1912-06-29", death: "2007-03-14", owner: "home-museum",
    aliases: [{ name: "Catherine", kind: "nom_de_guerre" }], roles: [{ role: { en: "resistant", fr: "résistante" }, place: "home-museum", period: "1940/1944" }],
  },
  event: {
    slug: `event-${n}`, status: "draft", kind: "uprising", title: { en: "Uprising", fr: "Insurrection" }, date: "mid 1944-08",
    location: { name: { en: "Paris", fr: "Paris" }, place: "home-museum", latitude: 48.85, longitude: 2.35 }, owner: "home-museum",
    people: [{ person: "jean-moulin" }], themes: ["resistance"],
  },
});

describe("creating and reading back a record", () => {
  for (const kind of ["theme", "place", "exhibition", "room", "object", "person", "event"] as const) {
    it(`gives back the same ${kind} document that was stored, as a draft`, async () => {
      const input = documents("created")[kind];
      const checked = await validateDocument(t.handle.db, kind, input);
      expect(checked).toMatchObject({ ok: true });
      const doc = (checked as { doc: RecordDocument }).doc;
      const created = await t.handle.db.transaction((tx) => createRecord(tx, kind, doc as never, new Date()));
      const read = await readRecord(t.handle.db, kind, doc.slug);
      expect(read?.document).toEqual(doc);
      expect(created.document).toEqual(doc);
      expect(read).toMatchObject({ kind, status: "draft", version: 1 });
    });
  }

  it("flags texts given in one language only, by their path", async () => {
    const place = await readRecord(t.handle.db, "place", "place-created");
    expect(place?.missingTranslations).toEqual(expect.arrayContaining(["summary", "partners.0.note"]));
    expect(place?.missingTranslations).not.toContain("name");
  });

  it("knows the place each record belongs to", async () => {
    const home = (await readRecord(t.handle.db, "place", "home-museum"))!.placeId;
    expect(await scopeOfRecord(t.handle.db, "room", "room-created")).toBe(home);
    expect(await scopeOfRecord(t.handle.db, "object", "object-created")).toBe(home);
    expect(await scopeOfRecord(t.handle.db, "person", "jean-moulin")).toBeNull();
    expect(await scopeOfRecord(t.handle.db, "theme", "resistance")).toBeNull();
    expect(await scopeOfRecord(t.handle.db, "room", "no-such-room")).toBeUndefined();
    expect(await scopeOfDocument(t.handle.db, "room", { exhibition: "home-show" })).toBe(home);
    expect(await scopeOfDocument(t.handle.db, "event", { owner: "home-museum" })).toBe(home);
    expect(await scopeOfDocument(t.handle.db, "exhibition", { place: "nowhere" })).toBeNull();
  });
});

describe("listing records", () => {
  it("lists only the records of the given places, filtered by status, words and missing translations", async () => {
    const home = (await readRecord(t.handle.db, "place", "home-museum"))!.placeId!;
    const rooms = await listRecords(t.handle.db, "room", { placeIds: [home], page: 1, pageSize: 50 });
    expect(rooms.items.map((r) => r.slug).sort()).toEqual(["home-room", "room-created"]);
    expect(rooms.total).toBe(2);
    expect(rooms.items[0]).toMatchObject({ placeId: home, placeSlug: "home-museum" });
    const drafts = await listRecords(t.handle.db, "room", { placeIds: "all", status: "draft", page: 1, pageSize: 50 });
    expect(drafts.items.map((r) => r.slug)).toEqual(["room-created"]);
    const found = await listRecords(t.handle.db, "place", { placeIds: "all", q: "MÉMORIAL", page: 1, pageSize: 50 });
    expect(found.items.map((r) => r.slug)).toEqual(["place-created"]);
    const untranslated = await listRecords(t.handle.db, "place", { placeIds: "all", missingTranslations: true, page: 1, pageSize: 50 });
    expect(untranslated.items.map((r) => r.slug)).toEqual(["place-created"]);
    expect(untranslated.items[0]!.missingTranslations).toBeGreaterThanOrEqual(2);
  });

  it("lists the network's records only when every place is allowed, and pages", async () => {
    expect((await listRecords(t.handle.db, "theme", { placeIds: [1, 2], page: 1, pageSize: 50 })).total).toBe(0);
    expect((await listRecords(t.handle.db, "person", { placeIds: "all", page: 1, pageSize: 50 })).items.map((p) => p.slug)).toContain("jean-moulin");
    const page2 = await listRecords(t.handle.db, "place", { placeIds: "all", page: 2, pageSize: 2 });
    expect(page2.total).toBe(3);
    expect(page2.items.map((p) => p.slug)).toEqual(["place-created"]);
  });
});

describe("validating a document", () => {
  const codes = async (kind: RecordKind, input: unknown, editing?: string) => {
    const result = await validateDocument(t.handle.db, kind, input, { editing });
    return result.ok ? [] : result.issues.map((i) => `${i.path.join(".")}:${i.code}`);
  };

  it("names each field the schema refuses", async () => {
    expect(await codes("place", { slug: "Bad Slug", kind: "museum", name: {} })).toEqual(expect.arrayContaining(["slug:invalid_format", "name:custom"]));
  });

  it("refuses references to records that do not exist, or to another place's rooms and exhibitions", async () => {
    const place = documents("refs").place as Record<string, unknown>;
    expect(await codes("place", { ...place, partners: [{ place: "atlantis" }], themes: ["nothing"] }))
      .toEqual(["partners.0.place:unknown_reference", "themes.0:unknown_reference"]);
    const stored = (await readRecord(t.handle.db, "place", "home-museum"))!.document;
    expect(await codes("place", { ...stored, accessibility: [{ feature: "lift", room: "other-room", text: { en: "x" } }] }, "home-museum"))
      .toEqual(["accessibility.0.room:unknown_reference"]);
    expect(await codes("place", { ...stored, accessibility: [{ feature: "lift", room: "home-room", text: { en: "x" } }] }, "home-museum")).toEqual([]);
    expect(await codes("place", { ...stored, admission: [{ covers: "exhibition", exhibition: "other-show", label: { en: "x" }, isFree: true }] }, "home-museum"))
      .toEqual(["admission.0.exhibition:unknown_reference"]);
  });

  it("refuses a taken slug on creation, a changed slug or exhibition on an edit, and a medium slug used elsewhere", async () => {
    expect(await codes("place", { ...(documents("x").place as object), slug: "home-museum" })).toContain("slug:slug_taken");
    // "new" would never open: /content/place/new is the creation form.
    expect(await codes("place", { ...(documents("x").place as object), slug: "new" })).toContain("slug:slug_reserved");
    const room = (await readRecord(t.handle.db, "room", "home-room"))!.document;
    expect(await codes("room", { ...room, slug: "renamed-room" }, "home-room")).toEqual(["slug:slug_locked"]);
    expect(await codes("room", { ...room, exhibition: "other-show" }, "home-room")).toEqual(["exhibition:slug_locked"]);
    expect(await codes("room", { ...room, media: [{ slug: "place-created-photo", kind: "audio", title: { en: "x" } }] }, "home-room"))
      .toEqual(["media.0.slug:slug_taken"]);
    const place = (await readRecord(t.handle.db, "place", "place-created"))!.document;
    expect(await codes("place", place, "place-created")).toEqual([]);
  });

  it("refuses what the tables would refuse: a partner twice, dates in the wrong order, numbers out of range", async () => {
    const stored = (await readRecord(t.handle.db, "place", "home-museum"))!.document;
    expect(await codes("place", { ...stored, partners: [{ place: "other-museum" }, { place: "other-museum" }] }, "home-museum"))
      .toEqual(["partners.1.place:duplicate"]);
    const show = (await readRecord(t.handle.db, "exhibition", "home-show"))!.document;
    expect(await codes("exhibition", { ...show, opensOn: "2025-02-01", closesOn: "2025-01-01" }, "home-show")).toEqual(["closesOn:date_order"]);
    const room = (await readRecord(t.handle.db, "room", "home-room"))!.document;
    expect(await codes("room", { ...room, number: 40000 }, "home-room")).toEqual(["number:too_big"]);
  });
});

describe("the consequences of deleting", () => {
  it("lists what goes with a place: exhibitions, rooms, objects held, and the records it owned", async () => {
    const consequences = await consequencesOfDeleting(t.handle.db, "place", "home-museum");
    const of = (kind: string, effect: string) => consequences.find((c) => c.kind === kind && c.effect === effect);
    expect(of("exhibition", "deleted")).toMatchObject({ count: 2 });
    expect(of("exhibition", "deleted")!.titles).toContainEqual({ en: "Show", fr: "Expo" });
    expect(of("room", "deleted")?.count).toBe(2);
    expect(of("object", "deleted")?.count).toBe(2);
    expect(of("person", "detached")).toMatchObject({ count: 1, titles: [{ en: "Lucie Aubrac", fr: "Lucie Aubrac" }] });
    expect(of("event", "detached")?.count).toBe(1);
    expect(of("media", "deleted")?.count).toBe(2);
  });
});

describe("the default dataset, record by record", () => {
  it("reads every record exactly as the export writes it", async () => {
    const app = await createTestApp();
    try {
      await seedIfEmpty(app.handle);
      const dataset = await exportDataset(app.handle.db);
      const db = app.handle.db;
      const check = async (kind: RecordKind, expected: unknown) => {
        const slug = (expected as { slug: string }).slug;
        expect((await readRecord(db, kind, slug))?.document, `${kind} ${slug}`).toEqual(DOCUMENT_SCHEMAS[kind].parse(expected));
      };
      for (const x of dataset.themes) await check("theme", x);
      for (const x of dataset.places) await check("place", x);
      for (const x of dataset.people) await check("person", x);
      for (const x of dataset.events) await check("event", x);
      for (const x of dataset.objects) await check("object", x);
      for (const { rooms, ...x } of dataset.exhibitions) {
        await check("exhibition", x);
        expect((await readRecord(db, "exhibition", x.slug))?.rooms).toEqual(rooms.map((r) => r.slug));
        for (const r of rooms) await check("room", { ...r, exhibition: x.slug });
      }
    } finally {
      await app.handle.close();
    }
  });
});
