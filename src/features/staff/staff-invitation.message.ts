/** The e-mail that carries a one-time link to choose a password, in the person's language (for the outbox). */
import type { Locale } from "../../lib/locales.ts";
import type { NewOutboxMessage } from "../outbox/outbox.service.ts";

const WORDS = {
  en: {
    subject: (created: boolean) => (created ? "Your Remembrance back office account" : "A new link to choose your Remembrance password"),
    body: (name: string, link: string, until: string, created: boolean) => [
      `Hello ${name},`,
      "",
      created ? "An account was created for you in the Remembrance back office." : "A new link was made for your Remembrance back office account; earlier links no longer work.",
      `Choose your password with this link, once, until ${until}:`,
      "",
      link,
      "",
      "If you did not expect this message, ignore it: without the link nobody can use the account.",
    ],
  },
  fr: {
    subject: (created: boolean) => (created ? "Votre compte sur l'espace de gestion Remembrance" : "Un nouveau lien pour choisir votre mot de passe Remembrance"),
    body: (name: string, link: string, until: string, created: boolean) => [
      `Bonjour ${name},`,
      "",
      created ? "Un compte vous a été créé sur l'espace de gestion Remembrance." : "Un nouveau lien a été créé pour votre compte de l'espace de gestion Remembrance\u00a0; les liens précédents ne fonctionnent plus.",
      `Choisissez votre mot de passe avec ce lien, une seule fois, jusqu'au ${until}\u00a0:`,
      "",
      link,
      "",
      "Si vous n'attendiez pas ce message, ignorez-le\u00a0: sans le lien, personne ne peut utiliser le compte.",
    ],
  },
} as const;

export function staffInvitationMessage(to: { email: string; name: string; locale: Locale }, link: string, until: string, created: boolean): NewOutboxMessage {
  const w = WORDS[to.locale];
  return {
    kind: created ? "staff_invitation" : "staff_password_link",
    toAddress: to.email,
    subject: w.subject(created),
    textBody: w.body(to.name, link, until, created).join("\n"),
    htmlBody: null,
    attachments: [],
  };
}
