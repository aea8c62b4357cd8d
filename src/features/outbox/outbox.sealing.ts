/**
 * The bodies of a waiting message (text, HTML, attachments' contents) are kept sealed: they hold
 * links with a booking's secret or a one-time link. Kind, address and subject stay readable for the
 * sender's logs and the desk. A body written before sealing existed is read as it is.
 */
import type { OutboxAttachment } from "../../db/schema/bookings.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";

interface Bodies {
  textBody: string;
  htmlBody?: string | null;
  attachments?: OutboxAttachment[];
}

const openOne = (secrets: SecretKeyring, value: string) => (secrets.isSealed(value) ? secrets.open(value) : value);

/** The message with its bodies sealed under the current key (what it was sealed with opens first). */
export function sealBodies<M extends Bodies>(secrets: SecretKeyring, message: M): M {
  const seal = (value: string) => secrets.seal(openOne(secrets, value));
  return {
    ...message,
    textBody: seal(message.textBody),
    htmlBody: message.htmlBody == null ? message.htmlBody : seal(message.htmlBody),
    attachments: message.attachments?.map((a) => ({ ...a, content: seal(a.content) })),
  };
}

/** The message with its bodies readable again; throws SealedValueError when a key it needs is missing. */
export function openBodies<M extends Bodies>(secrets: SecretKeyring, message: M): M {
  return {
    ...message,
    textBody: openOne(secrets, message.textBody),
    htmlBody: message.htmlBody == null ? message.htmlBody : openOne(secrets, message.htmlBody),
    attachments: message.attachments?.map((a) => ({ ...a, content: openOne(secrets, a.content) })),
  };
}
