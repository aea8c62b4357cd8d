/** The content editing pages as editors use them: create, edit in both languages, preview, publish, conflicts, refusals, deletion. */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, aRoom, anExhibition, anObject, storeRecords } from "../../../test/factories.ts";
import { asFields, fieldsOfFormPostingTo } from "../../../test/form-fields.ts";
import { visibleText } from "../../../test/page-html.ts";
import { getAs, postFormAs, signedInStaff, type SignedIn } from "../../../test/staff.ts";
import { auditLog } from "../../db/schema/audit.ts";

let t: TestApp;
let editorA: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    places: [aPlace({ slug: "place-a" }), aPlace({ slug: "place-b" }), aPlace({ slug: "place-c", status: "draft" })],
    exhibitions: [
      anExhibition("place-b", { slug: "b-draft", status: "draft" }),
      anExhibition("place-a", { slug: "a-rooms", rooms: [aRoom({ slug: "room-one" }), aRoom({ slug: "room-two" })] }),
      anExhibition("place-c", { slug: "c-show", title: { en: "The C show", fr: "L'expo C" }, rooms: [aRoom(), aRoom()] }),
    ],
    objects: [anObject("place-c"), anObject("place-c", { title: { en: "Helmet" } })],
  });
  editorA = await signedInStaff(t.handle.db, { name: "Alice", grants: [{ place: "place-a", role: "editor" }] });
  admin = await signedInStaff(t.handle.db, { isAdministrator: true });
});
afterAll(() => t.handle.close());

const text = async (res: Response) => visibleText(await res.text());

/** The edit page's form fields, changed by `changes` (an empty string clears a field). */
async function editFields(who: SignedIn, path: string, changes: Record<string, string> = {}) {
  const res = await getAs(t.app, who, path);
  expect(res.status).toBe(200);
  const fields = fieldsOfFormPostingTo(await res.text(), path);
  for (const [name, value] of Object.entries(changes)) fields.set(name, value);
  return asFields(fields);
}

describe("an editor's exhibition, from draft to the public site", () => {
  const edit = "/admin/en/content/exhibition/liberation-days";

  it("is created as a draft in the editor's place", async () => {
    const form = await getAs(t.app, editorA, "/admin/en/content/exhibition/new");
    expect(form.status).toBe(200);
    expect(form.headers.get("cache-control")).toBe("no-store");
    const res = await postFormAs(t.app, editorA, "/admin/en/content/exhibition/new", {
      slug: "liberation-days", place: "place-a", kind: "temporary", "title.en": "Liberation days", "title.fr": "Jours de libération",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${edit}?flash=created`);
    const page = await text(await getAs(t.app, editorA, res.headers.get("location")!));
    expect(page).toContain("Created as a draft.");
    expect(page).toContain("Draft");
  });

  it("saves English and French titles, previews the draft, publishes it, and the public page shows each change at once", async () => {
    const saved = await postFormAs(t.app, editorA, edit, await editFields(editorA, edit, { "title.en": "Days of liberation", "title.fr": "Les jours de la Libération" }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`${edit}?flash=saved`);

    expect((await t.app.request("/fr/exhibitions/liberation-days")).status).toBe(404);
    const preview = await getAs(t.app, editorA, "/admin/fr/content/exhibition/liberation-days/preview");
    expect(preview.status).toBe(200);
    expect(preview.headers.get("x-robots-tag")).toContain("noindex");
    const previewHtml = await preview.text();
    expect(previewHtml).toMatch(/<body[^>]*><div class="preview-banner" role="note">/);
    expect(visibleText(previewHtml)).toContain("Aperçu — non publié");
    expect(visibleText(previewHtml)).toContain("Les jours de la Libération");
    expect((await t.app.request("/fr/exhibitions/liberation-days")).status).toBe(404);

    const version = (await editFields(editorA, edit))._version as string[];
    const published = await postFormAs(t.app, editorA, `${edit}/publish`, { _version: version });
    expect(published.status).toBe(303);
    expect(await text(await t.app.request("/fr/exhibitions/liberation-days"))).toContain("Les jours de la Libération");

    await postFormAs(t.app, editorA, edit, await editFields(editorA, edit, { "title.fr": "La Libération, jour après jour" }));
    const again = await text(await t.app.request("/fr/exhibitions/liberation-days"));
    expect(again).toContain("La Libération, jour après jour");
    expect(again).not.toContain("Les jours de la Libération");
  });

  it("records each change in the audit log with the values before and after", async () => {
    const rows = await t.handle.db.select().from(auditLog)
      .where(and(eq(auditLog.entityKind, "exhibition"), eq(auditLog.entityKey, "liberation-days"), eq(auditLog.action, "exhibition.update")));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const first = rows[0]!;
    expect(first.actorEmail).toBe(editorA.email);
    expect((first.before as any).title).toEqual({ en: "Liberation days", fr: "Jours de libération" });
    expect((first.after as any).title).toEqual({ en: "Days of liberation", fr: "Les jours de la Libération" });
    const [created] = await t.handle.db.select().from(auditLog).where(and(eq(auditLog.action, "exhibition.create"), eq(auditLog.entityKey, "liberation-days")));
    expect(created?.before).toBeNull();
  });

  it("shows validation errors beside the fields in French, keeping what was typed, and saves nothing", async () => {
    const path = "/admin/fr/content/exhibition/liberation-days";
    const fields = await editFields(editorA, path, { "title.en": "", "title.fr": "", "summary.fr": "Un résumé tapé", opensOn: "25/08/1944" });
    const res = await postFormAs(t.app, editorA, path, fields);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toMatch(/<span class="error" id="exhibition-form-title-error">Ce champ est obligatoire.<\/span>/);
    expect(html).toContain('<a href="#exhibition-form-title-en">Titre\u00a0: Ce champ est obligatoire.</a>');
    expect(html).toMatch(/id="exhibition-form-opensOn"[^>]*aria-invalid="true"/);
    expect(visibleText(html)).toContain("Saisissez une date écrite AAAA-MM-JJ");
    expect(html).toContain("Un résumé tapé");
    expect(await text(await t.app.request("/fr/exhibitions/liberation-days"))).toContain("La Libération, jour après jour");
  });

  it("refuses the second of two saves from the same version (409), keeping the first one and the second's typed values", async () => {
    const first = await editFields(editorA, edit, { "title.en": "First editor's title" });
    const second = await editFields(editorA, edit, { "title.en": "Second editor's title" });
    expect((await postFormAs(t.app, editorA, edit, first)).status).toBe(303);
    const res = await postFormAs(t.app, editorA, edit, second);
    expect(res.status).toBe(409);
    const page = await text(res);
    expect(page).toContain("Someone else saved this record since you opened it");
    expect(page).toContain(`by ${editorA.email} at`);
    expect(page).toContain("Your changes are not saved.");
    expect(page).toContain("Second editor's title");
    expect(page).toContain("First editor's title");
    expect(await text(await getAs(t.app, editorA, edit))).not.toContain("Second editor's title");
    const stale = await postFormAs(t.app, editorA, `${edit}/unpublish`, { _version: "1" });
    expect(stale.status).toBe(409);
    expect(await text(stale)).toContain("nothing was done");
    expect((await t.app.request("/en/exhibitions/liberation-days")).status).toBe(200);
  });

  it("adds and removes list rows without saving (no JavaScript)", async () => {
    const fields = await editFields(editorA, edit);
    const res = await postFormAs(t.app, editorA, edit, { ...fields, _action: "add:media" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('name="media.0.slug"');
    expect(html).toContain('value="remove:media.0"');
  });
});

describe("rooms of an exhibition", () => {
  it("moves a room down and the exhibition page lists them in the new order", async () => {
    const edit = "/admin/en/content/exhibition/a-rooms";
    const html = await (await getAs(t.app, editorA, edit)).text();
    expect(html.indexOf("room-one")).toBeLessThan(html.indexOf("room-two"));
    const order = fieldsOfFormPostingTo(html, `${edit}/rooms-order`);
    const res = await postFormAs(t.app, editorA, `${edit}/rooms-order`, { _version: order.get("_version")!, move: "down:room-one" });
    expect(res.status).toBe(303);
    const after = await (await getAs(t.app, editorA, edit)).text();
    expect(after.indexOf('href="/admin/en/content/room/room-two"')).toBeLessThan(after.indexOf('href="/admin/en/content/room/room-one"'));
    const [audit] = await t.handle.db.select().from(auditLog).where(eq(auditLog.action, "exhibition.reorder_rooms"));
    expect(audit?.after).toEqual({ rooms: ["room-two", "room-one"] });
  });
});

describe("who may do what", () => {
  it("refuses an editor another museum's draft, reading and saving (403), and audits the refusal", async () => {
    expect((await getAs(t.app, editorA, "/admin/en/content/exhibition/b-draft")).status).toBe(403);
    expect((await getAs(t.app, editorA, "/admin/en/content/exhibition/b-draft/preview")).status).toBe(403);
    expect((await postFormAs(t.app, editorA, "/admin/en/content/exhibition/b-draft", { _version: "1", slug: "b-draft", place: "place-a", kind: "temporary", "title.en": "Mine" })).status).toBe(403);
    expect((await postFormAs(t.app, editorA, "/admin/en/content/exhibition/new", { slug: "sneaky", place: "place-b", kind: "temporary", "title.en": "Sneaky" })).status).toBe(403);
    const refusals = await t.handle.db.select().from(auditLog).where(and(eq(auditLog.action, "permission_denied"), eq(auditLog.entityKey, "b-draft")));
    expect(refusals.length).toBeGreaterThanOrEqual(2);
    expect(refusals[0]!.actorEmail).toBe(editorA.email);
  });

  it("lists only the records of the editor's places", async () => {
    const page = await text(await getAs(t.app, editorA, "/admin/en/content/exhibition"));
    expect(page).toContain("liberation-days");
    expect(page).not.toContain("b-draft");
    expect((await getAs(t.app, editorA, "/admin/en/content/theme")).status).toBe(403);
  });

  it("sends a signed-out visitor to the sign-in page", async () => {
    const res = await t.app.request("/admin/en/content/exhibition");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/admin\/en\/sign-in\?next=/);
  });
});

describe("deleting", () => {
  it("lists what else goes before deleting a place, then deletes it", async () => {
    const confirm = await getAs(t.app, admin, "/admin/en/content/place/place-c/delete");
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    const page = visibleText(html);
    expect(page).toContain("Also deletes 1 exhibition: The C show");
    expect(page).toMatch(/Also deletes 2 rooms/);
    expect(page).toMatch(/Also deletes 2 objects/);
    const fields = fieldsOfFormPostingTo(html, "/admin/en/content/place/place-c/delete");
    const res = await postFormAs(t.app, admin, "/admin/en/content/place/place-c/delete", asFields(fields));
    expect(res.status).toBe(303);
    expect((await getAs(t.app, admin, "/admin/en/content/place/place-c")).status).toBe(404);
    expect((await getAs(t.app, admin, "/admin/en/content/exhibition/c-show")).status).toBe(404);
  });
});
