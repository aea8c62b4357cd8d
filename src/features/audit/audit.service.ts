/**
 * Recording what happened in the back office. Call `recordAudit` with the transaction of the change
 * it describes, so the change and its entry are stored together or not at all; refusals and failed
 * sign-ins, which change nothing, are recorded on their own.
 */
import type { Database, Queryable } from "../../db/database.ts";
import type { AuditCriteria, AuditCursor } from "./audit.filters.ts";
import { findAuditEntries, findAuditPage, findAuditVocabulary, insertAuditEntry, type AuditPage, type AuditRow } from "./audit.repository.ts";

export type { AuditRow };

export interface AuditEntry {
  /** e.g. "sign_in", "sign_in_failed", "permission_denied", "place.update", "account.disable". */
  action: string;
  entityKind?: string;
  entityKey?: string;
  placeId?: number | null;
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
  /** Who, when the origin has no acting account (e.g. the address typed in a failed sign-in). */
  actorEmail?: string;
  actorId?: number;
}

/**
 * Where a change comes from, built once per request (web/request-origin.ts) or by the command line
 * (COMMAND_LINE), so a use case records its entry without knowing about HTTP.
 */
export interface AuditOrigin {
  address: string | null;
  userAgent: string | null;
  /** The request's id (not stored: the log has no column for it; kept for logging). */
  requestId?: string;
  /** The signed-in account acting, if any. */
  actor?: { accountId: number; email: string };
  /** The method and path asked for, named in refusals. */
  request?: { method: string; path: string };
}

/** The origin of work done from the command line. */
export const COMMAND_LINE: AuditOrigin = { address: "command line", userAgent: null };

/** What every command takes besides its actor and input: the database, the clock and where it was asked from. */
export interface CommandContext {
  db: Database;
  now: () => Date;
  origin: AuditOrigin;
}

/** Stores one entry from `origin` (its acting account, if any, address and user agent), at `at` (UTC). */
export async function recordAudit(db: Queryable, origin: AuditOrigin, entry: AuditEntry, at: Date): Promise<void> {
  await insertAuditEntry(db, {
    at,
    actorId: entry.actorId ?? origin.actor?.accountId ?? null,
    actorEmail: entry.actorEmail ?? origin.actor?.email ?? null,
    action: entry.action,
    entityKind: entry.entityKind ?? null,
    entityKey: entry.entityKey ?? null,
    placeId: entry.placeId ?? null,
    address: origin.address,
    userAgent: origin.userAgent,
    before: entry.before ?? null,
    after: entry.after ?? null,
    detail: entry.detail ?? null,
  });
}

/** Who last changed a record and when, as the log tells (undefined when it never changed through the back office). */
export async function lastChangeOf(db: Queryable, entityKind: string, entityKey: string): Promise<{ actorEmail: string | null; at: Date } | undefined> {
  const [entry] = await findAuditEntries(db, { entityKind, entityKey, group: "changes" }, 1);
  return entry ? { actorEmail: entry.actorEmail, at: entry.at } : undefined;
}

/** A page of entries matching the filters, newest first (the administrators' log page). */
export const readAuditPage = (db: Queryable, criteria: AuditCriteria, cursor: AuditCursor, size: number): Promise<AuditPage> =>
  findAuditPage(db, criteria, cursor, size);

/** At most `limit` entries matching the filters, newest first (the CSV download). */
export const readAuditEntries = (db: Queryable, criteria: AuditCriteria, limit: number): Promise<AuditRow[]> =>
  findAuditEntries(db, criteria, limit);

/** The actions and entity kinds the log holds, for the filters' choices. */
export const readAuditVocabulary = (db: Queryable): Promise<{ actions: string[]; kinds: string[] }> => findAuditVocabulary(db);
