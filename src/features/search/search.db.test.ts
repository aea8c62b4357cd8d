/**
 * The search API on records of its own: filters, paging, hostile input, and the index following every
 * edit, publication and unpublication (on PGlite, and on PostgreSQL with TEST_DATABASE_URL).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, aPlace, aRoom, aTheme, aVisit, anEvent, anExhibition, anObject, storeRecords } from "../../../test/factories.ts";
import { rowsOf } from "../../db/database.ts";
import { readRecord, setStatus, updateRecord } from "../editing/editing.service.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(() => new Date("2026-11-24T08:00:00Z"));
  await storeRecords(t.handle.db, {
    themes: [aTheme({ slug: "aviation", name: { en: "Aviation", fr: "Aviation" } })],
    places: [
      aPlace({
        slug: "hangar", kind: "museum", name: { en: "Hangar of the Free Air Force", fr: "Hangar des Forces aériennes libres" },
        address: { city: "Lyon" }, themes: ["aviation"],
        openingHours: [{ days: ["tue", "wed", "thu", "fri", "sat", "sun"], opens: "10:00", closes: "18:00" }],
        openingExceptions: [{ startsOn: "2026-12-25", endsOn: "2026-12-25", closed: true }],
        admission: [{ covers: "whole_site", label: { en: "Entry", fr: "Entrée" }, isFree: true }],
        audience: [{ audience: "children", text: { en: "For children", fr: "Pour les enfants" } }],
        visits: [aVisit({ slug: "cockpit" })],
      }),
      aPlace({
        slug: "bunker", kind: "memorial", name: { en: "Bunker of the Atlantic Wall", fr: "Bunker du mur de l'Atlantique" },
        address: { city: "Caen" },
        openingHours: [{ days: ["mon"], opens: "09:00", closes: "12:00" }],
        admission: [{ covers: "whole_site", label: { en: "Entry", fr: "Entrée" }, isFree: false, priceCents: 900 }],
        audience: [{ audience: "adults", text: { en: "For adults", fr: "Pour les adultes" } }],
      }),
    ],
    people: [aPerson({ slug: "aviator", name: "Hélène Boucher", aliases: [{ name: "The Flying Queen", kind: "title" }] })],
    events: [anEvent({ slug: "first-flight", title: { en: "First flight over Lyon", fr: "Premier vol au-dessus de Lyon" }, location: { name: { en: "The hangar", fr: "Le hangar" }, place: "hangar" } })],
    exhibitions: [anExhibition("hangar", { slug: "wings", title: { en: "Wings of freedom", fr: "Les ailes de la liberté" }, rooms: [aRoom({ slug: "hall" })] })],
    objects: [
      ...Array.from({ length: 7 }, (_, i) => anObject("hangar", {
        slug: `propeller-${i + 1}`, title: { en: `Propeller number ${i + 1}`, fr: `Hélice numéro ${i + 1}` },
        summary: { en: "A wooden propeller of a fighter plane.", fr: "Une hélice en bois d'avion de chasse." }, themes: ["aviation"],
      })),
      anObject("bunker", { slug: "canopy", title: { en: "Cockpit cover", fr: "Verrière" }, summary: { en: `Canopy <script>alert("x")</script> & glass.`, fr: "Verrière." } }),
      anObject("bunker", { slug: "periscope", title: { en: "Periscope of the bunker", fr: "Périscope du bunker" }, summary: { en: "Seen from the propeller room.", fr: "Vu de la salle des hélices." } }),
    ],
  });
});
afterAll(() => t.handle.close());

const search = async (query: string) => {
  const { status, body } = await t.getJson(`/api/search?${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
};
const slugsOf = (body: any) => body.results.map((r: any) => r.slug);

describe("GET /api/search", () => {
  it("finds words in either language, without accents, stemmed, names first, with a highlighted snippet", async () => {
    const fr = await search("q=helice&lang=fr");
    expect(fr.total).toBe(8);
    expect(fr.results[0].nameMatch).toBe(true);
    expect(slugsOf(fr)).toContain("periscope");
    expect(fr.results.findIndex((r: any) => r.slug === "periscope")).toBe(fr.results.length - 1);
    const en = await search("q=propellers&lang=en&pageSize=3");
    expect(en.results[0].snippetHtml).toContain("<mark>propeller</mark>");
    expect(en.results[0].place).toEqual({ slug: "hangar", name: "Hangar of the Free Air Force" });
    expect(en.results[0].path).toMatch(/^\/en\/objects\/propeller-\d$/);
  });

  it("finds a person by an alias, and a misspelt word by the closest known one", async () => {
    expect(slugsOf(await search("q=flying+queen"))).toEqual(["aviator"]);
    const typo = await search("q=periscop&lang=en");
    expect(slugsOf(typo)).toEqual(["periscope"]);
    const misspelt = await search("q=perriscope");
    expect(misspelt.corrections).toEqual([{ word: "perriscope", closest: expect.arrayContaining(["periscope"]) }]);
    expect(slugsOf(misspelt)).toEqual(["periscope"]);
  });

  it("pages through the ranked results without repeating or losing one", async () => {
    const all = slugsOf(await search("q=propeller&pageSize=20"));
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(...slugsOf(await search(`q=propeller&pageSize=3&page=${page}`)));
    expect(pages).toEqual(all);
    expect((await search("q=propeller&pageSize=3")).pages).toBe(3);
  });

  it("counts matches by kind and filters by kind", async () => {
    const body = await search("q=lyon");
    expect(body.kinds).toEqual([{ kind: "place", count: 1 }, { kind: "event", count: 1 }]);
    expect(slugsOf(await search("q=lyon&kind=event"))).toEqual(["first-flight"]);
    expect(slugsOf(await search("q=lyon&kind=place,event")).sort()).toEqual(["first-flight", "hangar"]);
  });

  it("filters by the place's kind, city, admission, audience, opening date, bookable visits and theme", async () => {
    const places = async (filter: string) => slugsOf(await search(`kind=place&${filter}`)).sort();
    expect(await places("placeKind=memorial")).toEqual(["bunker"]);
    expect(await places("city=lyon")).toEqual(["hangar"]);
    expect(await places("free=true")).toEqual(["hangar"]);
    expect(await places("age=8")).toEqual(["hangar"]);
    expect(await places("age=30")).toEqual(["bunker"]);
    expect(await places("openOn=2026-11-30")).toEqual(["bunker"]);
    expect(await places("openOn=2026-12-24")).toEqual(["hangar"]);
    expect(await places("openOn=2026-12-25")).toEqual([]);
    expect(await places("bookable=true")).toEqual(["hangar"]);
    expect(await places("theme=aviation")).toEqual(["hangar"]);
    // A place filter keeps what is at such places: the objects of the free museum, not the bunker's.
    expect(slugsOf(await search("q=propeller&free=true"))).not.toContain("periscope");
    expect((await search("q=")).options.cities.map((c: any) => c.value)).toEqual(expect.arrayContaining(["Caen", "Lyon"]));
  });

  it("answers empty, one-letter, stop-word, long and hostile queries sensibly, never with a 500", async () => {
    expect((await search("q=")).total).toBeGreaterThan(0);
    expect((await search("q=a")).notice).toBe("too_short");
    expect((await search("q=the")).notice).toBe("no_words");
    const hostile = [`"`, `')) or 1=1 --`, `(((`, `a & | ! <-> :*`, `propeller:*`, `\\`, `%_`, `😀 propeller`, `<script>alert(1)</script>`, `'; drop table places; --`];
    for (const q of hostile) {
      const { status, body } = await t.getJson(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(JSON.stringify(body.results), q).not.toContain("<script>");
    }
    const canopy = await search("q=canopy");
    // Tags in a text are never sent as markup: only <mark> is.
    expect(canopy.results[0].snippetHtml).toMatch(/^<mark>Canopy<\/mark>\s+alert\(&quot;x&quot;\)\s+&amp; glass$/);
    const long = await t.getJson(`/api/search?q=${"propeller ".repeat(21)}`);
    expect(long.status).toBe(400);
    expect(long.body.fields.q).toMatch(/at most 200 characters/);
    const bad = await t.getJson("/api/search?age=old&openOn=2026-13-45&kind=ships");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(["age", "kind", "openOn"]);
  });
});

describe("GET /api/search/suggest", () => {
  it("suggests names that begin with what was typed, accents or not", async () => {
    const { body } = await t.getJson("/api/search/suggest?q=helene+bou&lang=fr");
    expect(body.suggestions).toEqual([{ kind: "person", slug: "aviator", title: "Hélène Boucher", path: "/fr/people/aviator" }]);
    expect((await t.getJson("/api/search/suggest?q=x")).body.suggestions).toEqual([]);
  });
});

describe("the index follows the content", () => {
  const found = async (q: string) => slugsOf(await search(`q=${encodeURIComponent(q)}&pageSize=50`));
  const edit = async (kind: "place" | "object" | "exhibition", slug: string, change: (doc: any) => any) => {
    const current = (await readRecord(t.handle.db, kind, slug))!;
    await t.handle.db.transaction((tx) => updateRecord(tx, kind, slug, change(structuredClone(current.document)) as never, current.version, new Date()));
  };
  const publish = async (kind: "place" | "object" | "exhibition", slug: string, status: "draft" | "published") => {
    const current = (await readRecord(t.handle.db, kind, slug))!;
    await t.handle.db.transaction((tx) => setStatus(tx, kind, slug, status, current.version));
  };

  it("finds an edited text by its new words only, as soon as the edit is saved", async () => {
    expect(await found("zeppelin")).toEqual([]);
    await edit("object", "propeller-1", (doc) => ({ ...doc, title: { en: "Zeppelin propeller", fr: "Hélice de zeppelin" } }));
    expect(await found("zeppelin")).toEqual(["propeller-1"]);
    expect(await found("propeller number 1")).not.toContain("propeller-1");
  });

  it("drops unpublished records, and what hangs off an unpublished place, and brings them back when published", async () => {
    await publish("object", "propeller-2", "draft");
    expect(await found("propeller")).not.toContain("propeller-2");
    await publish("place", "hangar", "draft");
    expect(await found("propeller")).toEqual(["periscope"]); // the bunker's periscope, "seen from the propeller room"

    expect(await found("wings")).toEqual([]);
    expect(await found("hall")).toEqual([]);
    expect(await found("first flight")).toEqual(["first-flight"]); // events stand on their own
    await publish("place", "hangar", "published");
    expect((await found("propeller")).sort()).toEqual(["periscope", "propeller-1", "propeller-3", "propeller-4", "propeller-5", "propeller-6", "propeller-7"]);
    expect(await found("wings")).toEqual(["wings"]);
    await publish("object", "propeller-2", "published");
    expect(await found("propeller")).toContain("propeller-2");
  });

  it("follows an exhibition's unpublication to its rooms, and a deleted record out of the index", async () => {
    await publish("exhibition", "wings", "draft");
    expect(await found("room hall")).toEqual([]);
    await publish("exhibition", "wings", "published");
    expect(await found("room hall")).toEqual(["hall"]);
    await t.handle.db.execute(sql.raw(`delete from collection_objects where slug = 'periscope'`));
    expect(await found("periscope")).toEqual([]);
  });

  it("keeps the index identical to a rebuild from scratch after all these changes", async () => {
    const snapshot = `select kind, record_id, slug, place_id, title, body, theme_ids, boost, tsv::text, tsv_names::text, tsv_prefix::text
      from search_documents order by kind, record_id`;
    const names = `select kind, record_id, place_id, theme_ids, boost, tsv_names::text, tsv_prefix::text from search_names order by kind, record_id`;
    const before = rowsOf(await t.handle.db.execute(sql.raw(snapshot)));
    const namesBefore = rowsOf(await t.handle.db.execute(sql.raw(names)));
    expect(namesBefore.length).toBe(before.length);
    await t.handle.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`delete from search_documents`));
      await tx.execute(sql.raw(`delete from search_names`));
      await tx.execute(sql.raw(`insert into search_dirty (kind, record_id) select 'place', id from places union all select 'exhibition', id from exhibitions
        union all select 'room', id from rooms union all select 'object', id from collection_objects union all select 'person', id from people
        union all select 'event', id from events union all select 'visit', id from booking_offers`));
      await tx.execute(sql.raw(`insert into search_pending (txid) values (txid_current()::text)`));
    });
    expect(rowsOf(await t.handle.db.execute(sql.raw(snapshot)))).toEqual(before);
    expect(rowsOf(await t.handle.db.execute(sql.raw(names)))).toEqual(namesBefore);
  });
});

