/** Form pieces of the staff pages: an error summary linking to its fields, and labelled inputs showing their error. */
import type { Locale } from "../../lib/locales.ts";
import { adminText } from "../../web/admin/admin-text.ts";

/** Error messages by input id, in the order the fields appear. */
export type FormErrors = Record<string, string>;

export function ErrorSummary(props: { locale: Locale; errors: FormErrors; id?: string }) {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) return null;
  const id = props.id ?? "error-summary";
  return (
    <div class="error-summary" role="alert" aria-labelledby={id} tabindex={-1}>
      <h2 id={id}>{adminText(props.locale).errorSummaryTitle}</h2>
      <ul>
        {entries.map(([field, message]) => <li><a href={`#${field}`}>{message}</a></li>)}
      </ul>
    </div>
  );
}

export interface InputFieldProps {
  id: string;
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  value?: string;
  error?: string;
  hint?: string;
  autocomplete?: string;
  required?: boolean;
  inputmode?: "numeric" | "text";
  maxlength?: number;
}

export function InputField(p: InputFieldProps) {
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  const errorId = p.error ? `${p.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div class={p.error ? "field has-error" : "field"}>
      <label for={p.id}>{p.label}</label>
      {p.hint ? <span class="hint" id={hintId}>{p.hint}</span> : null}
      {p.error ? <span class="error" id={errorId}>{p.error}</span> : null}
      <input
        id={p.id} name={p.name} type={p.type ?? "text"} value={p.type === "password" ? undefined : p.value}
        autocomplete={p.autocomplete} required={p.required} inputmode={p.inputmode} maxlength={p.maxlength}
        aria-invalid={p.error ? "true" : undefined} aria-describedby={describedBy}
        spellcheck={p.type === "email" || p.type === "password" ? false : undefined}
      />
    </div>
  );
}
