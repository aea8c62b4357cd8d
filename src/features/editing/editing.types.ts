/**
 * The contract between the record store (editing.service.ts and the *-records.repository.ts files)
 * and the back office pages that edit content. A record is edited as its dataset document
 * (features/dataset/dataset.schemas.ts): the same shape the YAML, the export and the import use, so
 * one schema validates all of them. Nested records edited on their own are left out of their
 * parent's document: an exhibition's rooms are rooms of their own (the exhibition orders them).
 */
import type { z } from "zod";
import type { LocalizedText } from "../../lib/locales.ts";
import type {
  collectionObjectSchema, eventSchema, exhibitionSchema, personSchema, placeSchema, roomSchema, themeSchema,
} from "../dataset/dataset.schemas.ts";

export const RECORD_KINDS = ["place", "exhibition", "room", "object", "person", "event", "theme"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type PublicationStatus = "draft" | "published";

/** The document of each kind, as validated (output of the dataset schemas). */
export interface RecordDocuments {
  place: z.infer<typeof placeSchema>;
  exhibition: Omit<z.infer<typeof exhibitionSchema>, "rooms">;
  /** A room names the exhibition it belongs to (fixed once created). */
  room: z.infer<typeof roomSchema> & { exhibition: string };
  object: z.infer<typeof collectionObjectSchema>;
  person: z.infer<typeof personSchema>;
  event: z.infer<typeof eventSchema>;
  theme: z.infer<typeof themeSchema>;
}
export type RecordDocument<K extends RecordKind = RecordKind> = RecordDocuments[K];

/** One record as stored, with what the back office needs around its document. */
export interface StoredRecord<K extends RecordKind = RecordKind> {
  kind: K;
  slug: string;
  status: PublicationStatus;
  /** Optimistic concurrency: the version the editor opened; every save increments it. */
  version: number;
  updatedAt: Date;
  /** The place the record belongs to (policies scope on it); null for the network's records. */
  placeId: number | null;
  document: RecordDocument<K>;
  /** Dotted paths of texts given in one language only, e.g. "summary" or "highlights.0.text". */
  missingTranslations: string[];
  /** For an exhibition only: the slugs of its rooms in visiting order (rooms are records of their own). */
  rooms?: string[];
}

/** A line of a list of records. */
export interface RecordSummary {
  kind: RecordKind;
  slug: string;
  title: LocalizedText;
  status: PublicationStatus;
  version: number;
  updatedAt: Date;
  placeId: number | null;
  /** The slug of the place it belongs to, if any. */
  placeSlug: string | null;
  /** How many texts lack a language. */
  missingTranslations: number;
}

/** One problem with a document: the path of the field (as in Zod issues) and an English message. */
export interface DocumentIssue {
  path: (string | number)[];
  message: string;
  /** A stable code the pages translate, e.g. "too_small", "unknown_reference", "slug_taken". */
  code: string;
  /** What the pages need to word it: Zod's parameters (`minimum`, `origin`...), a rule's `code`, the slug referred to. */
  params?: Record<string, unknown>;
}

export class DocumentInvalidError extends Error {
  constructor(readonly issues: DocumentIssue[]) {
    super(`${issues.length} problem(s) in the document`);
  }
}

/** The record cannot be deleted: bookings are held on its visits (they are never deleted with it). Nothing was written. */
export class DeletionRefusedError extends Error {
  constructor(readonly bookings: number) {
    super(`The place cannot be deleted: its visits hold ${bookings} booking(s).`);
  }
}

/** The record changed since the editor opened it (or was deleted): nothing was written. */
export class VersionConflictError extends Error {
  constructor(readonly current: StoredRecord | undefined) {
    super("The record changed since it was opened.");
  }
}

/**
 * What deleting a record also deletes or detaches, e.g. { kind: "exhibition", count: 2, titles: [...] },
 * or what stops it from being deleted ("blocks": the bookings held on a place's visits).
 */
export interface DeletionConsequence {
  kind: RecordKind | "media" | "accessibility" | "admission" | "link" | "visit" | "booking";
  effect: "deleted" | "detached" | "blocks";
  count: number;
  titles: LocalizedText[];
}
