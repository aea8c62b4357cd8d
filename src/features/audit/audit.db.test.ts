import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { parseCsv } from "../../../test/csv.ts";
import { aPlace, storeRecords } from "../../../test/factories.ts";
import { visibleText } from "../../../test/page-html.ts";
import { getAs, postFormAs, signedInStaff, type SignedIn } from "../../../test/staff.ts";
import { auditLog } from "../../db/schema/audit.ts";
import { places } from "../../db/schema/places.ts";
import { insertAuditEntry, type NewAuditRow } from "./audit.repository.ts";

let t: TestApp;
let admin: SignedIn;
let placeId: number;
const NOW = new Date("2026-11-21T12:00:00Z");

const entry = (o: Partial<NewAuditRow> & { action: string; at: Date }): NewAuditRow => ({ actorEmail: "someone@example.org", ...o });

beforeAll(async () => {
  t = await createTestApp(() => NOW);
  await storeRecords(t.handle.db, { places: [aPlace({ slug: "musee-a", name: { en: "Museum A", fr: "Musée A" } })] });
  placeId = (await t.handle.db.select({ id: places.id }).from(places).where(eq(places.slug, "musee-a")))[0]!.id;
  admin = await signedInStaff(t.handle.db, { isAdministrator: true, email: "ada@example.org" }, NOW);
  const db = t.handle.db;
  // 20 Nov 2026 in Paris is 19 Nov 23:00 UTC to 20 Nov 23:00 UTC.
  await insertAuditEntry(db, entry({ action: "sign_in", actorEmail: "claire@musee.fr", at: new Date("2026-11-19T22:30:00Z"), entityKind: "account", entityKey: "claire@musee.fr", userAgent: `Mozilla/5.0 ${"x".repeat(200)}`, address: "203.0.113.9" }));
  await insertAuditEntry(db, entry({ action: "sign_in_failed", actorEmail: "claire@musee.fr", at: new Date("2026-11-19T23:30:00Z"), entityKind: "account", entityKey: "claire@musee.fr" }));
  await insertAuditEntry(db, entry({
    action: "place.update", actorEmail: "claire@musee.fr", at: new Date("2026-11-20T08:15:03Z"), entityKind: "place", entityKey: "musee-a", placeId,
    before: { name: { en: "Museum A", fr: "Musée" }, city: "Paris", version: 1 }, after: { name: { en: "Museum A", fr: "Le musée" }, city: "Paris", version: 2 },
  }));
  await insertAuditEntry(db, entry({ action: "permission_denied", actorEmail: "bob@example.org", at: new Date("2026-11-20T22:59:59Z"), entityKind: "place", entityKey: "musee-a", placeId, detail: { attempted: "content.edit" } }));
  await insertAuditEntry(db, entry({ action: "theme.create", actorEmail: "ada@example.org", at: new Date("2026-11-20T23:00:00Z"), entityKind: "theme", entityKey: "resistance", after: { name: { en: "Resistance" } } }));
});
afterAll(() => t.handle.close());

const shownIds = (html: string) => [...html.matchAll(/<tr id="entry-(\d+)"/g)].map((m) => Number(m[1]));
const keysShown = async (query: string) => {
  const res = await getAs(t.app, admin, `/admin/en/audit${query}`);
  expect(res.status).toBe(200);
  const html = await res.text();
  const ids = shownIds(html);
  const rows = await t.handle.db.select({ id: auditLog.id, action: auditLog.action }).from(auditLog);
  return ids.map((id) => rows.find((r) => r.id === id)!.action);
};

describe("the audit log cannot be changed", () => {
  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    const db = t.handle.db;
    const before = await db.$count(auditLog);
    await expect(db.execute(sql`update audit_log set action = 'nothing'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect(await db.$count(auditLog)).toBe(before);
    expect(await db.$count(auditLog, eq(auditLog.action, "nothing"))).toBe(0);
  });

  it("offers no route to change an entry", async () => {
    for (const path of ["/admin/en/audit", "/admin/en/audit/1", "/admin/en/audit/1/delete"]) {
      expect([path, (await postFormAs(t.app, admin, path, { action: "nothing" })).status]).toEqual([path, 404]);
    }
  });
});

describe("browsing", () => {
  it("shows entries newest first with UTC times, where from, and a readable diff", async () => {
    const res = await getAs(t.app, admin, "/admin/en/audit");
    const html = await res.text();
    expect(await keysShown("")).toEqual(["theme.create", "permission_denied", "place.update", "sign_in_failed", "sign_in"]);
    const text = visibleText(html);
    expect(text).toContain("2026-11-20 08:15:03 UTC");
    expect(text).toContain("name.fr : Musée → Le musée");
    expect(text).toContain("version : 1 → 2");
    expect(text).not.toContain("city:");
    expect(html).toContain("<details>");
    expect(text).toContain("203.0.113.9");
    expect(html).toContain(`title="Mozilla/5.0 ${"x".repeat(200)}"`);
    expect(text).not.toContain("x".repeat(100));
    expect(text).toContain("Museum A");
  });

  it("filters by actor, action, kind, key, place, Paris days and outcome group", async () => {
    expect(await keysShown("?actor=CLAIRE")).toEqual(["place.update", "sign_in_failed", "sign_in"]);
    expect(await keysShown("?action=sign_in")).toEqual(["sign_in"]);
    expect(await keysShown("?kind=place")).toEqual(["permission_denied", "place.update"]);
    expect(await keysShown("?key=resistance")).toEqual(["theme.create"]);
    expect(await keysShown(`?place=${placeId}`)).toEqual(["permission_denied", "place.update"]);
    expect(await keysShown("?from=2026-11-20&to=2026-11-20")).toEqual(["permission_denied", "place.update", "sign_in_failed"]);
    expect(await keysShown("?group=sign_ins")).toEqual(["sign_in_failed", "sign_in"]);
    expect(await keysShown("?group=refusals")).toEqual(["permission_denied", "sign_in_failed"]);
    expect(await keysShown("?group=changes")).toEqual(["theme.create", "place.update"]);
    expect(await keysShown("?actor=nobody-at-all")).toEqual([]);
  });

  it("offers the actions present in the log", async () => {
    const html = await (await getAs(t.app, admin, "/admin/en/audit")).text();
    expect(html).toContain('<option value="place.update">');
    expect(html).not.toContain('<option value="account.delete">');
  });

  it("answers a bad date with the form and the problem beside the field", async () => {
    const res = await getAs(t.app, admin, "/admin/fr/audit?from=2026-13-01");
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(visibleText(html)).toContain("Écrivez un jour sous la forme AAAA-MM-JJ");
    expect(html).toContain('href="#filter-from"');
    expect(html).toMatch(/id="filter-from"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="filter-from"/);
  });

  it("pages 50 at a time with older and newer links", async () => {
    const t2 = await createTestApp();
    try {
      const boss = await signedInStaff(t2.handle.db, { isAdministrator: true });
      for (let i = 1; i <= 120; i++) await insertAuditEntry(t2.handle.db, entry({ action: "place.update", entityKey: `p-${i}`, at: new Date(Date.UTC(2026, 0, 1, 0, i)) }));
      const page = async (path: string) => {
        const html = await (await getAs(t2.app, boss, path)).text();
        const link = (rel: string) => new RegExp(`href="([^"]+)" rel="${rel}"`).exec(html)?.[1]?.replace(/&amp;/g, "&");
        return { ids: shownIds(html), older: link("next"), newer: link("prev") };
      };
      const first = await page("/admin/en/audit?action=place.update");
      expect(first.ids).toHaveLength(50);
      expect(first.newer).toBeUndefined();
      expect(first.older).toContain("action=place.update");
      const second = await page(first.older!);
      expect(second.ids).toHaveLength(50);
      expect(Math.max(...second.ids)).toBeLessThan(Math.min(...first.ids));
      const third = await page(second.older!);
      expect(third.ids).toHaveLength(20);
      expect(third.older).toBeUndefined();
      const back = await page(third.newer!);
      expect(back.ids).toEqual(second.ids);
      expect((await page(back.newer!)).ids).toEqual(first.ids);
    } finally {
      await t2.handle.close();
    }
  });

  it("downloads the filtered entries as CSV", async () => {
    const res = await getAs(t.app, admin, "/admin/en/audit/entries.csv?actor=claire");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="remembrance-audit-2026-11-21\.csv"/);
    const rows = parseCsv(await res.text());
    expect(rows[0]!.slice(0, 5)).toEqual(["id", "at_utc", "actor_email", "actor_id", "action"]);
    expect(rows.slice(1).map((r) => r[4])).toEqual(["place.update", "sign_in_failed", "sign_in"]);
    expect(rows[1]![1]).toBe("2026-11-20 08:15:03 UTC");
  });
});

describe("only administrators", () => {
  it("an editor gets 403 on the log and its CSV, and the refusal is audited", async () => {
    const editor = await signedInStaff(t.handle.db, { grants: [{ place: "musee-a", role: "editor" }] }, NOW);
    for (const path of ["/admin/en/audit", "/admin/fr/audit/entries.csv"]) expect([path, (await getAs(t.app, editor, path)).status]).toEqual([path, 403]);
    const refusals = await t.handle.db.select().from(auditLog).where(eq(auditLog.actorId, editor.accountId));
    expect(refusals.map((r) => [r.action, (r.detail as { attempted: string }).attempted])).toEqual([["permission_denied", "audit.read"], ["permission_denied", "audit.read"]]);
  });
});
