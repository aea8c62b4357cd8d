/** The shipped dataset, loaded once per test file, and small readers for seed-fact tests. */
import { beforeAll } from "vitest";
import { loadDatasetFolder } from "../src/features/dataset/dataset.loader.ts";
import type { Dataset, DatasetEvent, DatasetExhibition, DatasetPlace, DatasetRoom } from "../src/features/dataset/dataset.schemas.ts";

export let data: Dataset;

/** Call at the top of a test file. */
export function loadShippedDataset() {
  beforeAll(async () => {
    data = await loadDatasetFolder("dataset");
  });
}

export function bySlug<T extends { slug: string }>(records: T[], slug: string): T {
  const found = records.find((r) => r.slug === slug);
  if (!found) throw new Error(`no record with slug "${slug}"`);
  return found;
}
export const place = (slug: string): DatasetPlace => bySlug(data.places, slug);
export const event = (slug: string): DatasetEvent => bySlug(data.events, slug);
export const exhibition = (slug: string): DatasetExhibition => bySlug(data.exhibitions, slug);
export const room = (slug: string): DatasetRoom => bySlug(data.exhibitions.flatMap((e) => e.rooms), slug);

/** The English and French of a localized text, failing when either is missing. */
export function both(text: { en?: string; fr?: string } | undefined): { en: string; fr: string } {
  if (!text?.en || !text.fr) throw new Error(`expected a text in en and fr, got ${JSON.stringify(text)}`);
  return { en: text.en, fr: text.fr };
}

/** The figure of a place with that value, failing when there is none. */
export function figure(p: DatasetPlace, value: number | undefined, qualifier: string) {
  const found = p.figures.find((f) => f.value === value && f.qualifier === qualifier);
  if (!found) throw new Error(`${p.slug} has no figure ${qualifier} ${value}; it has ${JSON.stringify(p.figures.map((f) => [f.qualifier, f.value]))}`);
  return found;
}


/** Every string of the dataset, with its path. */
export function strings(value: unknown, path: string, out: { path: string; text: string }[] = []) {
  if (typeof value === "string") out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}
