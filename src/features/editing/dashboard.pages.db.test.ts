/** The dashboard and creating records of the kinds hanging off a place (rooms, objects, people). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, anExhibition, anObject, aPerson, storeRecords } from "../../../test/factories.ts";
import { asFields, fieldsOfFormPostingTo } from "../../../test/form-fields.ts";
import { visibleText } from "../../../test/page-html.ts";
import { getAs, postFormAs, signedInStaff, type SignedIn } from "../../../test/staff.ts";

let t: TestApp;
let editor: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    places: [aPlace({ slug: "home-museum" }), aPlace({ slug: "other-museum" })],
    people: [aPerson({ slug: "kept-person", owner: "home-museum" })],
    exhibitions: [anExhibition("home-museum", { slug: "home-show" }), anExhibition("other-museum", { slug: "other-show", status: "draft" })],
    objects: [
      anObject("home-museum", { slug: "draft-letter", status: "draft", title: { en: "A letter" } }),
      anObject("home-museum", { slug: "draft-map", status: "draft" }),
      anObject("other-museum", { slug: "other-draft", status: "draft" }),
    ],
  });
  editor = await signedInStaff(t.handle.db, { grants: [{ place: "home-museum", role: "editor" }] });
});
afterAll(() => t.handle.close());

describe("the dashboard", () => {
  it("shows the editor's place only, with its drafts and missing translations per kind", async () => {
    const res = await getAs(t.app, editor, "/admin/en/");
    expect(res.status).toBe(200);
    const html = await res.text();
    const page = visibleText(html);
    expect(page).toContain("Museum home-museum");
    expect(page).not.toContain("other-museum");
    expect(html).toContain('href="/admin/en/content/object?place=home-museum&amp;status=draft">2 drafts</a>');
    expect(html).toContain('href="/admin/en/content/object?place=home-museum&amp;missing=1">1 to translate</a>');
    expect(page).toContain("New exhibition");
    expect(page).not.toContain("New theme");
  });

  it("speaks French on /admin/fr/", async () => {
    expect(visibleText(await (await getAs(t.app, editor, "/admin/fr/")).text())).toContain("2 brouillons");
  });
});

describe("creating what hangs off a place", () => {
  it("adds a room to an exhibition from the exhibition's page", async () => {
    const form = await getAs(t.app, editor, "/admin/en/content/room/new?exhibition=home-show");
    expect(form.status).toBe(200);
    const fields = fieldsOfFormPostingTo(await form.text(), "/admin/en/content/room/new");
    expect(fields.get("exhibition")).toBe("home-show");
    fields.set("slug", "first-room");
    fields.set("title.en", "The first room");
    const res = await postFormAs(t.app, editor, "/admin/en/content/room/new", asFields(fields));
    expect(res.status).toBe(303);
    const show = await (await getAs(t.app, editor, "/admin/en/content/exhibition/home-show")).text();
    expect(show).toContain('href="/admin/en/content/room/first-room"');
  });

  it("refuses a room in another museum's exhibition", async () => {
    expect((await getAs(t.app, editor, "/admin/en/content/room/new?exhibition=other-show")).status).toBe(403);
    expect((await postFormAs(t.app, editor, "/admin/en/content/room/new", { exhibition: "other-show", slug: "intruder", "title.en": "Intruder" })).status).toBe(403);
  });

  it("creates a person kept by the editor's place, and asks for a place rather than making it the network's", async () => {
    const form = await (await getAs(t.app, editor, "/admin/en/content/person/new")).text();
    const fields = fieldsOfFormPostingTo(form, "/admin/en/content/person/new");
    expect(fields.get("owner")).toBe("home-museum");
    fields.set("slug", "jeanne");
    fields.set("name", "Jeanne Bohec");
    fields.set("birth", "1919-02-15");
    expect((await postFormAs(t.app, editor, "/admin/en/content/person/new", asFields(fields))).status).toBe(303);
    fields.set("slug", "nobody");
    fields.set("owner", "");
    const refused = await postFormAs(t.app, editor, "/admin/en/content/person/new", asFields(fields));
    expect(refused.status).toBe(400);
    expect(visibleText(await refused.text())).toContain("Choose one of your places.");
  });

  it("explains a wrong fuzzy date beside the field", async () => {
    const form = await (await getAs(t.app, editor, "/admin/fr/content/person/kept-person")).text();
    const fields = fieldsOfFormPostingTo(form, "/admin/fr/content/person/kept-person");
    fields.set("birth", "1944-13");
    const res = await postFormAs(t.app, editor, "/admin/fr/content/person/kept-person", asFields(fields));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/<span class="error" id="person-form-birth-error">Le mois 13 n&#39;existe pas dans « 1944-13 ».<\/span>/);
  });
});
