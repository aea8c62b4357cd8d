/**
 * What a browser would send for a rendered form: the successful controls of the HTML (inputs with
 * their values, ticked boxes, chosen options, textareas), without pressing any button.
 */
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/\s([a-zA-Z_:][\w:.-]*)(?:="([^"]*)")?/g)) attrs.set(m[1]!.toLowerCase(), decode(m[2] ?? ""));
  return attrs;
}

/** The fields a browser submits for the first <form> in `html` (or all of `html` when it holds no <form>). */
export function formFields(html: string, formIndex = 0): URLSearchParams {
  const forms = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]);
  const scope = forms.length > 0 ? forms[formIndex] ?? "" : html;
  const fields = new URLSearchParams();
  const controls = /<input\b[^>]*>|<textarea\b[^>]*>[\s\S]*?<\/textarea>|<select\b[^>]*>[\s\S]*?<\/select>/g;
  for (const m of scope.matchAll(controls)) {
    const control = m[0];
    const open = control.match(/^<\w+\b[^>]*>/)![0];
    const attrs = attributes(open);
    const name = attrs.get("name");
    if (!name || attrs.has("disabled")) continue;
    if (control.startsWith("<input")) {
      const type = (attrs.get("type") ?? "text").toLowerCase();
      if (["submit", "button", "image", "reset", "file"].includes(type)) continue;
      if ((type === "checkbox" || type === "radio") && !attrs.has("checked")) continue;
      fields.append(name, attrs.get("value") ?? (type === "checkbox" ? "on" : ""));
    } else if (control.startsWith("<textarea")) {
      // A browser drops one newline right after <textarea>.
      fields.append(name, decode(control.slice(open.length, -"</textarea>".length)).replace(/^\n/, ""));
    } else {
      const options = [...control.matchAll(/<option\b[^>]*>([\s\S]*?)<\/option>/g)];
      const chosen = options.find((o) => attributes(o[0].match(/^<option\b[^>]*>/)![0]).has("selected")) ?? options[0];
      if (chosen) {
        const oa = attributes(chosen[0].match(/^<option\b[^>]*>/)![0]);
        fields.append(name, oa.get("value") ?? decode(chosen[1]!));
      }
    }
  }
  return fields;
}

/** The fields of the form of `html` that posts to `action` (throws when there is none). */
export function fieldsOfFormPostingTo(html: string, action: string): URLSearchParams {
  const forms = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]);
  const form = forms.find((f) => f.match(/^<form\b[^>]*>/)![0].includes(`action="${action}"`));
  if (!form) throw new Error(`no form posting to ${action}`);
  return formFields(form);
}

/** URLSearchParams as the `fields` of postFormAs (repeated names kept), without the CSRF token it adds itself. */
export function asFields(params: URLSearchParams): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) if (key !== "_csrf") fields[key] = params.getAll(key);
  return fields;
}
