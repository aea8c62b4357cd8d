/**
 * The proof-of-work field of a form: the ALTCHA widget (a checkbox labelled in the page's language;
 * ticking it has the browser solve a challenge, then the form sends the solution in its `altcha`
 * field) and, without JavaScript, a notice saying why the form cannot be sent.
 */
import type { Locale } from "../../lib/locales.ts";
import { proofOfWorkAssetPath } from "./proof-of-work.assets.ts";
import { proofOfWorkText } from "./proof-of-work.page-text.ts";
import { PROOF_CHALLENGE_PATH, PROOF_FIELD } from "./proof-of-work.ts";

/**
 * No footer or logo (links to the vendor's site), no pointer-movement collection, and the browser's
 * message for a box left unticked in the page's language (not the browser's).
 */
const configurationOf = (mustTick: string) => JSON.stringify({ hideFooter: true, hideLogo: true, humanInteractionSignature: false, validationMessage: mustTick });

export function ProofOfWorkField({ locale }: { locale: Locale }) {
  const text = proofOfWorkText(locale);
  return (
    <div class="proof-of-work">
      <link rel="stylesheet" href={proofOfWorkAssetPath("altcha.css")} />
      <altcha-widget challenge={PROOF_CHALLENGE_PATH} name={PROOF_FIELD} language={locale} configuration={configurationOf(text.mustTick)}></altcha-widget>
      <noscript><p class="proof-of-work-noscript">{text.noScript}</p></noscript>
      <script type="module" src={proofOfWorkAssetPath("proof-of-work.js")}></script>
    </div>
  );
}
