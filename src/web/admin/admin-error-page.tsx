/** Back office answers for a refused action (403) or an unknown address (404), in the shell and language of the page. */
import type { Context } from "hono";
import type { Locale } from "../../lib/locales.ts";
import type { AppEnv } from "../app-env.ts";
import { htmlDocument } from "../site.tsx";
import { AdminLayout, adminUrl } from "./admin-layout.tsx";
import { adminPageOf } from "./admin-paths.ts";
import { adminText } from "./admin-text.ts";

/** The most a back office request may send (the largest is a dataset import, 20 MB, plus the form around it). */
export const ADMIN_MAX_BODY_MB = 21;

const words: Record<404 | 413, Record<Locale, { title: string; text: string }>> = {
  404: {
    en: { title: "Page not found", text: "There is no back office page at this address, or the record it names does not exist." },
    fr: { title: "Page introuvable", text: "Aucune page d'administration à cette adresse, ou la fiche qu'elle désigne n'existe pas." },
  },
  413: {
    en: { title: "Too much sent", text: `A back office form may send at most ${ADMIN_MAX_BODY_MB} MB. Nothing was changed.` },
    fr: { title: "Envoi trop volumineux", text: `Un formulaire d'administration peut envoyer au plus ${ADMIN_MAX_BODY_MB} Mo. Rien n'a été modifié.` },
  },
};


export const isAdminPath = (path: string) => path === "/admin" || path.startsWith("/admin/");

export async function adminErrorPage(c: Context<AppEnv>, status: 403 | 404 | 413) {
  const [locale, path] = adminPageOf(c);
  const m = adminText(locale);
  const title = status === 403 ? m.forbiddenTitle : words[status][locale].title;
  const text = status === 403 ? m.forbiddenText : words[status][locale].text;
  c.header("Cache-Control", "no-store");
  return c.html(await htmlDocument(
    <AdminLayout locale={locale} path={path} title={title} actor={c.get("actor")} csrfToken={c.get("session")?.csrfToken}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p><a href={adminUrl(locale, "/")}>{m.dashboard}</a></p>
    </AdminLayout>,
  ), status);
}
