/** The audit log's only writer and reader. Entries are inserted, never changed (see schema/audit.ts). */
import { and, asc, desc, eq, gt, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { auditLog } from "../../db/schema/audit.ts";
import type { AuditCriteria, AuditCursor, OutcomeGroup } from "./audit.filters.ts";

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export async function insertAuditEntry(db: Queryable, entry: NewAuditRow): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/** `%` and `_` typed in a filter are searched for as themselves. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * Which actions each outcome group holds. Sign-ins: "sign_in", "sign_in_failed", "sign_out"...;
 * refusals: permission refusals and anything failed or refused; changes: actions named after a
 * record ("place.update", "account.disable"), except downloads (".export").
 */
const GROUP_CONDITIONS: Record<OutcomeGroup, () => SQL | undefined> = {
  sign_ins: () => or(sql`${auditLog.action} like 'sign\\_in%'`, sql`${auditLog.action} like 'sign\\_out%'`, sql`${auditLog.action} like 'second\\_factor%'`),
  refusals: () => or(eq(auditLog.action, "permission_denied"), sql`${auditLog.action} like '%\\_failed'`, sql`${auditLog.action} like '%\\_refused'`, sql`${auditLog.action} like '%\\_denied'`),
  changes: () => and(sql`${auditLog.action} like '%.%'`, sql`${auditLog.action} not like '%.export%'`),
};

function conditionsOf(c: AuditCriteria): SQL[] {
  const where: (SQL | undefined)[] = [];
  if (c.actorContains) where.push(ilike(auditLog.actorEmail, `%${likeEscaped(c.actorContains)}%`));
  if (c.action) where.push(eq(auditLog.action, c.action));
  if (c.entityKind) where.push(eq(auditLog.entityKind, c.entityKind));
  if (c.entityKey) where.push(eq(auditLog.entityKey, c.entityKey));
  if (c.placeId !== undefined) where.push(eq(auditLog.placeId, c.placeId));
  if (c.fromUtc) where.push(gte(auditLog.at, c.fromUtc));
  if (c.untilUtc) where.push(lt(auditLog.at, c.untilUtc));
  if (c.group) where.push(GROUP_CONDITIONS[c.group]());
  return where.filter((w): w is SQL => w !== undefined);
}

export interface AuditPage {
  /** Newest first. */
  entries: AuditRow[];
  /** Entries newer than the first one shown exist (an id to page from), or not. */
  newerFrom?: number;
  olderFrom?: number;
}

/** One page of matching entries, newest first, `size` at most, with whether newer and older ones exist. */
export async function findAuditPage(db: Queryable, criteria: AuditCriteria, cursor: AuditCursor, size: number): Promise<AuditPage> {
  const where = conditionsOf(criteria);
  const fetch = (extra: SQL | undefined, order: "asc" | "desc") => db.select().from(auditLog)
    .where(and(...where, extra)).orderBy(order === "asc" ? asc(auditLog.id) : desc(auditLog.id)).limit(size + 1);
  let rows: AuditRow[];
  let moreBeyond: boolean;
  if ("newer" in cursor) {
    const found = await fetch(gt(auditLog.id, cursor.newer), "asc");
    moreBeyond = found.length > size;
    rows = found.slice(0, size).reverse();
  } else {
    const found = await fetch("older" in cursor ? lt(auditLog.id, cursor.older) : undefined, "desc");
    moreBeyond = found.length > size;
    rows = found.slice(0, size);
  }
  const first = rows[0]?.id;
  const last = rows.at(-1)?.id;
  const exists = async (extra: SQL) => (await db.select({ id: auditLog.id }).from(auditLog).where(and(...where, extra)).limit(1)).length > 0;
  const page: AuditPage = { entries: rows };
  if (first !== undefined && last !== undefined) {
    const hasNewer = "newer" in cursor ? moreBeyond : "older" in cursor ? await exists(gt(auditLog.id, first)) : false;
    const hasOlder = "newer" in cursor ? await exists(lt(auditLog.id, last)) : moreBeyond;
    if (hasNewer) page.newerFrom = first;
    if (hasOlder) page.olderFrom = last;
  }
  return page;
}

/** Every matching entry, newest first, up to `limit` (for the CSV download). */
export function findAuditEntries(db: Queryable, criteria: AuditCriteria, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(and(...conditionsOf(criteria))).orderBy(desc(auditLog.id)).limit(limit);
}

/** The actions and record kinds present in the log, for the filter form's lists. */
export async function findAuditVocabulary(db: Queryable): Promise<{ actions: string[]; kinds: string[] }> {
  const [actions, kinds] = await Promise.all([
    db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(auditLog.action),
    db.selectDistinct({ value: auditLog.entityKind }).from(auditLog).where(sql`${auditLog.entityKind} is not null`).orderBy(auditLog.entityKind),
  ]);
  return { actions: actions.map((r) => r.value), kinds: kinds.map((r) => r.value!) };
}

