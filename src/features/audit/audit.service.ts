/**
 * Recording what happened in the back office. Call `recordAudit` with the transaction of the change
 * it describes, so the change and its entry are stored together or not at all; refusals and failed
 * sign-ins, which change nothing, are recorded on their own.
 */
import type { Context } from "hono";
import type { Queryable } from "../../db/database.ts";
import type { AppEnv } from "../../web/app-env.ts";
import { requestOrigin } from "../../web/request-origin.ts";
import { findAuditEntries, insertAuditEntry } from "./audit.repository.ts";

export interface AuditEntry {
  /** e.g. "sign_in", "sign_in_failed", "permission_denied", "place.update", "account.disable". */
  action: string;
  entityKind?: string;
  entityKey?: string;
  placeId?: number | null;
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
  /** Who, when there is no signed-in actor on the request (e.g. the address typed in a failed sign-in). */
  actorEmail?: string;
  actorId?: number;
}

/** Stores one entry for the request `c`: its actor (if any), address and user agent, at the database's now() in UTC. */
export async function recordAudit(db: Queryable, c: Context<AppEnv>, entry: AuditEntry, trustProxy = false): Promise<void> {
  const actor = c.get("actor");
  const origin = requestOrigin(c, trustProxy);
  await insertAuditEntry(db, {
    actorId: entry.actorId ?? actor?.accountId ?? null,
    actorEmail: entry.actorEmail ?? actor?.email ?? null,
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

/** Stores an entry for work done outside a request (the command line). */
export async function recordCommandLineAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await insertAuditEntry(db, {
    actorId: entry.actorId ?? null,
    actorEmail: entry.actorEmail ?? null,
    action: entry.action,
    entityKind: entry.entityKind ?? null,
    entityKey: entry.entityKey ?? null,
    placeId: entry.placeId ?? null,
    address: "command line",
    userAgent: null,
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
