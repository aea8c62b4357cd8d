import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { parseCsv } from "../../../test/csv.ts";
import { anObject, aPlace, storeRecords } from "../../../test/factories.ts";
import { visibleText } from "../../../test/page-html.ts";
import { getAs, postMultipartAs, signedInStaff, type SignedIn } from "../../../test/staff.ts";
import { roleGrants } from "../../db/schema/accounts.ts";
import { auditLog } from "../../db/schema/audit.ts";
import { places } from "../../db/schema/places.ts";
import { COLLECTION_CSV_COLUMNS } from "./collection-csv.ts";
import { countContent } from "./dataset.admin.repository.ts";
import { exportDataset } from "./dataset.service.ts";

let t: TestApp;
let admin: SignedIn;
let editor: SignedIn;
const NOW = new Date("2026-11-21T08:15:00Z");

beforeAll(async () => {
  t = await createTestApp(() => NOW);
  await storeRecords(t.handle.db, {
    places: [aPlace({ slug: "musee-a", name: { en: "Museum A", fr: "Musée A" } }), aPlace({ slug: "musee-b" })],
    objects: [
      anObject("musee-a", { slug: "affiche", title: { en: "Poster", fr: "Affiche de l'insurrection, août 1944" } }),
      anObject("musee-b", { slug: "piege", title: { en: "=HYPERLINK(\"http://evil.example\")", fr: "Piège" } }),
    ],
  });
  admin = await signedInStaff(t.handle.db, { isAdministrator: true }, NOW);
  editor = await signedInStaff(t.handle.db, { grants: [{ place: "musee-a", role: "editor" }, { place: "musee-b", role: "moderator" }] }, NOW);
});
afterAll(() => t.handle.close());

const db = () => t.handle.db;
const lastAudit = async (action: string) => (await db().select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).limit(1))[0];
const jsonFile = (value: unknown, name = "data.json") => new File([typeof value === "string" ? value : JSON.stringify(value)], name, { type: "application/json" });
const rolesOf = async (accountId: number) =>
  (await db().select({ slug: places.slug, role: roleGrants.role }).from(roleGrants).innerJoin(places, eq(places.id, roleGrants.placeId))
    .where(eq(roleGrants.accountId, accountId))).map((r) => `${r.slug}:${r.role}`).sort();

describe("the import and export page", () => {
  it("says plainly that an import replaces everything, with the current counts", async () => {
    const res = await getAs(t.app, admin, "/admin/en/data");
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = visibleText(html);
    expect(text).toContain("Importing REPLACES ALL CONTENT");
    expect(text).toContain("2 institutions");
    expect(text).toContain("2 objects");
    expect(html).toMatch(/<form method="post" action="\/admin\/en\/data\/import" enctype="multipart\/form-data"[^>]*><input type="hidden" name="_csrf"/);
    expect(html).toContain('accept="application/json,.json"');
  });
});

describe("export", () => {
  it("the JSON download is exportDataset, as an attachment named by the day, audited", async () => {
    const res = await getAs(t.app, admin, "/admin/en/data/export.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="remembrance-2026-11-21.json"');
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(JSON.parse(await res.text())).toEqual(JSON.parse(JSON.stringify(await exportDataset(db()))));
    expect(await lastAudit("dataset.export")).toMatchObject({ actorId: admin.accountId, detail: { format: "json" } });
  });

  it("the CSV has a header and one row per object, French titles, and formulas made inert", async () => {
    const res = await getAs(t.app, admin, "/admin/fr/data/collection.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual([...COLLECTION_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const col = (name: string) => COLLECTION_CSV_COLUMNS.indexOf(name as never);
    const bySlug = new Map(rows.slice(1).map((r) => [r[col("slug")], r]));
    expect(bySlug.get("affiche")![col("title_fr")]).toBe("Affiche de l'insurrection, août 1944");
    expect(bySlug.get("affiche")![col("holder_name_fr")]).toBe("Musée A");
    expect(bySlug.get("piege")![col("title_en")]).toBe("'=HYPERLINK(\"http://evil.example\")");
    expect(await lastAudit("dataset.export")).toMatchObject({ detail: { format: "csv", objects: 2 } });
  });
});

describe("import", () => {
  it("a file with errors lists every problem and changes nothing", async () => {
    const before = await countContent(db());
    const broken = {
      places: [{ slug: "Bad Slug", kind: "castle", name: {} }, { slug: "ok-place", kind: "museum", name: { en: "OK" } }],
      objects: [{ slug: "orphan", holder: "nowhere", type: "object", title: { en: "Orphan" } }],
    };
    const res = await postMultipartAs(t.app, admin, "/admin/en/data/import", { file: jsonFile(broken, "broken.json"), confirm: "replace" });
    expect(res.status).toBe(400);
    const html = await res.text();
    const text = visibleText(html);
    expect(text).toMatch(/The file has \d+ problems\. Nothing was changed\./);
    for (const path of ["places.0.slug", "places.0.kind", "places.0.name"]) expect(html).toContain(`<code>${path}</code>`);
    expect(await countContent(db())).toEqual(before);
  });

  it("a file with reference errors lists them all, and caps a long list at 200 with the total", async () => {
    const before = await countContent(db());
    const objects = Array.from({ length: 250 }, (_, i) => ({ slug: `o-${i}`, holder: "nowhere", type: "object", title: { en: `O ${i}` } }));
    const res = await postMultipartAs(t.app, admin, "/admin/en/data/import", { file: jsonFile({ objects }), confirm: "replace" });
    expect(res.status).toBe(400);
    const text = visibleText(await res.text());
    expect(text).toContain("The file has 250 problems. Nothing was changed.");
    expect(text).toContain("The first 200 of 250 are listed.");
    expect(await countContent(db())).toEqual(before);
  });

  it("refuses text that is not JSON, a missing file and a missing confirmation, beside the fields", async () => {
    const notJson = await postMultipartAs(t.app, admin, "/admin/fr/data/import", { file: jsonFile("{ not json", "x.json"), confirm: "replace" });
    expect(notJson.status).toBe(400);
    expect(visibleText(await notJson.text())).toContain("Le fichier comporte 1 problème. Rien n'a été modifié.");
    const nothing = await postMultipartAs(t.app, admin, "/admin/en/data/import", { file: new File([], ""), confirm: "" });
    expect(nothing.status).toBe(400);
    const html = await nothing.text();
    expect(visibleText(html)).toContain("Choose the JSON file to import.");
    expect(visibleText(html)).toContain("Tick the box to confirm that the import replaces all content.");
    expect(html).toContain('href="#import-confirm"');
    const unconfirmed = await postMultipartAs(t.app, admin, "/admin/en/data/import", { file: jsonFile(await exportDataset(db())) });
    expect(unconfirmed.status).toBe(400);
  });

  it("refuses a file over 20 MB", async () => {
    const big = new File([new Uint8Array(20 * 1024 * 1024 + 1)], "big.json", { type: "application/json" });
    const res = await postMultipartAs(t.app, admin, "/admin/en/data/import", { file: big, confirm: "replace" });
    expect(res.status).toBe(413);
    expect(visibleText(await res.text())).toContain("The file is larger than 20 MB. Nothing was imported.");
  });

  it("is refused without the form's CSRF token", async () => {
    const before = await countContent(db());
    const res = await postMultipartAs(t.app, admin, "/admin/en/data/import", { file: jsonFile({}), confirm: "replace" }, "forged");
    expect(res.status).toBe(403);
    expect(await countContent(db())).toEqual(before);
  });

  it("a good file replaces content, keeps roles of places still there, and is audited", async () => {
    const dataset = await exportDataset(db());
    const next = {
      ...dataset,
      places: [...dataset.places.filter((p) => p.slug !== "musee-b"), { ...dataset.places[0]!, slug: "musee-c", name: { en: "Museum C" } }],
      objects: dataset.objects.filter((o) => o.holder !== "musee-b"),
    };
    const text = JSON.stringify(next);
    const res = await postMultipartAs(t.app, admin, "/admin/en/data/import", { file: jsonFile(text, "next.json"), confirm: "replace" });
    expect(res.status).toBe(200);
    const page = visibleText(await res.text());
    expect(page).toContain("The content of next.json replaced everything.");
    expect(page).toContain("1 staff role was kept.");
    expect(await countContent(db())).toMatchObject({ places: 2, objects: 1 });
    expect((await exportDataset(db())).places.map((p) => p.slug).sort()).toEqual(["musee-a", "musee-c"]);
    expect(await rolesOf(editor.accountId)).toEqual(["musee-a:editor"]);
    const entry = await lastAudit("dataset.import");
    expect(entry).toMatchObject({
      actorId: admin.accountId, entityKind: "dataset", entityKey: "next.json",
      detail: { file: "next.json", sha256: createHash("sha256").update(text).digest("hex"), rolesKept: 1, rolesDropped: ["musee-b:moderator"], counts: { places: 2 } },
    });
  });
});

describe("only administrators", () => {
  it("every data route answers 403 to an editor, the refusal is audited, and nothing changes", async () => {
    const before = await countContent(db());
    for (const path of ["/admin/en/data", "/admin/en/data/export.json", "/admin/fr/data/collection.csv"]) {
      expect([path, (await getAs(t.app, editor, path)).status]).toEqual([path, 403]);
    }
    expect((await postMultipartAs(t.app, editor, "/admin/en/data/import", { file: jsonFile({}), confirm: "replace" })).status).toBe(403);
    expect(await countContent(db())).toEqual(before);
    const refusals = await db().select().from(auditLog).where(eq(auditLog.actorId, editor.accountId));
    expect(refusals).toHaveLength(4);
    expect(refusals.every((r) => r.action === "permission_denied" && (r.detail as { attempted: string }).attempted === "dataset.transfer")).toBe(true);
  });
});
