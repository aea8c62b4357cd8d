/** Control characters in the back office's forms: long texts keep their line breaks, one-line fields refuse C0. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPlace, anExhibition, storeRecords } from "../../../test/factories.ts";
import { asFields, fieldsOfFormPostingTo } from "../../../test/form-fields.ts";
import { visibleText } from "../../../test/page-html.ts";
import { getAs, postFormAs, signedInStaff, type SignedIn } from "../../../test/staff.ts";
import { readRecord } from "./editing.service.ts";

let t: TestApp;
let editor: SignedIn;
const edit = "/admin/fr/content/exhibition/open-doors";

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, { places: [aPlace({ slug: "place-a" })], exhibitions: [anExhibition("place-a", { slug: "open-doors" })] });
  editor = await signedInStaff(t.handle.db, { grants: [{ place: "place-a", role: "editor" }] });
});
afterAll(() => t.handle.close());

async function editFields(changes: Record<string, string>) {
  const res = await getAs(t.app, editor, edit);
  expect(res.status).toBe(200);
  const fields = fieldsOfFormPostingTo(await res.text(), edit);
  for (const [name, value] of Object.entries(changes)) fields.set(name, value);
  return asFields(fields);
}

describe("control characters in the back office", () => {
  it("saves a description with a tab and line breaks", async () => {
    const res = await postFormAs(t.app, editor, edit, await editFields({ "description.en": "First line.\r\nSecond\tline." }));
    expect(res.status).toBe(303);
    const record = await readRecord(t.handle.db, "exhibition", "open-doors");
    expect((record!.document as { description: { en: string } }).description.en).toBe("First line.\nSecond\tline.");
  });

  it("refuses a NUL in a description and a line break in a title, naming each field in the editor's language", async () => {
    const res = await postFormAs(t.app, editor, edit, await editFields({ "description.en": "Bad\u0000text", "title.fr": "Deux\nlignes" }));
    expect(res.status).toBe(400);
    const words = visibleText(await res.text());
    expect(words).toContain("Retirez les caractères de contrôle invisibles");
    const record = await readRecord(t.handle.db, "exhibition", "open-doors");
    expect((record!.document as { description: { en: string } }).description.en).toBe("First line.\nSecond\tline.");
  });
});
