/**
 * Where each validation issue is shown: the field that owns its path (the nearest described field
 * above it, so "openingHours.0.days.0" lands on the weekdays of row 1), the id to link to from the
 * error summary, and a label saying which field it is.
 */
import type { Locale } from "../../../lib/locales.ts";
import type { Field, FormDescription, FormValues } from "./form-types.ts";
import { formText } from "./form-text.ts";

export interface ErrorAnchor {
  /** The key of the field that shows the message beside itself. */
  owner: string;
  /** The element the summary links to. */
  id: string;
  label: string;
}

const idOf = (formId: string, name: string) => `${formId}-${name.replace(/\./g, "-")}`;
const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

/** The anchor of each error key; keys under no field are left out (the summary links them to the form). */
export function errorAnchors(description: FormDescription, values: FormValues, keys: string[], locale: Locale): Map<string, ErrorAnchor> {
  const claims = new Map<string, { id: string; label: string }>();
  const m = formText(locale);
  const walk = (fields: Field[], prefix: string, context: string) => {
    for (const field of fields) {
      const full = join(prefix, field.name);
      const label = context ? `${context} — ${field.label[locale]}` : field.label[locale];
      const id = idOf(description.id, full);
      if (field.type === "localized") {
        claims.set(full, { id: idOf(description.id, `${full}.en`), label });
        claims.set(`${full}.en`, { id: idOf(description.id, `${full}.en`), label: `${label} (${m.english})` });
        claims.set(`${full}.fr`, { id: idOf(description.id, `${full}.fr`), label: `${label} (${m.french})` });
      } else if (field.type === "hidden") {
        continue;
      } else {
        claims.set(full, { id, label });
      }
      if (field.type === "object") walk(field.fields, full, label);
      if (field.type === "group") {
        const rows = valueAt(values, full);
        const count = Array.isArray(rows) ? rows.length : 0;
        for (let i = 0; i < count; i++) {
          const rowLabel = `${label} — ${m.row(field.itemLabel[locale], i + 1)}`;
          claims.set(`${full}.${i}`, { id: idOf(description.id, `${full}.${i}`), label: rowLabel });
          walk(field.fields, `${full}.${i}`, rowLabel);
        }
      }
    }
  };
  walk(description.fields, "", "");
  const anchors = new Map<string, ErrorAnchor>();
  for (const key of keys) {
    let k = key;
    while (k !== "") {
      const claim = claims.get(k);
      if (claim) {
        anchors.set(key, { owner: k, ...claim });
        break;
      }
      k = k.includes(".") ? k.slice(0, k.lastIndexOf(".")) : "";
    }
  }
  return anchors;
}

/** The value at a dotted path of a document. */
export function valueAt(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const segment of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
