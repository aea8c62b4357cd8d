/** Property test support for forms: documents a form description can hold, and render → submit → parse. */
import fc from "fast-check";
import { expect } from "vitest";
import type { Locale } from "../src/lib/locales.ts";
import { isBlank, parseForm } from "../src/web/admin/forms/form-parse.ts";
import { renderForm } from "../src/web/admin/forms/form-render.tsx";
import type { Field, FieldErrors, FormDescription, FormValues } from "../src/web/admin/forms/form-types.ts";
import { formFields } from "./form-fields.ts";
import { PROPERTY_SEED } from "./property.ts";

/** The rendered form as HTML, wrapped in a <form>. */
export const formHtml = async (d: FormDescription, values: FormValues, errors: FieldErrors = {}, locale: Locale = "en") =>
  `<form>${await (renderForm(d, values, errors, locale) as any).toString()}</form>`;

/** Documents the description can hold: no blank rows, trimmed texts (as parsing leaves them). */
const text = fc.string({ unit: fc.constantFrom("a", "é", " ", "<", "&", '"', "'", "Z", "9", "\n"), minLength: 1, maxLength: 12 })
  .map((s) => s.trim().replace(/\s+/g, (m) => (m.includes("\n") ? "\n" : " "))).filter((s) => s !== "");
const slugText = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length > 0 && s.length < 20);

export function arbitraryOf(field: Field): fc.Arbitrary<unknown> {
  switch (field.type) {
    case "localized":
      return fc.record({ en: text, fr: text }, { requiredKeys: [] }).filter((t) => Object.keys(t).length > 0);
    case "number":
      return field.integer ? fc.integer({ min: -1e6, max: 1e6 }) : fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));
    case "money":
      return fc.integer({ min: 0, max: 1e9 });
    case "checkbox":
      return fc.boolean();
    case "select":
      return fc.constantFrom(...field.choices.map((c) => c.value));
    case "checkboxes":
      return fc.subarray(field.choices.map((c) => c.value));
    case "slugLines":
      return fc.array(slugText, { maxLength: 4 });
    case "object":
      return fieldsArbitrary(field.fields).filter((v) => !isBlank(v));
    case "group":
      return fc.array(fieldsArbitrary(field.fields).filter((v) => !isBlank(v)), { maxLength: 3 });
    case "textarea":
      return text;
    default:
      return text.map((s) => s.replace(/\n/g, " "));
  }
}

/** Lists are always present (parsing gives [] for none); other fields may be absent. */
export function fieldsArbitrary(fields: Field[]): fc.Arbitrary<Record<string, unknown>> {
  const always = (f: Field) => ["checkbox", "checkboxes", "slugLines", "group"].includes(f.type);
  const model = Object.fromEntries(fields.map((f) => [f.name, arbitraryOf(f)]));
  return fc.record(model, { requiredKeys: fields.filter(always).map((f) => f.name) });
}

/** Every field type, nested groups included (the per-kind forms are checked the same way in editing.forms.test.ts). */
export async function expectRoundTrip(d: FormDescription, runs = 60) {
  await fc.assert(fc.asyncProperty(fieldsArbitrary(d.fields), async (values) => {
    const submitted = formFields(await formHtml(d, values));
    expect(parseForm(d, submitted)).toEqual(values);
  }), { seed: PROPERTY_SEED, numRuns: runs });
}

