/**
 * Where the outbox's messages go: a configured SMTP server, or, without one, a folder that receives
 * each message as the RFC 822 `.eml` file SMTP would have carried (attachments included), so nothing
 * is lost and tests and developers can read what was sent.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createTransport, type SendMailOptions } from "nodemailer";
import type { OutboxMessage } from "./outbox.repository.ts";

export interface MailTransport {
  /** Resolves once the message is handed over for good (accepted by the server, or on disk). */
  send(message: OutboxMessage): Promise<void>;
  /** Where messages go, for the logs (never a password). */
  readonly description: string;
  close(): void;
}

export interface MailSettings {
  smtpUrl?: string;
  from: string;
  dir: string;
}

export function createMailTransport(settings: MailSettings): MailTransport {
  return settings.smtpUrl ? smtpTransport(settings.smtpUrl, settings.from) : folderTransport(settings.dir, settings.from);
}

/** The message as nodemailer composes it; the Message-ID is stable, so a message sent twice (a lost acknowledgement) is one message to mail clients. */
function mailOptions(message: OutboxMessage, from: string): SendMailOptions {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
  return {
    from,
    to: message.toAddress,
    subject: message.subject,
    text: message.textBody,
    html: message.htmlBody ?? undefined,
    date: message.createdAt,
    messageId: `<outbox-${message.id}-${message.createdAt.getTime()}@${domain}>`,
    attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: withUtf8Charset(a.contentType), content: a.content })),
  };
}

/** Attachments are stored as UTF-8 text: say so, or a client may read "guidée" as Latin-1. */
const withUtf8Charset = (contentType: string) =>
  (/^text\//i.test(contentType) && !/;\s*charset=/i.test(contentType) ? `${contentType}; charset=utf-8` : contentType);

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  // Bounded waits: a silent server must fail the attempt well within the outbox's lease.
  const transporter = createTransport({ url: smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
  const shown = new URL(smtpUrl);
  return {
    description: `SMTP ${shown.protocol}//${shown.host}`,
    send: async (message) => {
      await transporter.sendMail(mailOptions(message, from));
    },
    close: () => transporter.close(),
  };
}

/** The .eml file of a message: `<createdAt ISO, with "-" for ":">-<id>.eml`, so a listing sorts by time. */
export function emlFileName(message: Pick<OutboxMessage, "id" | "createdAt">): string {
  return `${message.createdAt.toISOString().replaceAll(":", "-")}-${message.id}.eml`;
}

export function folderTransport(dir: string, from: string): MailTransport {
  const composer = createTransport({ streamTransport: true, buffer: true, newline: "\r\n" });
  return {
    description: `folder ${dir}`,
    send: async (message) => {
      const info = await composer.sendMail(mailOptions(message, from));
      await mkdir(dir, { recursive: true });
      const name = emlFileName(message);
      // Written under a name readers skip, then renamed: a reader never sees half a message.
      const partial = join(dir, `.${name}.${process.pid}.partial`);
      try {
        await writeFile(partial, info.message as Buffer);
        await rename(partial, join(dir, name));
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    close: () => composer.close(),
  };
}
