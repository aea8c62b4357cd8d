/**
 * What an edit form offers to pick from: the editor's own places (holder, owner, an exhibition's
 * place), and the published records (plus the editor's own) it may refer to. Only what a kind's
 * form uses is read; objects are typed by identifier, never listed (a collection can be huge).
 */
import type { Queryable } from "../../db/database.ts";
import type { LocalizedText } from "../../lib/locales.ts";
import type { Choice } from "../../web/admin/forms/form-types.ts";
import type { Actor } from "../../web/app-env.ts";
import { placesWhere } from "../staff/staff.policies.ts";
import { noChoices, type FormChoices } from "./editing.form-fields.ts";
import { listRecords } from "./editing.service.ts";
import type { RecordKind, RecordSummary } from "./editing.types.ts";

const MANY = 1000;

/** A record as a choice: its title in each language (falling back to the other, then the slug). */
export function choiceOf(r: { slug: string; title: LocalizedText }): Choice {
  return { value: r.slug, label: { en: r.title.en ?? r.title.fr ?? r.slug, fr: r.title.fr ?? r.title.en ?? r.slug } };
}

const merge = (...lists: RecordSummary[][]): Choice[] => {
  const bySlug = new Map<string, Choice>();
  for (const r of lists.flat()) bySlug.set(r.slug, choiceOf(r));
  return [...bySlug.values()].sort((a, b) => a.label.en.localeCompare(b.label.en));
};

/** Published records of `kind` and those of the places the actor edits. */
async function visible(db: Queryable, actor: Actor, kind: RecordKind, placeIds?: number[]): Promise<RecordSummary[]> {
  const own = placesWhere(actor, "content.edit");
  if (placeIds) return (await listRecords(db, kind, { placeIds, page: 1, pageSize: MANY })).items;
  if (own === "all") return (await listRecords(db, kind, { placeIds: "all", page: 1, pageSize: MANY })).items;
  const [published, mine] = await Promise.all([
    listRecords(db, kind, { placeIds: "all", status: "published", page: 1, pageSize: MANY }),
    own.length > 0 ? listRecords(db, kind, { placeIds: own, page: 1, pageSize: MANY }) : { items: [] },
  ]);
  return [...published.items, ...mine.items];
}

/** The places where the actor may create records. */
export async function ownPlaces(db: Queryable, actor: Actor): Promise<RecordSummary[]> {
  const ids = placesWhere(actor, "content.create");
  if (ids !== "all" && ids.length === 0) return [];
  return (await listRecords(db, "place", { placeIds: ids, page: 1, pageSize: MANY })).items;
}

/** The choices of the form of `kind`; `placeId` is the place the record belongs to (for its rooms and exhibitions). */
export async function formChoicesFor(db: Queryable, actor: Actor, kind: RecordKind, placeId: number | null): Promise<FormChoices> {
  const choices = noChoices();
  const needs = (...kinds: RecordKind[]) => kinds.includes(kind);
  const [own, places, themes, people, events, exhibitions, rooms] = await Promise.all([
    needs("exhibition", "object", "person", "event") ? ownPlaces(db, actor) : [],
    needs("place", "object", "person", "event") ? visible(db, actor, "place") : [],
    needs("place", "exhibition", "room", "object", "event") ? visible(db, actor, "theme") : [],
    needs("object", "event") ? visible(db, actor, "person") : [],
    needs("object", "room") ? visible(db, actor, "event") : [],
    needs("place") && placeId !== null ? visible(db, actor, "exhibition", [placeId]) : [],
    needs("place") && placeId !== null ? visible(db, actor, "room", [placeId]) : [],
  ]);
  choices.ownPlaces = merge(own);
  choices.places = merge(places);
  choices.themes = merge(themes);
  choices.people = merge(people);
  choices.events = merge(events);
  choices.exhibitions = merge(exhibitions);
  choices.rooms = merge(rooms);
  return choices;
}
