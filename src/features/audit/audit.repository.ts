/** The audit log's only writer and reader. Entries are inserted, never changed (see schema/audit.ts). */
import type { Queryable } from "../../db/database.ts";
import { auditLog } from "../../db/schema/audit.ts";

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export async function insertAuditEntry(db: Queryable, entry: NewAuditRow): Promise<void> {
  await db.insert(auditLog).values(entry);
}
