/**
 * The audit log's filters, read from the query string of /admin/{lang}/audit. Days are typed as
 * calendar days in Paris (where the staff work) and turned into UTC instants, the way entries are stored.
 */
import { DateTime } from "luxon";

export const STAFF_TIME_ZONE = "Europe/Paris";
export const AUDIT_PAGE_SIZE = 50;

/** Kinds of entry one can ask for together. */
export const OUTCOME_GROUPS = ["sign_ins", "refusals", "changes"] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];

/** The filters as typed (kept to show them back in the form and in paging links). */
export interface AuditFilterInput {
  actor: string;
  action: string;
  kind: string;
  key: string;
  place: string;
  from: string;
  to: string;
  group: string;
}

export const FILTER_FIELDS = ["actor", "action", "kind", "key", "place", "from", "to", "group"] as const satisfies readonly (keyof AuditFilterInput)[];

/** The filters as the repository applies them. */
export interface AuditCriteria {
  actorContains?: string;
  action?: string;
  entityKind?: string;
  entityKey?: string;
  placeId?: number;
  /** Inclusive lower bound (UTC). */
  fromUtc?: Date;
  /** Exclusive upper bound (UTC): the start of the day after "to". */
  untilUtc?: Date;
  group?: OutcomeGroup;
}

/** Which page: entries older than an id, newer than an id, or the newest. */
export type AuditCursor = { older: number } | { newer: number } | { newest: true };

export type FilterProblem = "date" | "range" | "group" | "place";

export interface ParsedFilters {
  input: AuditFilterInput;
  criteria: AuditCriteria;
  cursor: AuditCursor;
  /** Problems by field name. */
  problems: Partial<Record<keyof AuditFilterInput, FilterProblem>>;
}

const dayStart = (text: string) => {
  const day = DateTime.fromISO(text, { zone: STAFF_TIME_ZONE });
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && day.isValid ? day.startOf("day") : undefined;
};

const positiveId = (text: string | undefined) => (text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : undefined);

export function parseAuditFilters(query: Record<string, string | undefined>): ParsedFilters {
  const input = Object.fromEntries(FILTER_FIELDS.map((f) => [f, (query[f] ?? "").trim().slice(0, 200)])) as unknown as AuditFilterInput;
  const problems: ParsedFilters["problems"] = {};
  const criteria: AuditCriteria = {};
  if (input.actor) criteria.actorContains = input.actor.toLowerCase();
  if (input.action) criteria.action = input.action;
  if (input.kind) criteria.entityKind = input.kind;
  if (input.key) criteria.entityKey = input.key;
  if (input.place) {
    const id = positiveId(input.place);
    if (id === undefined) problems.place = "place";
    else criteria.placeId = id;
  }
  if (input.group) {
    if ((OUTCOME_GROUPS as readonly string[]).includes(input.group)) criteria.group = input.group as OutcomeGroup;
    else problems.group = "group";
  }
  const from = input.from ? dayStart(input.from) : undefined;
  const to = input.to ? dayStart(input.to) : undefined;
  if (input.from && !from) problems.from = "date";
  if (input.to && !to) problems.to = "date";
  if (from && to && to < from) problems.to = "range";
  if (from) criteria.fromUtc = from.toUTC().toJSDate();
  if (to) criteria.untilUtc = to.plus({ days: 1 }).toUTC().toJSDate();
  const older = positiveId(query.older);
  const newer = positiveId(query.newer);
  const cursor: AuditCursor = older !== undefined ? { older } : newer !== undefined ? { newer } : { newest: true };
  return { input, criteria, cursor, problems };
}

/** The query string of the same filters (only those given), with an optional cursor. */
export function filterQuery(input: AuditFilterInput, cursor?: { older: number } | { newer: number }): string {
  const params = new URLSearchParams();
  for (const f of FILTER_FIELDS) if (input[f]) params.set(f, input[f]);
  if (cursor && "older" in cursor) params.set("older", String(cursor.older));
  if (cursor && "newer" in cursor) params.set("newer", String(cursor.newer));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** "2026-11-21 08:15:03 UTC": the instant as stored, with its zone written out. */
export const formatUtc = (at: Date) => `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;

/** A user agent cut to what fits in a table cell; the full text goes in a title. */
export const shortUserAgent = (ua: string | null, max = 60) => (ua === null ? "" : ua.length > max ? `${ua.slice(0, max - 1)}…` : ua);
