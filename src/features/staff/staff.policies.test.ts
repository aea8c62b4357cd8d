import { describe, expect, it } from "vitest";
import type { Actor } from "../../web/app-env.ts";
import { ACTIONS, can, placesWhere } from "./staff.policies.ts";

const actor = (o: Partial<Actor>): Actor => ({
  accountId: 1, email: "a@example.org", name: "A", isAdministrator: false, locale: "en", grants: [], hasTotp: false, ...o,
});
const CAEN = 1;
const LYON = 2;

describe("policies", () => {
  it("let an administrator do everything, for every place and the network", () => {
    const admin = actor({ isAdministrator: true });
    for (const action of ACTIONS) {
      expect(can(admin, action, { placeId: CAEN })).toBe(true);
      expect(can(admin, action, { placeId: null })).toBe(true);
    }
  });

  it("let an editor edit, publish and read drafts of their place only, and nothing of the network", () => {
    const editor = actor({ grants: [{ placeId: CAEN, role: "editor" }] });
    for (const action of ["content.read_draft", "content.create", "content.edit", "content.publish", "content.delete"] as const) {
      expect(can(editor, action, { placeId: CAEN })).toBe(true);
      expect(can(editor, action, { placeId: LYON })).toBe(false);
      expect(can(editor, action, { placeId: null })).toBe(false);
    }
    for (const action of ["comments.moderate", "bookings.manage", "accounts.manage", "audit.read", "dataset.transfer"] as const) {
      expect(can(editor, action, { placeId: CAEN })).toBe(false);
    }
  });

  it("give each role only its own right, place by place", () => {
    const person = actor({ grants: [{ placeId: CAEN, role: "moderator" }, { placeId: LYON, role: "front_desk" }] });
    expect(can(person, "comments.moderate", { placeId: CAEN })).toBe(true);
    expect(can(person, "comments.moderate", { placeId: LYON })).toBe(false);
    expect(can(person, "bookings.manage", { placeId: LYON })).toBe(true);
    expect(can(person, "bookings.manage", { placeId: CAEN })).toBe(false);
    expect(can(person, "content.edit", { placeId: CAEN })).toBe(false);
    expect(placesWhere(person, "bookings.manage")).toEqual([LYON]);
  });

  it("refuse everything to nobody", () => {
    for (const action of ACTIONS) expect(can(undefined, action, { placeId: CAEN })).toBe(false);
  });
});
