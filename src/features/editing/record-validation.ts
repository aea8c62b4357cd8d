/**
 * Whether a document may be stored: the dataset schema of its kind, then the rules the database
 * would otherwise enforce with an error (duplicates, ranges), then references against the stored
 * records. Every problem comes back with the path of its field and a stable code.
 */
import type { z } from "zod";
import type { Queryable } from "../../db/database.ts";
import type { ReferenceKind } from "../dataset/dataset-rows.ts";
import { DOCUMENT_SCHEMAS, mediaOf, referencesOf } from "./editing.schemas.ts";
import type { DocumentIssue, RecordDocument, RecordKind } from "./editing.types.ts";
import {
  exhibitionSlugsOfPlace, findRoot, idsOfSlugs, mediaSlugsTakenElsewhere, roomSlugsOfPlace, sectionIdsOfRoom,
} from "./record-lookup.repository.ts";

type Docs = { [K in RecordKind]: RecordDocument<K> };
type Path = (string | number)[];

const INT4_MAX = 2_147_483_647;
const INT2_MAX = 32_767;

/** Rules of the tables that the dataset schema does not state: unique links, integer ranges, date order. */
export function tableRuleIssues(kind: RecordKind, doc: RecordDocument): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const duplicates = (values: string[], path: Path, what: string, field?: string) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v)) issues.push({ path: field === undefined ? [...path, i] : [...path, i, field], code: "duplicate", message: `${what} "${v}" is listed twice`, params: { value: v } });
      seen.add(v);
    });
  };
  const atMost = (value: number | undefined, limit: number, path: Path) => {
    if (value !== undefined && value > limit) issues.push({ path, code: "too_big", message: `must be at most ${limit}`, params: { maximum: limit } });
  };
  mediaOf(doc).forEach((m, i, all) => {
    if (all.findIndex((x) => x.slug === m.slug) < i) issues.push({ path: m.path, code: "duplicate", message: `medium "${m.slug}" is listed twice`, params: { value: m.slug } });
  });
  const media = [...("media" in doc ? doc.media : []), ...("sections" in doc ? doc.sections.flatMap((s) => s.media) : [])];
  mediaOf(doc).forEach((m, i) => atMost(media[i]!.durationSeconds, INT4_MAX, [...m.path.slice(0, -1), "durationSeconds"]));
  switch (kind) {
    case "place": {
      const p = doc as Docs["place"];
      duplicates(p.partners.map((x) => x.place), ["partners"], "partner", "place");
      p.partners.forEach((x, i) => {
        if (x.place === p.slug) issues.push({ path: ["partners", i, "place"], code: "self_reference", message: "a place cannot be its own partner", params: { kind: "place" } });
      });
      p.admission.forEach((a, i) => atMost(a.priceCents, INT4_MAX, ["admission", i, "priceCents"]));
      break;
    }
    case "exhibition": {
      const e = doc as Docs["exhibition"];
      if (e.opensOn !== undefined && e.closesOn !== undefined && e.opensOn > e.closesOn) {
        issues.push({ path: ["closesOn"], code: "date_order", message: "closesOn must not be before opensOn" });
      }
      break;
    }
    case "room": {
      const r = doc as Docs["room"];
      atMost(r.number, INT2_MAX, ["number"]);
      duplicates(r.sections.map((s) => s.key), ["sections"], "section", "key");
      duplicates(r.objects, ["objects"], "object");
      duplicates(r.events, ["events"], "event");
      break;
    }
    case "object": {
      const o = doc as Docs["object"];
      atMost(o.itemCount, INT4_MAX, ["itemCount"]);
      duplicates(o.people.map((x) => x.person), ["people"], "person", "person");
      if (o.partOf === o.slug) issues.push({ path: ["partOf"], code: "self_reference", message: "an object cannot be part of itself", params: { kind: "object" } });
      break;
    }
    case "event":
      duplicates((doc as Docs["event"]).people.map((x) => x.person), ["people"], "person", "person");
      break;
    default:
  }
  return issues;
}

/** Problems with the slug itself: taken by another record on creation, changed on an edit. */
const RESERVED_SLUGS = new Set(["new"]);

async function identityIssues(db: Queryable, kind: RecordKind, doc: RecordDocument, editing: string | undefined): Promise<DocumentIssue[]> {
  if (editing === undefined) {
    // The back office's own addresses use these words after /content/{kind}/.
    if (RESERVED_SLUGS.has(doc.slug)) return [{ path: ["slug"], code: "slug_reserved", message: `"${doc.slug}" is reserved` }];
    return (await findRoot(db, kind, doc.slug))
      ? [{ path: ["slug"], code: "slug_taken", message: `another ${kind} already has the slug "${doc.slug}"` }]
      : [];
  }
  const issues: DocumentIssue[] = [];
  if (doc.slug !== editing) issues.push({ path: ["slug"], code: "slug_locked", message: "the slug of a record cannot change" });
  const stored = await findRoot(db, kind, editing);
  if (kind === "room" && stored) {
    const [current] = [...(await idsOfSlugs(db, { exhibition: [(doc as Docs["room"]).exhibition] })).exhibition.values()];
    if (current !== (stored as { exhibitionId: number }).exhibitionId) {
      issues.push({ path: ["exhibition"], code: "slug_locked", message: "a room stays in the exhibition it was created in" });
    }
  }
  if (kind === "exhibition" && stored) {
    const [current] = [...(await idsOfSlugs(db, { place: [(doc as Docs["exhibition"]).place] })).place.values()];
    if (current !== (stored as { placeId: number }).placeId) {
      issues.push({ path: ["place"], code: "slug_locked", message: "an exhibition stays at the place it was created for" });
    }
  }
  return issues;
}

/** References to records that do not exist, or (admission, accessibility) that belong to another place. */
async function referenceIssues(db: Queryable, kind: RecordKind, doc: RecordDocument, editing: string | undefined): Promise<DocumentIssue[]> {
  const refs = referencesOf(kind, doc);
  const wanted: Partial<Record<ReferenceKind, string[]>> = {};
  for (const r of refs) (wanted[r.kind] ??= []).push(r.slug);
  const found = await idsOfSlugs(db, wanted);
  const issues: DocumentIssue[] = refs.filter((r) => !found[r.kind].has(r.slug))
    .map((r) => ({ path: r.path, code: "unknown_reference", message: `no ${r.kind} has the slug "${r.slug}"`, params: { kind: r.kind, slug: r.slug } }));
  if (kind === "place") {
    const p = doc as Docs["place"];
    const placeId = editing === undefined ? undefined : (await findRoot(db, "place", editing))?.id;
    const exhibitionSlugs = p.admission.flatMap((a) => (a.exhibition === undefined ? [] : [a.exhibition]));
    const roomSlugs = p.accessibility.flatMap((a) => (a.room === undefined ? [] : [a.room]));
    const ownExhibitions = placeId === undefined ? new Set<string>() : await exhibitionSlugsOfPlace(db, placeId, exhibitionSlugs);
    const ownRooms = placeId === undefined ? new Set<string>() : await roomSlugsOfPlace(db, placeId, roomSlugs);
    p.admission.forEach((a, i) => {
      if (a.exhibition !== undefined && found.exhibition.has(a.exhibition) && !ownExhibitions.has(a.exhibition)) {
        issues.push({ path: ["admission", i, "exhibition"], code: "unknown_reference", message: `"${a.exhibition}" is not an exhibition of this place`, params: { kind: "exhibition", slug: a.exhibition, elsewhere: true } });
      }
    });
    p.accessibility.forEach((a, i) => {
      if (a.room !== undefined && found.room.has(a.room) && !ownRooms.has(a.room)) {
        issues.push({ path: ["accessibility", i, "room"], code: "unknown_reference", message: `"${a.room}" is not a room of this place`, params: { kind: "room", slug: a.room, elsewhere: true } });
      }
    });
  }
  return issues;
}

/** Media slugs are unique across the site: those used by another record's media are taken. */
async function mediaIssues(db: Queryable, kind: RecordKind, doc: RecordDocument, editing: string | undefined): Promise<DocumentIssue[]> {
  const list = mediaOf(doc);
  if (list.length === 0) return [];
  const stored = editing === undefined ? undefined : await findRoot(db, kind, editing);
  const own: Parameters<typeof mediaSlugsTakenElsewhere>[2] = [];
  if (stored && kind !== "theme") {
    const column = ({ place: "placeId", exhibition: "exhibitionId", room: "roomId", object: "objectId", person: "personId", event: "eventId" } as const)[kind];
    own.push({ column, ids: [stored.id] });
    if (kind === "room") own.push({ column: "roomSectionId", ids: await sectionIdsOfRoom(db, stored.id) });
  }
  const taken = await mediaSlugsTakenElsewhere(db, list.map((m) => m.slug), own);
  return list.filter((m) => taken.has(m.slug))
    .map((m) => ({ path: m.path, code: "slug_taken", message: `another medium already has the slug "${m.slug}"` }));
}

/** Zod's issues with their parameters; of the value read, only its type is kept (`received`). */
const zodIssues = (error: z.ZodError): DocumentIssue[] =>
  error.issues.map((issue) => {
    const { path, message, code, input, params, ...parameters } = issue as typeof issue & { input?: unknown; params?: Record<string, unknown> };
    const received = code === "invalid_type" ? { received: input === undefined ? "undefined" : typeof input } : {};
    return { path: path.map((p) => (typeof p === "symbol" ? String(p) : p)), message, code, params: { ...parameters, ...received, ...params } };
  });

export type ValidationResult<K extends RecordKind> = { ok: true; doc: RecordDocument<K> } | { ok: false; issues: DocumentIssue[] };

export async function validate<K extends RecordKind>(db: Queryable, kind: K, input: unknown, editing: string | undefined): Promise<ValidationResult<K>> {
  const parsed = DOCUMENT_SCHEMAS[kind].safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const doc = parsed.data as RecordDocument<K>;
  const issues = [
    ...tableRuleIssues(kind, doc),
    ...(await identityIssues(db, kind, doc, editing)),
    ...(await referenceIssues(db, kind, doc, editing)),
    ...(await mediaIssues(db, kind, doc, editing)),
  ];
  return issues.length === 0 ? { ok: true, doc } : { ok: false, issues };
}
