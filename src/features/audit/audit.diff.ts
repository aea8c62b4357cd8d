/**
 * What an audited change changed: the paths whose values differ between the "before" and "after"
 * values of an entry, each with its old and new value. Objects are compared key by key; a list of
 * plain values (themes, roles) is compared as one value, so adding one item reads as one change
 * rather than as every later item shifting; a list of objects is compared item by item.
 */

export interface ChangedField {
  /** Dotted path, e.g. "name.fr" or "highlights.0.text.en"; "" for the whole value. */
  path: string;
  /** undefined when the field did not exist on that side. */
  before: unknown;
  after: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const hasObjects = (v: unknown) => Array.isArray(v) && v.some((item) => typeof item === "object" && item !== null);

/** Stable comparison of JSON values (key order does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameJson(a[k], b[k]));
  }
  return false;
}

export function changedFields(before: unknown, after: unknown, path = ""): ChangedField[] {
  if (sameJson(before, after)) return [];
  const join = (key: string | number) => (path === "" ? String(key) : `${path}.${key}`);
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => changedFields(before[k], after[k], join(k)));
  }
  if (Array.isArray(before) && Array.isArray(after) && (hasObjects(before) || hasObjects(after))) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => changedFields(before[i], after[i], join(i))).flat();
  }
  return [{ path, before, after }];
}

/** A value as shown in the log: strings as they are, everything else as compact JSON; absent as "—". */
export function showValue(value: unknown, maxLength = 300): string {
  if (value === undefined || value === null) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
