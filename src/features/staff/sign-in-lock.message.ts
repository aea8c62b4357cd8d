/** The e-mail that tells an account holder sign-ins to their account were paused from one address (for the outbox). */
import type { Locale } from "../../lib/locales.ts";
import type { NewOutboxMessage } from "../outbox/outbox.service.ts";

const WORDS = {
  en: {
    subject: "Sign-ins to your Remembrance account were paused",
    body: (name: string, address: string, minutes: number) => [
      `Hello ${name},`,
      "",
      `Someone typed a wrong password for your Remembrance back office account several times from the address ${address}.`,
      `Sign-ins to your account from that address are paused for ${minutes} minutes. From anywhere else you can sign in as usual.`,
      "",
      "If it was you, wait and try again, or ask an administrator for a new password link.",
      "If it was not you, your password has not been found. If you think it could be guessed, change it in your account page.",
    ],
  },
  fr: {
    subject: "Les connexions à votre compte Remembrance ont été suspendues",
    body: (name: string, address: string, minutes: number) => [
      `Bonjour ${name},`,
      "",
      `Quelqu'un a saisi plusieurs fois un mot de passe erroné pour votre compte de l'espace de gestion Remembrance depuis l'adresse ${address}.`,
      `Les connexions à votre compte depuis cette adresse sont suspendues pendant ${minutes} minutes. Depuis tout autre endroit, vous pouvez vous connecter comme d'habitude.`,
      "",
      "Si c'était vous, patientez puis réessayez, ou demandez à un administrateur un nouveau lien de mot de passe.",
      "Si ce n'était pas vous, votre mot de passe n'a pas été trouvé. Si vous pensez qu'il pourrait être deviné, changez-le depuis la page de votre compte.",
    ],
  },
} as const satisfies Record<Locale, unknown>;

export function signInLockedMessage(to: { email: string; name: string; locale: Locale }, address: string, minutes: number): NewOutboxMessage {
  const w = WORDS[to.locale];
  return {
    kind: "staff_sign_in_locked",
    toAddress: to.email,
    subject: w.subject,
    textBody: w.body(to.name, address, minutes).join("\n"),
    htmlBody: null,
    attachments: [],
  };
}
