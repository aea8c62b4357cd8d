/** The account commands on their own (no HTTP): only administrators manage accounts, and a refusal changes nothing. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/database.ts";
import { aPlace, storeRecords } from "../../../test/factories.ts";
import { signedInStaff, type SignedIn } from "../../../test/staff.ts";
import type { DatabaseHandle } from "../../db/database.ts";
import { accounts, sessions } from "../../db/schema/accounts.ts";
import { auditLog } from "../../db/schema/audit.ts";
import { places } from "../../db/schema/places.ts";
import type { Actor } from "../../web/app-env.ts";
import type { CommandContext } from "../audit/audit.service.ts";
import { disableAccount, enableAccount } from "./accounts-admin.commands.ts";

let handle: DatabaseHandle;
let target: SignedIn;
let editor: Actor;
const NOW = new Date("2030-03-04T05:06:07.000Z");

beforeAll(async () => {
  handle = await createTestDatabase();
  await storeRecords(handle.db, { places: [aPlace({ slug: "musee-a" })] });
  target = await signedInStaff(handle.db, { grants: [{ place: "musee-a", role: "editor" }] });
  const [place] = await handle.db.select({ id: places.id }).from(places).where(eq(places.slug, "musee-a"));
  editor = { accountId: target.accountId + 1000, email: "editor@example.org", name: "Editor", isAdministrator: false, locale: "en", grants: [{ placeId: place!.id, role: "editor" }], hasTotp: false };
});
afterAll(() => handle.close());

const ctx = (actor: Actor): CommandContext => ({
  db: handle.db, now: () => NOW, origin: { address: "198.51.100.4", userAgent: null, actor: { accountId: actor.accountId, email: actor.email } },
});

describe("account commands", () => {
  it("refuse a member of staff who is not an administrator: the account stays as it was, and the refusal is recorded", async () => {
    await expect(disableAccount(editor, { id: target.accountId }, ctx(editor))).rejects.toMatchObject({ status: 403 });
    const [account] = await handle.db.select().from(accounts).where(eq(accounts.id, target.accountId));
    expect(account!.disabledAt).toBeNull();
    expect(await handle.db.$count(sessions, eq(sessions.accountId, target.accountId))).toBe(1);
    const logged = await handle.db.select().from(auditLog);
    expect(logged.map((e) => e.action)).toEqual(["permission_denied"]);
    expect(logged[0]).toMatchObject({ actorEmail: "editor@example.org", entityKind: "account", entityKey: String(target.accountId), address: "198.51.100.4", detail: { attempted: "accounts.manage" } });
    expect(logged[0]!.at.toISOString()).toBe(NOW.toISOString());
  });

  it("let an administrator disable and enable again, each change with its entry at the command's time", async () => {
    const admin: Actor = { ...editor, accountId: 1, email: "admin@example.org", isAdministrator: true, grants: [] };
    await expect(disableAccount(admin, { id: target.accountId }, ctx(admin))).resolves.toEqual({ kind: "disabled" });
    expect(await handle.db.$count(sessions, eq(sessions.accountId, target.accountId))).toBe(0);
    await enableAccount(admin, { id: target.accountId }, ctx(admin));
    const [account] = await handle.db.select().from(accounts).where(eq(accounts.id, target.accountId));
    expect(account!.disabledAt).toBeNull();
    const changes = (await handle.db.select().from(auditLog).orderBy(auditLog.id)).slice(1);
    expect(changes.map((e) => [e.action, e.actorEmail, e.at.toISOString()])).toEqual([
      ["account.disable", "admin@example.org", NOW.toISOString()],
      ["account.enable", "admin@example.org", NOW.toISOString()],
    ]);
  });
});
