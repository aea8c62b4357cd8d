/**
 * Test records built as dataset fragments and stored with the same writer the seed uses. Each
 * factory fills what a record needs; tests override only what they assert on.
 */
import type { Queryable } from "../src/db/database.ts";
import { insertDataset } from "../src/features/dataset/dataset-writer.repository.ts";
import { datasetSchema, type Dataset } from "../src/features/dataset/dataset.schemas.ts";
import type { z } from "zod";

type Input = z.input<typeof datasetSchema>;
type Item<K extends keyof Input> = NonNullable<Input[K]>[number];

let counter = 0;
const next = (prefix: string) => `${prefix}-${++counter}`;

export const aTheme = (o: Partial<Item<"themes">> = {}): Item<"themes"> => {
  const slug = o.slug ?? next("theme");
  return { slug, name: { en: `Theme ${slug}`, fr: `Thème ${slug}` }, ...o };
};

export const aPlace = (o: Partial<Item<"places">> = {}): Item<"places"> => {
  const slug = o.slug ?? next("place");
  return { slug, kind: "museum", name: { en: `Museum ${slug}`, fr: `Musée ${slug}` }, address: { city: "Paris" }, ...o };
};

export const anExhibition = (place: string, o: Partial<Item<"exhibitions">> = {}): Item<"exhibitions"> => {
  const slug = o.slug ?? next("exhibition");
  return { slug, place, kind: "permanent", title: { en: `Exhibition ${slug}`, fr: `Exposition ${slug}` }, ...o };
};

export const aPerson = (o: Partial<Item<"people">> = {}): Item<"people"> => {
  const slug = o.slug ?? next("person");
  return { slug, name: `Person ${slug}`, ...o };
};

export const anEvent = (o: Partial<Item<"events">> = {}): Item<"events"> => {
  const slug = o.slug ?? next("event");
  return { slug, kind: "other", title: { en: `Event ${slug}`, fr: `Événement ${slug}` }, date: "1944", ...o };
};

export const anObject = (holder: string, o: Partial<Item<"objects">> = {}): Item<"objects"> => {
  const slug = o.slug ?? next("object");
  return { slug, holder, type: "object", title: { en: `Object ${slug}`, fr: `Objet ${slug}` }, ...o };
};

type RoomInput = NonNullable<Item<"exhibitions">["rooms"]>[number];

/** A room, to put in an exhibition's `rooms` (rooms are stored through their exhibition). */
export const aRoom = (o: Partial<RoomInput> = {}): RoomInput => {
  const slug = o.slug ?? next("room");
  return { slug, title: { en: `Room ${slug}`, fr: `Salle ${slug}` }, ...o };
};

/** Validates a fragment like a real dataset (defaults filled) and stores it. */
export async function storeRecords(db: Queryable, fragment: Partial<Input>): Promise<Dataset> {
  const dataset = datasetSchema.parse(fragment);
  await insertDataset(db, dataset, "test", "test");
  return dataset;
}
