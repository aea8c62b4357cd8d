/**
 * Renders a described form with its values and errors: every input labelled, errors beside their
 * field (aria-invalid, aria-describedby) and in a summary linking to them, lists edited through
 * submit buttons so everything works without JavaScript. The page wraps it in its <form>.
 */
import type { Locale } from "../../../lib/locales.ts";
import type { Choice, Field, FieldErrors, FormDescription, FormValues, GroupField, LeafField, ObjectField } from "./form-types.ts";
import { formText } from "./form-text.ts";
import { errorAnchors, valueAt } from "./form-anchors.ts";
import { formatDecimal } from "../../i18n/format.ts";

interface RenderContext {
  locale: Locale;
  formId: string;
  /** Error messages by the key of the field that shows them. */
  errorsOf: Map<string, string[]>;
  /** One datalist per list of choices, shared by every input offering it. */
  datalists: Map<Choice[], string>;
}

export const inputId = (formId: string, name: string) => `${formId}-${name.replace(/\./g, "-")}`;
const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

/** 1250 cents → "12.50" (English) or "12,50" (French). */
const amountText = (cents: number, locale: Locale) => formatDecimal(locale, cents / 100, 2);

const asText = (value: unknown) => (value === undefined || value === null ? "" : String(value));

export function renderForm(description: FormDescription, values: FormValues, errors: FieldErrors, locale: Locale) {
  const anchors = errorAnchors(description, values, Object.keys(errors), locale);
  const errorsOf = new Map<string, string[]>();
  for (const [key, message] of Object.entries(errors)) {
    const owner = anchors.get(key)?.owner;
    if (owner === undefined) continue;
    errorsOf.set(owner, [...(errorsOf.get(owner) ?? []), message]);
  }
  const ctx: RenderContext = { locale, formId: description.id, errorsOf, datalists: new Map() };
  const body = description.fields.map((f) => <FieldView field={f} prefix="" values={values} ctx={ctx} />);
  return (
    <>
      <ErrorSummary errors={errors} anchors={anchors} formId={description.id} locale={locale} />
      <GroupIndex description={description} values={values} locale={locale} />
      {body}
      {[...ctx.datalists].map(([choices, id]) => (
        <datalist id={id}>{choices.map((c) => <option value={c.value}>{c.label[locale]}</option>)}</datalist>
      ))}
    </>
  );
}

/** A long form (a place has a dozen lists) opens with links to each of its lists and how many rows each holds. */
function GroupIndex(props: { description: FormDescription; values: FormValues; locale: Locale }) {
  const groups = props.description.fields.filter((f) => f.type === "group");
  if (groups.length < 3) return null;
  const m = formText(props.locale);
  return (
    <nav class="form-index" aria-label={m.formSections}>
      <ul>
        {groups.map((g) => {
          const rows = valueAt(props.values, g.name);
          return <li><a href={`#${inputId(props.description.id, g.name)}`}>{g.label[props.locale]}</a> ({Array.isArray(rows) ? rows.length : 0})</li>;
        })}
      </ul>
    </nav>
  );
}

function ErrorSummary(props: { errors: FieldErrors; anchors: ReturnType<typeof errorAnchors>; formId: string; locale: Locale }) {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) return null;
  const m = formText(props.locale);
  return (
    <div class="error-summary" role="alert" aria-labelledby={`${props.formId}-error-summary`} tabindex={-1}>
      <h2 id={`${props.formId}-error-summary`}>{m.errorSummaryTitle}</h2>
      <p>{m.errorSummaryIntro(entries.length)}</p>
      <ul>
        {entries.map(([key, message]) => {
          const anchor = props.anchors.get(key);
          const label = anchor?.label;
          return <li><a href={`#${anchor ? anchor.id : props.formId}`}>{label ? `${label}${m.colon}${message}` : message}</a></li>;
        })}
      </ul>
    </div>
  );
}

function FieldView(props: { field: Field; prefix: string; values: FormValues; ctx: RenderContext }) {
  const { field, prefix, values, ctx } = props;
  const full = join(prefix, field.name);
  if (field.type === "group") return <GroupView field={field} full={full} values={values} ctx={ctx} />;
  if (field.type === "object") return <ObjectView field={field} full={full} values={values} ctx={ctx} />;
  return <LeafView field={field} full={full} values={values} ctx={ctx} />;
}

function ErrorText(props: { id: string; messages: string[] | undefined }) {
  if (!props.messages?.length) return null;
  return <span class="error" id={props.id}>{props.messages.join(" ")}</span>;
}

function Label(props: { field: Field; ctx: RenderContext; suffix?: string; optional?: boolean }) {
  const m = formText(props.ctx.locale);
  const text = props.field.label[props.ctx.locale] + (props.suffix ? ` (${props.suffix})` : "");
  if (!props.field.required || props.optional) return <>{text}</>;
  // A required text in two languages needs one of them: the legend says so, not each input.
  const marker = props.field.type === "localized" ? m.requiredOneLanguage : m.required;
  return <>{text}<span class="muted">{` (${marker})`}</span></>;
}

function hintOf(field: Field, locale: Locale): string | undefined {
  const m = formText(locale);
  if (field.hint) return field.hint[locale];
  if (field.type === "fuzzyDate") return m.fuzzyDateHint;
  if (field.type === "slugLines") return m.slugLinesHint;
  return undefined;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

function LeafView(props: { field: LeafField; full: string; values: FormValues; ctx: RenderContext }) {
  const { field, full, ctx } = props;
  const { locale } = ctx;
  const id = inputId(ctx.formId, full);
  const value = valueAt(props.values, full);
  if (field.type === "hidden") return <input type="hidden" name={full} value={asText(value)} />;
  const hint = hintOf(field, locale);
  const hintId = hint ? `${id}-hint` : undefined;
  if (field.type === "localized") return <LocalizedView field={field} full={full} value={value} hint={hint} ctx={ctx} />;
  const messages = ctx.errorsOf.get(full);
  const errorId = messages ? `${id}-error` : undefined;
  const invalid = messages ? "true" : undefined;
  const aria = { "aria-invalid": invalid, "aria-describedby": describedBy(hintId, errorId) };
  const cls = messages ? "field has-error" : "field";
  if (field.type === "checkbox") {
    return (
      <div class={`${cls} checkbox-field`}>
        <ErrorText id={`${id}-error`} messages={messages} />
        <input type="checkbox" id={id} name={full} value="on" checked={value === true} {...aria} />
        <label for={id}><Label field={field} ctx={ctx} /></label>
        {hint ? <span class="hint" id={hintId}>{hint}</span> : null}
      </div>
    );
  }
  if (field.type === "checkboxes") {
    const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
    return (
      <fieldset class={cls} id={id} aria-describedby={aria["aria-describedby"]}>
        <legend><Label field={field} ctx={ctx} /></legend>
        {hint ? <span class="hint" id={hintId}>{hint}</span> : null}
        <ErrorText id={`${id}-error`} messages={messages} />
        <div class="choices">
          {[...field.choices, ...[...chosen].filter((v) => !field.choices.some((c) => c.value === v)).map((v) => ({ value: v, label: { en: v, fr: v } }))].map((c, i) => (
            <span class="choice">
              <input type="checkbox" id={`${id}-${i}`} name={full} value={c.value} checked={chosen.has(c.value)} />
              <label for={`${id}-${i}`}>{c.label[locale]}</label>
            </span>
          ))}
        </div>
      </fieldset>
    );
  }
  let control;
  if (field.type === "textarea" || field.type === "slugLines") {
    const text = field.type === "slugLines" && Array.isArray(value) ? value.join("\n") : asText(value);
    control = <textarea id={id} name={full} rows={field.type === "slugLines" ? 6 : 4} {...aria}>{text}</textarea>;
  } else if (field.type === "select") {
    const current = asText(value);
    control = (
      <select id={id} name={full} {...aria}>
        <option value="">{formText(locale).none}</option>
        {field.choices.map((c) => <option value={c.value} selected={c.value === current}>{c.label[locale]}</option>)}
        {current !== "" && !field.choices.some((c) => c.value === current) ? <option value={current} selected>{current}</option> : null}
      </select>
    );
  } else {
    const type = field.type === "text" ? field.inputType ?? "text"
      : field.type === "date" ? "date" : field.type === "time" ? "time" : "text";
    let list: string | undefined;
    if (field.type === "reference" && field.choices.length > 0) {
      list = ctx.datalists.get(field.choices) ?? `${ctx.formId}-choices-${ctx.datalists.size + 1}`;
      ctx.datalists.set(field.choices, list);
    }
    // Numbers are typed as text with a numeric keyboard: a browser's number input drops what it cannot
    // parse, and the editor would lose what they typed instead of seeing why it is refused.
    const numeric = field.type === "number" ? { inputmode: (field.integer ? "numeric" : "decimal") as "numeric" | "decimal" }
      : field.type === "money" ? { inputmode: "decimal" as const } : {};
    const shown = field.type === "money" && typeof value === "number" ? amountText(value, locale) : asText(value);
    control = (
      <input type={type} id={id} name={full} value={shown} list={list} {...numeric}
        readonly={field.type === "text" && field.readonly ? true : undefined} {...aria} />
    );
  }
  return (
    <div class={cls}>
      <label for={id}><Label field={field} ctx={ctx} /></label>
      {hint ? <span class="hint" id={hintId}>{hint}</span> : null}
      <ErrorText id={`${id}-error`} messages={messages} />
      {control}
    </div>
  );
}

function LocalizedView(props: { field: LeafField; full: string; value: unknown; hint: string | undefined; ctx: RenderContext }) {
  const { field, full, ctx } = props;
  const m = formText(ctx.locale);
  const id = inputId(ctx.formId, full);
  const own = ctx.errorsOf.get(full);
  const multiline = field.type === "localized" && field.multiline;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const anyError = own || ctx.errorsOf.get(`${full}.en`) || ctx.errorsOf.get(`${full}.fr`);
  return (
    <fieldset class={anyError ? "field has-error" : "field"} id={id}>
      <legend><Label field={field} ctx={ctx} /></legend>
      {props.hint ? <span class="hint" id={hintId}>{props.hint}</span> : null}
      <ErrorText id={`${id}-error`} messages={own} />
      <div class="bilingual">
        {(["en", "fr"] as const).map((lang) => {
          const name = `${full}.${lang}`;
          const inputIdOf = inputId(ctx.formId, name);
          const messages = ctx.errorsOf.get(name);
          const errorId = messages ? `${inputIdOf}-error` : undefined;
          const attrs = {
            id: inputIdOf, name, lang,
            "aria-invalid": messages || own ? "true" : undefined,
            "aria-describedby": describedBy(hintId, own && `${id}-error`, errorId),
          };
          const text = asText(valueAt(props.value, lang));
          return (
            <div class="field">
              <label for={inputIdOf}><Label field={field} ctx={ctx} suffix={lang === "en" ? m.english : m.french} optional /></label>
              <ErrorText id={`${inputIdOf}-error`} messages={messages} />
              {multiline ? <textarea rows={5} {...attrs}>{text}</textarea> : <input type="text" value={text} {...attrs} />}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function ObjectView(props: { field: ObjectField; full: string; values: FormValues; ctx: RenderContext }) {
  const { field, full, ctx } = props;
  const id = inputId(ctx.formId, full);
  const messages = ctx.errorsOf.get(full);
  return (
    <fieldset class={messages ? "field has-error" : "field"} id={id}>
      <legend><Label field={field} ctx={ctx} /></legend>
      {field.hint ? <span class="hint">{field.hint[ctx.locale]}</span> : null}
      <ErrorText id={`${id}-error`} messages={messages} />
      {field.fields.map((f) => <FieldView field={f} prefix={full} values={props.values} ctx={ctx} />)}
    </fieldset>
  );
}

function GroupView(props: { field: GroupField; full: string; values: FormValues; ctx: RenderContext }) {
  const { field, full, ctx } = props;
  const { locale } = ctx;
  const m = formText(locale);
  const id = inputId(ctx.formId, full);
  const rows = valueAt(props.values, full);
  const list = Array.isArray(rows) ? rows : [];
  const messages = ctx.errorsOf.get(full);
  const item = field.itemLabel[locale];
  return (
    <fieldset class={messages ? "field group has-error" : "field group"} id={id}>
      <legend><Label field={field} ctx={ctx} /></legend>
      {field.hint ? <span class="hint">{field.hint[locale]}</span> : null}
      <ErrorText id={`${id}-error`} messages={messages} />
      {list.length === 0 ? <p class="muted">{m.emptyList}</p> : null}
      {list.map((_, i) => {
        const rowName = `${full}.${i}`;
        const rowId = inputId(ctx.formId, rowName);
        const rowLabel = m.row(item, i + 1);
        return (
          <fieldset class="group-row" id={rowId}>
            <legend>{rowLabel}</legend>
            <ErrorText id={`${rowId}-error`} messages={ctx.errorsOf.get(rowName)} />
            {field.fields.map((f) => <FieldView field={f} prefix={rowName} values={props.values} ctx={ctx} />)}
            <div class="actions">
              {i > 0 ? <RowButton action={`up:${rowName}`} text={m.moveUp} context={rowLabel} /> : null}
              {i < list.length - 1 ? <RowButton action={`down:${rowName}`} text={m.moveDown} context={rowLabel} /> : null}
              <RowButton action={`remove:${rowName}`} text={m.remove} context={rowLabel} />
            </div>
          </fieldset>
        );
      })}
      <div class="actions">
        <button type="submit" class="secondary" name="_action" value={`add:${full}`} formnovalidate>{(field.addLabel ?? field.itemLabel)[locale]}</button>
      </div>
    </fieldset>
  );
}

function RowButton(props: { action: string; text: string; context: string }) {
  return (
    <button type="submit" class="secondary" name="_action" value={props.action} formnovalidate>
      {props.text}<span class="visually-hidden">{` — ${props.context}`}</span>
    </button>
  );
}
