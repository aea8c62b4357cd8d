/**
 * The search page's form: the words, then the filters, each shown with what was typed (even when it
 * was refused) and its error beside it; an error summary linking to the fields comes first.
 */
import type { Locale } from "../../lib/locales.ts";
import { SEARCH_KINDS } from "../../db/schema/search.ts";
import { SEARCH_INPUT_MAX, suggestAttributes } from "../../web/views/layout.tsx";
import { searchText, type SearchText } from "./search.page-text.ts";
import type { FilterOption, SearchAnswer } from "./search.types.ts";
import { fieldErrorOf } from "../../web/views/field-error.tsx";
import { paths } from "../../web/paths.ts";

/** The form's fields, in the order they are shown (and listed in links). */
export const FORM_FIELDS = ["q", "kind", "placeKind", "theme", "city", "free", "age", "openOn", "bookable"] as const;
export type FormField = (typeof FORM_FIELDS)[number];
/** What was typed, as typed. */
export type SearchValues = Partial<Record<FormField, string>>;
/** Errors by field name; `page` (from a hand-made address) has no field and is only in the summary. */
export type SearchErrors = Partial<Record<FormField | "page", string>>;

export const fieldId = (field: FormField) => `search-${field}`;
const isTicked = (value: string | undefined) => value === "true" || value === "1" || value === "on";

/** The address of a search with these values (empty ones left out), at `page`. */
export function searchHref(locale: Locale, values: SearchValues, page = 1): string {
  const params = new URLSearchParams();
  for (const field of FORM_FIELDS) {
    const value = values[field];
    if (value !== undefined && value !== "") params.set(field, value);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return paths.search(locale, query);
}

/** True when a filter (anything but the words) has a value. */
export const hasFilters = (values: SearchValues) => FORM_FIELDS.some((f) => f !== "q" && (values[f] ?? "") !== "");

const labelOf = (w: SearchText, field: FormField | "page"): string => ({
  q: w.queryLabel, kind: w.kindLabel, placeKind: w.placeKindLabel, theme: w.themeLabel, city: w.cityLabel,
  free: w.freeLabel, age: w.ageLabel, openOn: w.openOnLabel, bookable: w.bookableLabel, page: w.pageLabel,
})[field];

export function ErrorSummary(props: { errors: SearchErrors; locale: Locale }) {
  const w = searchText(props.locale);
  const fields = [...FORM_FIELDS, "page" as const].filter((f) => props.errors[f] !== undefined);
  if (fields.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{w.errorSummaryTitle}</h2>
      <p>{w.errorSummaryIntro(fields.length)}</p>
      <ul>
        {fields.map((f) => {
          const text = `${labelOf(w, f)}${w.colon}${props.errors[f]}`;
          return <li>{f === "page" ? text : <a href={`#${fieldId(f)}`}>{text}</a>}</li>;
        })}
      </ul>
    </div>
  );
}

const errorOf = (errors: SearchErrors, field: FormField, hint?: boolean) => fieldErrorOf(errors[field], fieldId(field), hint);

function Select(props: { field: FormField; label: string; any: string; options: FilterOption[]; values: SearchValues; errors: SearchErrors }) {
  const e = errorOf(props.errors, props.field);
  const current = props.values[props.field] ?? "";
  // A value typed in the address that is not offered is still shown, so the visitor sees what was refused.
  const unknown = current !== "" && !props.options.some((o) => o.value === current);
  return (
    <div class={e.cls}>
      <label for={fieldId(props.field)}>{props.label}</label>
      {e.text}
      <select id={fieldId(props.field)} name={props.field} {...e.aria}>
        <option value="">{props.any}</option>
        {props.options.map((o) => <option value={o.value} selected={o.value === current}>{o.label}</option>)}
        {unknown ? <option value={current} selected>{current}</option> : null}
      </select>
    </div>
  );
}

function Checkbox(props: { field: FormField; label: string; values: SearchValues; errors: SearchErrors }) {
  const e = errorOf(props.errors, props.field);
  return (
    <div class={`${e.cls} checkbox-field`}>
      {e.text}
      <input type="checkbox" id={fieldId(props.field)} name={props.field} value="true" checked={isTicked(props.values[props.field])} {...e.aria} />
      <label for={fieldId(props.field)}>{props.label}</label>
    </div>
  );
}

export function SearchForm(props: { values: SearchValues; errors: SearchErrors; options: SearchAnswer["options"]; locale: Locale; unfolded: boolean }) {
  const { values, errors, options, locale } = props;
  const w = searchText(locale);
  const q = errorOf(errors, "q", true);
  const age = errorOf(errors, "age", true);
  const openOn = errorOf(errors, "openOn");
  const kinds = SEARCH_KINDS.map((k) => ({ value: k, label: w.kindsPlural[k] }));
  return (
    <form class="search-form" role="search" method="get" action={paths.search(locale)} aria-label={w.formLabel} novalidate {...suggestAttributes(locale)}>
      <div class={`${q.cls} search-words`}>
        <label for={fieldId("q")}>{w.queryLabel}</label>
        <span class="hint" id={`${fieldId("q")}-hint`}>{w.queryHint}</span>
        {q.text}
        <div class="search-row">
          <input type="search" id={fieldId("q")} name="q" value={values.q ?? ""} maxlength={SEARCH_INPUT_MAX} {...q.aria} />
          <button type="submit" class="button">{w.submit}</button>
        </div>
      </div>
      {/* Folded away once there are results to read, unless a filter is set (or refused): phones reach the results sooner. */}
      <details class="search-filters" open={props.unfolded || hasFilters(values) || Object.keys(errors).length > 0}>
        <summary>{w.filters}</summary>
        <fieldset>
          <legend class="visually-hidden">{w.filters}</legend>
          <div class="filter-grid">
            <Select field="kind" label={w.kindLabel} any={w.allKinds} options={kinds} values={values} errors={errors} />
            <Select field="placeKind" label={w.placeKindLabel} any={w.anyPlaceKind} options={options.placeKinds} values={values} errors={errors} />
            <Select field="theme" label={w.themeLabel} any={w.anyTheme} options={options.themes} values={values} errors={errors} />
            <Select field="city" label={w.cityLabel} any={w.anyCity} options={options.cities} values={values} errors={errors} />
            <div class={age.cls}>
              <label for={fieldId("age")}>{w.ageLabel}</label>
              <span class="hint" id={`${fieldId("age")}-hint`}>{w.ageHint}</span>
              {age.text}
              <input type="number" id={fieldId("age")} name="age" value={values.age ?? ""} min={0} max={120} step={1} inputmode="numeric" {...age.aria} />
            </div>
            <div class={openOn.cls}>
              <label for={fieldId("openOn")}>{w.openOnLabel}</label>
              {openOn.text}
              <input type="date" id={fieldId("openOn")} name="openOn" value={values.openOn ?? ""} {...openOn.aria} />
            </div>
            <Checkbox field="free" label={w.freeLabel} values={values} errors={errors} />
            <Checkbox field="bookable" label={w.bookableLabel} values={values} errors={errors} />
          </div>
          <p class="filter-actions">
            <button type="submit" class="button">{w.applyFilters}</button>
            {hasFilters(values) ? <a href={searchHref(locale, { q: values.q })}>{w.clearFilters}</a> : null}
          </p>
        </fieldset>
      </details>
    </form>
  );
}
