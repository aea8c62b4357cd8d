/**
 * "Share this page": works without JavaScript (an e-mail link and the address to copy); with it,
 * the Web Share API where the browser has one, and a copy button in place of the address field
 * (share.js), so "Copy link" is offered once either way. No third-party script.
 */
import type { Locale } from "../../lib/locales.ts";
import { t } from "../i18n/messages.ts";

export function ShareBlock(props: { locale: Locale; url: string; title: string }) {
  const m = t(props.locale);
  const mailto = `mailto:?subject=${encodeURIComponent(props.title)}&body=${encodeURIComponent(props.url)}`;
  return (
    <section class="share" aria-labelledby="share-title" data-share-url={props.url} data-share-title={props.title}
      data-label-copied={m.copied}>
      <h2 id="share-title">{m.share}</h2>
      <ul class="share-actions">
        <li class="share-native" hidden><button type="button" class="button" data-share="native">{m.shareButton}</button></li>
        <li class="share-copy" hidden><button type="button" class="button" data-share="copy">{m.copyLink}</button></li>
        <li><a class="button" href={mailto}>{m.shareByEmail}</a></li>
      </ul>
      <p class="share-url"><label>{m.copyLink}<input type="text" readonly value={props.url} /></label></p>
      <p class="share-status" role="status" aria-live="polite"></p>
    </section>
  );
}
