/**
 * From a submitted form back to a document: empty inputs are absent, numbers are numbers (or kept
 * as typed when they are not, so validation names the field and the form shows what was typed),
 * checkboxes are booleans, an empty English/French pair is absent, empty list rows are dropped.
 * Also the no-JavaScript editing of lists: the `_action` buttons add, remove and move rows.
 */
import { CONTROL_CHARACTERS_MESSAGE, controlCharacterFields } from "../../validation.ts";
import type { Issue } from "./form-errors.ts";
import type { Field, FormDescription, FormValues } from "./form-types.ts";

/** What a submitted form offers: `FormData` and `URLSearchParams` both fit. */
export interface FormInput {
  getAll(name: string): unknown[];
  keys(): Iterable<string>;
}

export interface ParseOptions {
  /** Keep rows with nothing filled in (while the editor is still adding rows, before saving). */
  keepEmptyRows?: boolean;
}

export function parseForm(description: FormDescription, form: FormInput, options: ParseOptions = {}): FormValues {
  const names = [...new Set(form.keys())];
  return parseFields(description.fields, "", form, names, options);
}

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

function textOf(form: FormInput, name: string): string | undefined {
  const raw = form.getAll(name).find((v) => typeof v === "string") as string | undefined;
  if (raw === undefined) return undefined;
  const text = raw.replace(/\r\n?/g, "\n").trim();
  return text === "" ? undefined : text;
}

/**
 * The web layer's control-character rule on parsed form values, field by field: long texts
 * (textareas, multi-line English/French pairs) may hold tab and line breaks, every other field is
 * one line and holds no C0 character. Issues carry the stable code `control_characters`.
 */
export function controlCharacterIssues(description: FormDescription, values: FormValues): Issue[] {
  const issues: Issue[] = [];
  const visit = (fields: Field[], value: unknown, prefix: string[]) => {
    if (value === null || typeof value !== "object") return;
    for (const field of fields) {
      const item = (value as Record<string, unknown>)[field.name];
      if (item === undefined) continue;
      const path = [...prefix, field.name];
      if (field.type === "object") visit(field.fields, item, path);
      else if (field.type === "group") (Array.isArray(item) ? item : []).forEach((row, i) => visit(field.fields, row, [...path, String(i)]));
      else {
        const multiLine = field.type === "textarea" || (field.type === "localized" && field.multiline === true);
        for (const bad of Object.keys(controlCharacterFields(item, { multiLine }))) {
          issues.push({ path: bad === "(input)" ? path : [...path, ...bad.split(".")], message: CONTROL_CHARACTERS_MESSAGE, code: "custom", params: { code: "control_characters" } });
        }
      }
    }
  };
  visit(description.fields, values, []);
  return issues;
}

/** True when a value carries nothing the editor typed (an unticked box counts as nothing). */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === false) return true;
  if (Array.isArray(value)) return value.every(isBlank);
  if (value !== null && typeof value === "object") return Object.values(value).every(isBlank);
  return false;
}

function parseFields(fields: Field[], prefix: string, form: FormInput, names: string[], options: ParseOptions): FormValues {
  const out: FormValues = {};
  for (const field of fields) {
    const value = parseField(field, join(prefix, field.name), form, names, options);
    if (value !== undefined) out[field.name] = value;
  }
  return out;
}

function parseField(field: Field, full: string, form: FormInput, names: string[], options: ParseOptions): unknown {
  switch (field.type) {
    case "localized": {
      const en = textOf(form, `${full}.en`);
      const fr = textOf(form, `${full}.fr`);
      if (en === undefined && fr === undefined) return undefined;
      return { ...(en !== undefined ? { en } : {}), ...(fr !== undefined ? { fr } : {}) };
    }
    case "number": {
      const text = textOf(form, full);
      if (text === undefined) return undefined;
      const n = Number(text.replace(",", "."));
      return Number.isFinite(n) ? n : text;
    }
    case "money": {
      const text = textOf(form, full);
      if (text === undefined) return undefined;
      const amount = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s€]/g, ""));
      // Kept as typed when it is not an amount, so the form can show it back with the reason.
      return amount ? Number(amount[1]) * 100 + Number((amount[2] ?? "0").padEnd(2, "0")) : text;
    }
    case "checkbox":
      return form.getAll(full).some((v) => v !== "");
    case "checkboxes":
      return [...new Set(form.getAll(full).filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim()))];
    case "slugLines":
      return (textOf(form, full) ?? "").split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
    case "object": {
      const value = parseFields(field.fields, full, form, names, options);
      return isBlank(value) ? undefined : value;
    }
    case "group":
      return rowIndexes(full, names)
        .map((i) => parseFields(field.fields, `${full}.${i}`, form, names, options))
        .filter((row) => options.keepEmptyRows || !isBlank(row));
    default:
      return textOf(form, full);
  }
}

/** The row numbers submitted under `group` ("highlights.0.kind" → 0), in order. */
function rowIndexes(group: string, names: string[]): number[] {
  const found = new Set<number>();
  const start = `${group}.`;
  for (const name of names) {
    if (!name.startsWith(start)) continue;
    const segment = name.slice(start.length).split(".")[0]!;
    if (/^\d+$/.test(segment)) found.add(Number(segment));
  }
  return [...found].sort((a, b) => a - b);
}

export type FormAction =
  | { type: "add"; group: string }
  | { type: "remove" | "up" | "down"; group: string; index: number };

/** Reads an `_action` button value: "add:highlights", "remove:highlights.2", "up:sections.1". */
export function readFormAction(value: unknown): FormAction | undefined {
  if (typeof value !== "string") return undefined;
  const m = value.match(/^(add|remove|up|down):([A-Za-z0-9_.]+)$/);
  if (!m) return undefined;
  const [, type, path] = m;
  if (type === "add") return { type: "add", group: path! };
  const row = path!.match(/^(.+)\.(\d+)$/);
  if (!row) return undefined;
  return { type: type as "remove" | "up" | "down", group: row[1]!, index: Number(row[2]) };
}

/** The values with a list changed by the action (a copy; unknown paths change nothing). */
export function applyFormAction(values: FormValues, action: FormAction): FormValues {
  const copy = structuredClone(values);
  const segments = action.group.split(".");
  let parent: any = copy;
  for (const [i, segment] of segments.slice(0, -1).entries()) {
    if (parent === null || typeof parent !== "object") return copy;
    parent[segment] ??= /^\d+$/.test(segments[i + 1]!) ? [] : {};
    parent = parent[segment];
  }
  const key = segments.at(-1)!;
  if (parent === null || typeof parent !== "object") return copy;
  const list: unknown[] = Array.isArray(parent[key]) ? parent[key] : [];
  parent[key] = list;
  if (action.type === "add") {
    list.push({});
    return copy;
  }
  const i = action.index;
  if (i < 0 || i >= list.length) return copy;
  if (action.type === "remove") list.splice(i, 1);
  const j = action.type === "up" ? i - 1 : i + 1;
  if (action.type !== "remove" && j >= 0 && j < list.length) [list[i], list[j]] = [list[j], list[i]];
  return copy;
}
