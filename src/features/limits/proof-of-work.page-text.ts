/**
 * Words of the proof-of-work field, in each language: the page's own (the notice without
 * JavaScript) and the widget's strings (every key the ALTCHA widget reads; it falls back to none).
 */
import type { Locale } from "../../lib/locales.ts";

/** The widget's strings, by the names ALTCHA 3 gives them. */
export interface WidgetStrings {
  ariaLinkLabel: string;
  cancel: string;
  enterCode: string;
  enterCodeAria: string;
  enterCodeFromImage: string;
  error: string;
  expired: string;
  footer: string;
  getAudioChallenge: string;
  label: string;
  loading: string;
  reload: string;
  verify: string;
  verificationRequired: string;
  verified: string;
  verifying: string;
  waitAlert: string;
}

const en = {
  noScript: "To protect this form from automated abuse, your browser now needs to do a short calculation before sending it. " +
    "Enable JavaScript for this site, or try again later.",
  /** Shown by the browser when the form is sent before the box is ticked. */
  mustTick: "Tick this box before sending the form: your browser then does a short calculation.",
  widget: {
    ariaLinkLabel: "About this check",
    cancel: "Cancel",
    enterCode: "Enter the code",
    enterCodeAria: "Enter the code you hear. Press Space to play the audio.",
    enterCodeFromImage: "To continue, enter the code from the image below.",
    error: "The check failed. Try again later.",
    expired: "The check has expired. Tick the box again.",
    footer: "",
    getAudioChallenge: "Get an audio code",
    label: "I am not a robot",
    loading: "Loading…",
    reload: "Reload",
    verify: "Verify",
    verificationRequired: "Tick the box “I am not a robot” first: your browser then does a short calculation.",
    verified: "Verified",
    verifying: "Verifying…",
    waitAlert: "Verifying… please wait a moment.",
  } satisfies WidgetStrings,
};

const fr: typeof en = {
  noScript: "Pour protéger ce formulaire des abus automatisés, votre navigateur doit maintenant faire un court calcul avant de l'envoyer. " +
    "Activez JavaScript pour ce site, ou réessayez plus tard.",
  mustTick: "Cochez cette case avant d'envoyer le formulaire\u00a0: votre navigateur fait alors un court calcul.",
  widget: {
    ariaLinkLabel: "À propos de cette vérification",
    cancel: "Annuler",
    enterCode: "Saisissez le code",
    enterCodeAria: "Saisissez le code que vous entendez. Appuyez sur Espace pour écouter.",
    enterCodeFromImage: "Pour continuer, saisissez le code de l'image ci-dessous.",
    error: "La vérification a échoué. Réessayez plus tard.",
    expired: "La vérification a expiré. Cochez de nouveau la case.",
    footer: "",
    getAudioChallenge: "Écouter un code",
    label: "Je ne suis pas un robot",
    loading: "Chargement…",
    reload: "Recharger",
    verify: "Vérifier",
    verificationRequired: "Cochez d'abord la case «\u00a0Je ne suis pas un robot\u00a0»\u00a0: votre navigateur fait alors un court calcul.",
    verified: "Vérifié",
    verifying: "Vérification…",
    waitAlert: "Vérification en cours… Patientez un instant.",
  },
};

export const proofOfWorkText = (locale: Locale) => (locale === "fr" ? fr : en);
