/**
 * Editors working at the same time on PostgreSQL (many connections): publishing, unpublishing and
 * rewording records that hang off each other. Whatever the interleaving, once they are done the index
 * is exactly what rebuilding it from the content gives. (PGlite has one connection: nothing interleaves.)
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/database.ts";
import { aPlace, aRoom, anExhibition, anObject, storeRecords } from "../../../test/factories.ts";
import { rowsOf, type DatabaseHandle } from "../../db/database.ts";
import { readRecord, setStatus, updateRecord } from "../editing/editing.service.ts";
import { VersionConflictError } from "../editing/editing.types.ts";

const EDITORS = 4;
const EDITS_EACH = 25;
const OBJECTS = 300;
const WORDS = ["zeppelin", "biplane", "glider", "balloon", "airship", "rotor"];
type Kind = "place" | "exhibition" | "object";
const RECORDS: [Kind, string][] = [
  ["place", "field"], ["place", "field"], ["exhibition", "skies"], ["object", "wing-1"], ["object", "wing-2"], ["object", "wing-3"],
];

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await storeRecords(handle.db, {
    places: [aPlace({ slug: "field" })],
    exhibitions: [anExhibition("field", { slug: "skies", rooms: [aRoom({ slug: "runway" })] })],
    // Many objects: publishing the place rebuilds them all, long enough for other editors to commit meanwhile.
    objects: Array.from({ length: OBJECTS }, (_, n) => anObject("field", { slug: `wing-${n + 1}` })),
  });
});
afterAll(() => handle?.close());

/** A small seeded generator, so a failure can be replayed. */
function generator(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

async function oneEdit(random: (n: number) => number): Promise<void> {
  const [kind, slug] = RECORDS[random(RECORDS.length)]!;
  const current = await readRecord(handle.db, kind, slug);
  if (!current) return;
  try {
    await handle.db.transaction(async (tx) => {
      if (random(2) === 0) {
        await setStatus(tx, kind, slug, current.status === "published" ? "draft" : "published", current.version);
      } else {
        const word = WORDS[random(WORDS.length)]!;
        const doc = { ...(current.document as object), title: { en: `${word} ${slug}`, fr: `${word} ${slug}` } } as never;
        await updateRecord(tx, kind, slug, kind === "place" ? { ...(doc as object), name: { en: `${word} field`, fr: `${word} champ` } } as never : doc, current.version, new Date());
      }
    });
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error; // another editor saved first: like a 409, nothing written
  }
}

const SNAPSHOT = sql.raw(`select kind, record_id, slug, place_id, title, body, theme_ids, tsv::text, tsv_names::text, tsv_prefix::text
  from search_documents order by kind, record_id`);
const NAMES = sql.raw(`select kind, record_id, place_id, theme_ids, boost, tsv_names::text, tsv_prefix::text from search_names order by kind, record_id`);

describe.skipIf(!process.env.TEST_DATABASE_URL)("search index under concurrent editors (PostgreSQL)", () => {
  it(`after ${EDITORS} editors × ${EDITS_EACH} overlapping edits, the index equals a rebuild from the content`, async () => {
    await Promise.all(Array.from({ length: EDITORS }, async (_, i) => {
      const random = generator(i + 1);
      for (let n = 0; n < EDITS_EACH; n++) await oneEdit(random);
    }));
    const live = rowsOf(await handle.db.execute(SNAPSHOT));
    const liveNames = rowsOf(await handle.db.execute(NAMES));
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`delete from search_documents`));
      await tx.execute(sql.raw(`delete from search_names`));
      await tx.execute(sql.raw(`insert into search_dirty (kind, record_id) select 'place', id from places union all select 'exhibition', id from exhibitions
        union all select 'room', id from rooms union all select 'object', id from collection_objects`));
      await tx.execute(sql.raw(`insert into search_pending (txid) values (txid_current()::text)`));
    });
    expect(live).toEqual(rowsOf(await handle.db.execute(SNAPSHOT)));
    expect(liveNames).toEqual(rowsOf(await handle.db.execute(NAMES)));
  });
});
