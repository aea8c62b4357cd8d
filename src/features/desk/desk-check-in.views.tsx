/** The check-in page: one field a hand-held scanner types the code into (or staff do), the result of the last code, the field again. */
import type { Locale } from "../../lib/locales.ts";
import { CsrfField } from "../../web/admin/admin-layout.tsx";
import { adminPaths } from "../../web/admin/admin-paths.ts";
import { assetPath } from "../../web/asset-files.ts";
import { deskText } from "./desk.page-text.ts";

/** What the last code gave, already worded. */
export interface CheckInResult {
  kind: "admitted" | "already_admitted" | "wrong_day" | "cancelled" | "not_found" | "invalid";
  title: string;
  text: string;
  /** Link to the booking, when there is one. */
  link?: { href: string; text: string };
}

export function CheckInPage(p: { locale: Locale; placeSlug: string; placeName: string; csrfToken: string; result?: CheckInResult }) {
  const { locale, result } = p;
  const w = deskText(locale);
  const invalid = result?.kind === "invalid";
  return (
    <>
      <h1>{w.checkInTitle}</h1>
      <p>{p.placeName} — <a href={adminPaths.desk(locale, p.placeSlug)}>{w.backToDay}</a></p>
      {result && !invalid ? (
        <div class={`desk-result desk-result-${result.kind === "admitted" ? "ok" : "refused"}`} role="status">
          <h2>{result.title}</h2>
          <p>{result.text}</p>
          {result.link ? <p><a href={result.link.href}>{result.link.text}</a></p> : null}
        </div>
      ) : null}
      <p>{w.checkInIntro}</p>
      <form method="post" action={adminPaths.deskCheckIn(locale, p.placeSlug)} class="desk-check-in">
        <CsrfField token={p.csrfToken} />
        <div class={invalid ? "field has-error" : "field"}>
          <label for="check-in-code">{w.codeLabel}</label>
          {invalid ? <span class="error" id="check-in-code-error">{result!.text}</span> : null}
          <input id="check-in-code" name="code" type="text" autofocus autocomplete="off" autocapitalize="characters" spellcheck={false}
            maxlength={300} required aria-invalid={invalid ? "true" : undefined} aria-describedby={invalid ? "check-in-code-error" : undefined} />
        </div>
        <div class="actions">
          <button type="submit">{w.submitCheckIn}</button>
          <button type="button" class="secondary" data-scan="check-in-code" data-stop-label={w.stopCamera} hidden>{w.scanWithCamera}</button>
        </div>
      </form>
      <script src={assetPath("desk.js")} defer></script>
    </>
  );
}
