/**
 * Who may do what, declared once. Administrators may do everything. Every other right comes from a
 * role held for one place and reaches only records of that place; records of the whole network
 * (themes, people and events no place keeps, accounts, the audit log, whole-dataset transfers)
 * are the administrators' alone. Checked before every read of unpublished content and every write.
 */
import type { Actor, PlaceRole } from "../../web/app-env.ts";

export const ACTIONS = [
  "content.read_draft", "content.create", "content.edit", "content.publish", "content.delete",
  "comments.moderate", "bookings.manage",
  "accounts.manage", "audit.read", "dataset.transfer",
] as const;
export type Action = (typeof ACTIONS)[number];

/** The place a record belongs to; `null` for the network's own records. */
export interface Scope {
  placeId: number | null;
}

/** For each action, the place roles that grant it; an empty list means administrators only. */
export const POLICIES: Record<Action, readonly PlaceRole[]> = {
  "content.read_draft": ["editor"],
  "content.create": ["editor"],
  "content.edit": ["editor"],
  "content.publish": ["editor"],
  "content.delete": ["editor"],
  "comments.moderate": ["moderator"],
  "bookings.manage": ["front_desk"],
  "accounts.manage": [],
  "audit.read": [],
  "dataset.transfer": [],
};

export function can(actor: Actor | undefined, action: Action, scope: Scope = { placeId: null }): boolean {
  if (actor === undefined) return false;
  if (actor.isAdministrator) return true;
  if (scope.placeId === null) return false;
  const roles = POLICIES[action];
  return actor.grants.some((g) => g.placeId === scope.placeId && roles.includes(g.role));
}

/** The places where `actor` holds a role granting `action` ("all" for administrators). */
export function placesWhere(actor: Actor, action: Action): "all" | number[] {
  if (actor.isAdministrator) return "all";
  const roles = POLICIES[action];
  return [...new Set(actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.placeId))];
}
