/** How a form field of the public site shows its error: one pattern for every form (booking, search). */

/** The field's wrapper class, its aria attributes (its hint and error described) and its error text, for the input `id`. */
export function fieldErrorOf(message: string | undefined, id: string, hint = false) {
  const ids = [hint ? `${id}-hint` : undefined, message ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return {
    aria: { "aria-invalid": message ? ("true" as const) : undefined, "aria-describedby": ids || undefined },
    text: message ? <span class="error" id={`${id}-error`}>{message}</span> : null,
    cls: message ? "field has-error" : "field",
  };
}
