import { bigint, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Who did what, when (UTC), from where, with values before and after. Rows are only ever inserted:
 * triggers (migration 0006) refuse UPDATE, DELETE and TRUNCATE. No foreign keys, so deleting a
 * place or an account can never alter what the log says about them.
 */
export const auditLog = pgTable("audit_log", {
  id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  actorId: integer(),
  /** The actor's e-mail at the time (or the address typed in a failed sign-in). */
  actorEmail: text(),
  /** e.g. "sign_in", "sign_in_failed", "permission_denied", "place.update", "account.disable". */
  action: text().notNull(),
  /** "place", "exhibition", "room", "object", "person", "event", "theme", "account", "dataset"... */
  entityKind: text(),
  /** The record's slug (or an account's e-mail). */
  entityKey: text(),
  /** The place the record belongs to, when it belongs to one (for filtering by institution). */
  placeId: integer(),
  address: text(),
  userAgent: text(),
  before: jsonb(),
  after: jsonb(),
  detail: jsonb(),
}, (t) => [
  index().on(t.at),
  index().on(t.actorId, t.at),
  index().on(t.action, t.at),
  index().on(t.entityKind, t.entityKey),
]);
