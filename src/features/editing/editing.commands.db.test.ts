/** The editing commands on their own (no HTTP): the policy is theirs, and a change and its audit entry are stored together or not at all. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/database.ts";
import { anExhibition, aPlace, storeRecords } from "../../../test/factories.ts";
import type { DatabaseHandle } from "../../db/database.ts";
import { auditLog } from "../../db/schema/audit.ts";
import { places } from "../../db/schema/places.ts";
import { AppError } from "../../lib/errors.ts";
import type { Actor } from "../../web/app-env.ts";
import type { AuditOrigin, CommandContext } from "../audit/audit.service.ts";
import { editRecord, moveRoom } from "./editing.commands.ts";
import { readRecord } from "./editing.service.ts";

let handle: DatabaseHandle;
let ownPlace: number;
beforeAll(async () => {
  handle = await createTestDatabase();
  await storeRecords(handle.db, {
    places: [aPlace({ slug: "own-museum" }), aPlace({ slug: "other-museum" })],
    exhibitions: [anExhibition("other-museum", { slug: "other-show" })],
  });
  const [row] = await handle.db.select({ id: places.id }).from(places).where(eq(places.slug, "own-museum"));
  ownPlace = row!.id;
});
afterAll(() => handle.close());

const editorOf = (placeId: number): Actor => ({
  accountId: 4242, email: "editor@example.org", name: "Editor", isAdministrator: false, locale: "en", grants: [{ placeId, role: "editor" }], hasTotp: false,
});
const admin: Actor = { accountId: 1, email: "admin@example.org", name: "Admin", isAdministrator: true, locale: "en", grants: [], hasTotp: false };
const origin = (actor: Actor): AuditOrigin => ({
  address: "192.0.2.7", userAgent: "test agent", actor: { accountId: actor.accountId, email: actor.email }, request: { method: "POST", path: "/admin/en/content/exhibition/other-show" },
});
const ctx = (actor: Actor, now: () => Date = () => new Date()): CommandContext => ({ db: handle.db, now, origin: origin(actor) });
const entries = () => handle.db.select().from(auditLog).orderBy(auditLog.id);
const summaryOf = async () => (await readRecord(handle.db, "exhibition", "other-show"))!;

describe("editing commands", () => {
  it("refuse an editor of another place: nothing is written, and the refusal is recorded with where it came from", async () => {
    const before = await summaryOf();
    const logged = (await entries()).length;
    const doc = { ...before.document, summary: { en: "Not yours to change" } };
    const editor = editorOf(ownPlace);
    const refusal = await editRecord(editor, { kind: "exhibition", slug: "other-show", doc, version: before.version }, ctx(editor)).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).status).toBe(403);
    const after = await summaryOf();
    expect(after.version).toBe(before.version);
    expect(after.document).toEqual(before.document);
    const added = (await entries()).slice(logged);
    expect(added.map((e) => e.action)).toEqual(["permission_denied"]);
    expect(added[0]).toMatchObject({
      actorEmail: "editor@example.org", entityKind: "exhibition", entityKey: "other-show", address: "192.0.2.7", userAgent: "test agent",
      detail: { attempted: "content.edit", method: "POST", path: "/admin/en/content/exhibition/other-show" },
    });
  });

  it("store the change and its entry at the command's time, from the command's origin", async () => {
    const before = await summaryOf();
    const at = new Date("2031-05-08T09:10:11.000Z");
    const doc = { ...before.document, summary: { en: "Changed by the administrator" } };
    await editRecord(admin, { kind: "exhibition", slug: "other-show", doc, version: before.version }, ctx(admin, () => at));
    expect((await summaryOf()).version).toBe(before.version + 1);
    const last = (await entries()).at(-1)!;
    expect(last).toMatchObject({ action: "exhibition.update", actorId: 1, actorEmail: "admin@example.org", entityKey: "other-show", address: "192.0.2.7" });
    expect(last.at.toISOString()).toBe(at.toISOString());
  });

  it("write nothing when the audit entry cannot be stored: the change and its entry are all or nothing", async () => {
    const before = await summaryOf();
    const logged = (await entries()).length;
    const doc = { ...before.document, summary: { en: "Never stored" } };
    // A clock that cannot be written makes the entry's insert fail after the record was rewritten.
    await expect(editRecord(admin, { kind: "exhibition", slug: "other-show", doc, version: before.version }, ctx(admin, () => new Date(Number.NaN)))).rejects.toThrow();
    const after = await summaryOf();
    expect(after.version).toBe(before.version);
    expect(after.document).toEqual(before.document);
    expect((await entries()).length).toBe(logged);
  });

  it("refuse moving a room for an editor of another place before reading the move", async () => {
    const before = await summaryOf();
    const editor = editorOf(ownPlace);
    await expect(moveRoom(editor, { exhibition: "other-show", move: { room: "x", direction: "up" }, version: before.version }, ctx(editor))).rejects.toMatchObject({ status: 403 });
    expect((await summaryOf()).version).toBe(before.version);
  });
});
