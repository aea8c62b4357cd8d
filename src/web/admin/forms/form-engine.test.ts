import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT } from "../../../../test/property.ts";
import { expectRoundTrip, formHtml as html } from "../../../../test/form-round-trip.ts";
import { applyFormAction, parseForm, readFormAction } from "./form-parse.ts";
import type { FormDescription } from "./form-types.ts";

const w = (en: string, fr: string) => ({ en, fr });

const description: FormDescription = {
  id: "test-form",
  fields: [
    { type: "text", name: "slug", label: w("Identifier", "Identifiant"), required: true },
    { type: "localized", name: "summary", label: w("Summary", "Résumé"), multiline: true },
    { type: "number", name: "count", integer: true, label: w("Count", "Nombre") },
    { type: "checkbox", name: "free", label: w("Free", "Gratuit") },
    { type: "select", name: "kind", label: w("Kind", "Type"), choices: [{ value: "museum", label: w("Museum", "Musée") }] },
    { type: "object", name: "address", label: w("Address", "Adresse"), fields: [{ type: "text", name: "city", label: w("City", "Ville") }] },
    { type: "group", name: "highlights", label: w("Highlights", "Points forts"), itemLabel: w("Highlight", "Point fort"),
      addLabel: w("Add a highlight", "Ajouter un point fort"), fields: [
        { type: "localized", name: "text", label: w("Text", "Texte") },
        { type: "checkboxes", name: "days", label: w("Days", "Jours"), choices: [{ value: "mon", label: w("Monday", "Lundi") }, { value: "tue", label: w("Tuesday", "Mardi") }] },
      ] },
  ],
};

describe("parseForm", () => {
  it("turns empty inputs into absent values, numbers into numbers, boxes into booleans, and drops empty rows", () => {
    const form = new URLSearchParams([
      ["slug", " caen "], ["summary.en", ""], ["summary.fr", "Un résumé\r\nsur deux lignes"], ["count", "12"], ["kind", ""],
      ["address.city", ""], ["highlights.0.text.en", ""], ["highlights.0.text.fr", ""],
      ["highlights.3.text.en", "Great"], ["highlights.3.days", "tue"], ["highlights.3.days", "mon"],
    ]);
    expect(parseForm(description, form)).toEqual({
      slug: "caen", summary: { fr: "Un résumé\nsur deux lignes" }, count: 12, free: false,
      highlights: [{ text: { en: "Great" }, days: ["tue", "mon"] }],
    });
  });

  it("reads a price as typed in either language into cents, and shows cents back as an amount", async () => {
    const priced: FormDescription = { id: "p", fields: [{ type: "money", name: "price", label: w("Price", "Prix") }] };
    const read = (typed: string) => parseForm(priced, new URLSearchParams([["price", typed]])).price;
    expect([read("12,50"), read("12.5"), read("12"), read("1 200 €"), read("0,05")]).toEqual([1250, 1250, 1200, 120000, 5]);
    expect([read("12,505"), read("douze"), read("-3")]).toEqual(["12,505", "douze", "-3"]);
    expect(await html(priced, { price: 1250 }, {}, "fr")).toContain('value="12,50"');
    expect(await html(priced, { price: 5 }, {}, "en")).toContain('value="0.05"');
  });

  it("keeps what was typed in a number field when it is not a number, so the form can show it back", () => {
    expect(parseForm(description, new URLSearchParams([["count", "twelve"], ["free", "on"]]))).toMatchObject({ count: "twelve", free: true });
  });
});

describe("list buttons", () => {
  it("reads add, remove and move actions", () => {
    expect(readFormAction("add:highlights")).toEqual({ type: "add", group: "highlights" });
    expect(readFormAction("remove:sections.0.media.2")).toEqual({ type: "remove", group: "sections.0.media", index: 2 });
    expect(readFormAction("up:sections.1")).toEqual({ type: "up", group: "sections", index: 1 });
    expect(readFormAction("delete:everything")).toBeUndefined();
  });

  it("adds an empty row, moves and removes rows without touching the rest", () => {
    const values = { slug: "a", highlights: [{ text: { en: "one" } }, { text: { en: "two" } }] };
    expect(applyFormAction(values, { type: "add", group: "highlights" }).highlights).toEqual([{ text: { en: "one" } }, { text: { en: "two" } }, {}]);
    expect(applyFormAction(values, { type: "up", group: "highlights", index: 1 }).highlights).toEqual([{ text: { en: "two" } }, { text: { en: "one" } }]);
    expect(applyFormAction(values, { type: "remove", group: "highlights", index: 0 }).highlights).toEqual([{ text: { en: "two" } }]);
    expect(applyFormAction(values, { type: "add", group: "sections.0.media" })).toMatchObject({ sections: [{ media: [{}] }] });
    expect(values.highlights).toHaveLength(2);
  });

  it("renders one row per existing item and an add button, with remove and move buttons per row", async () => {
    const page = await html(description, { highlights: [{ text: { en: "one" } }, { text: { en: "two" } }] });
    expect(page).toContain('name="_action" value="add:highlights"');
    expect(page).toContain("Add a highlight");
    expect(page).toContain('value="remove:highlights.1"');
    expect(page).toContain('value="up:highlights.1"');
    expect(page).toContain('value="down:highlights.0"');
    expect(page).not.toContain('value="up:highlights.0"');
    expect(page).not.toContain("highlights.2");
  });
});

describe("renderForm", () => {
  it("marks a required text in two languages as needed in one of them, not in each", async () => {
    const titled: FormDescription = { id: "t", fields: [{ type: "localized", name: "title", required: true, label: w("Title", "Titre") }] };
    const page = await html(titled, {}, {}, "fr");
    expect(page).toContain('<legend>Titre<span class="muted"> (obligatoire dans au moins une langue)</span></legend>');
    expect(page).toContain('<label for="t-title-en">Titre (anglais)</label>');
    expect(page).toContain('<label for="t-title-fr">Titre (français)</label>');
  });

  it("opens a form of three lists or more with links to each list and its number of rows", async () => {
    const group = (name: string) => ({ type: "group" as const, name, label: w(`List ${name}`, `Liste ${name}`), itemLabel: w("Row", "Ligne"), fields: [
      { type: "text" as const, name: "x", label: w("X", "X") },
    ] });
    const long: FormDescription = { id: "long", fields: [group("a"), group("b"), group("c")] };
    const page = await html(long, { a: [{ x: "1" }, { x: "2" }] }, {}, "fr");
    expect(page).toContain('<nav class="form-index" aria-label="Listes de ce formulaire">');
    expect(page).toContain('<a href="#long-a">Liste a</a> (2)');
    expect(page).toContain('<a href="#long-c">Liste c</a> (0)');
    expect(await html(description, {}, {}, "en")).not.toContain("form-index");
  });

  it("labels both languages side by side, in the editor's language, with lang attributes", async () => {
    const fr = await html(description, { summary: { en: "Hello" } }, {}, "fr");
    expect(fr).toContain('class="bilingual"');
    expect(fr).toMatch(/<label for="test-form-summary-en">Résumé \(anglais\)<\/label>/);
    expect(fr).toMatch(/<label for="test-form-summary-fr">Résumé \(français\)<\/label>/);
    expect(fr).toMatch(/<textarea[^>]*name="summary.en"[^>]*lang="en"[^>]*>Hello<\/textarea>/);
    const en = await html(description, {}, {}, "en");
    expect(en).toContain("Summary (English)");
    expect(en).toContain("Summary (French)");
  });

  it("shows each error beside its field and in a summary linking to it", async () => {
    const page = await html(description, { slug: "Bad", highlights: [{ text: { fr: "x" } }] },
      { slug: "Utilisez des minuscules.", "highlights.0.text.en": "Ne doit pas être vide.", "": "Champ inattendu" }, "fr");
    expect(page).toContain('class="error-summary"');
    expect(page).toContain('<a href="#test-form-slug">Identifiant\u00a0: Utilisez des minuscules.</a>');
    expect(page).toContain('href="#test-form-highlights-0-text-en"');
    expect(page).toMatch(/<span class="error" id="test-form-slug-error">Utilisez des minuscules.<\/span>/);
    expect(page).toMatch(/<input type="text" id="test-form-slug" name="slug" value="Bad" aria-invalid="true" aria-describedby="test-form-slug-error"/);
    expect(page).toMatch(/id="test-form-highlights-0-text-en"[^>]*aria-invalid="true"/);
    // An issue on no field is still listed (linked to the form).
    expect(page).toContain('<a href="#test-form">Champ inattendu</a>');
  });

  it("escapes what editors typed", async () => {
    const page = await html(description, { slug: '"><script>alert(1)</script>' });
    expect(page).not.toContain("<script>");
  });
});

it("parseForm(render(values)) gives the values back", async () => {
  await expectRoundTrip(description, 150);
}, PROPERTY_TIMEOUT);
