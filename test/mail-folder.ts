/**
 * Reads the messages the folder mail transport wrote (MAIL_DIR, one RFC 822 `.eml` file each), so
 * tests can check what a visitor would receive. A small MIME reader: headers with RFC 2047 encoded
 * words, nested multipart bodies, base64 and quoted-printable parts, UTF-8 text.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export interface MailAttachment {
  filename: string;
  /** The Content-Type header as written, e.g. "text/calendar; method=PUBLISH; charset=utf-8". */
  contentType: string;
  content: string;
}

export interface ReadMessage {
  file: string;
  from: string;
  to: string;
  subject: string;
  messageId: string;
  text: string;
  html?: string;
  attachments: MailAttachment[];
  headers: Map<string, string>;
}

/** Every `.eml` file of `dir`, oldest first (by file name); none when the folder does not exist. */
export async function readMailFolder(dir: string): Promise<ReadMessage[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".eml") && !n.startsWith(".")).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return Promise.all(names.map(async (file) => ({ ...parseEml(await readFile(join(dir, file), "latin1")), file })));
}

/** Parses one message given as its raw bytes in a latin1 string (one char per byte). */
export function parseEml(raw: string): Omit<ReadMessage, "file"> {
  const root = parsePart(raw);
  const message: Omit<ReadMessage, "file"> = {
    from: root.headers.get("from") ?? "",
    to: root.headers.get("to") ?? "",
    subject: root.headers.get("subject") ?? "",
    messageId: root.headers.get("message-id") ?? "",
    text: "",
    attachments: [],
    headers: root.headers,
  };
  const visit = (part: Part) => {
    if (part.children) return part.children.forEach(visit);
    const type = (part.headers.get("content-type") ?? "text/plain").toLowerCase();
    const disposition = part.headers.get("content-disposition") ?? "";
    if (/^attachment/i.test(disposition)) {
      const filename = parameter(disposition, "filename") ?? parameter(part.headers.get("content-type") ?? "", "name") ?? "";
      message.attachments.push({ filename, contentType: part.headers.get("content-type") ?? "", content: part.body });
    } else if (type.startsWith("text/html")) message.html = part.body;
    else if (type.startsWith("text/plain")) message.text = part.body;
  };
  visit(root);
  return message;
}

interface Part { headers: Map<string, string>; body: string; children?: Part[] }

function parsePart(raw: string): Part {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const rest = split < 0 ? "" : raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /^multipart\//i.test(type) ? parameter(type, "boundary") : undefined;
  if (boundary) {
    const sections = rest.split(`--${boundary}`);
    const children = sections.slice(1).filter((s) => !s.startsWith("--")).map((s) => parsePart(s.replace(/^\r?\n/, "").replace(/\r?\n$/, "")));
    return { headers, body: "", children };
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const bytes = encoding === "base64" ? Buffer.from(rest.replace(/\s+/g, ""), "base64")
    : encoding === "quoted-printable" ? quotedPrintable(rest) : Buffer.from(rest, "latin1");
  return { headers, body: bytes.toString("utf8").replace(/\r\n/g, "\n") };
}

function parameter(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\*?=("([^"]*)"|[^;\\s]+)`, "i").exec(header);
  if (!match) return undefined;
  const value = match[2] ?? match[1]!;
  const extended = /^utf-8''(.*)$/i.exec(value);
  return extended ? decodeURIComponent(extended[1]!) : value;
}

function quotedPrintable(text: string): Buffer {
  const joined = text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === "=" ? /^[0-9A-F]{2}$/i.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

/** RFC 2047: "=?UTF-8?Q?R=C3=A9servation?=" → "Réservation"; blanks between encoded words vanish. The rest is UTF-8 read as latin1. */
function decodeWords(value: string): string {
  const decoded = value.replace(/(=\?[^?]+\?[BQ]\?[^?]*\?=)\s+(?==\?)/gi, "$1").replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, text: string) =>
    (kind.toUpperCase() === "B" ? Buffer.from(text, "base64") : quotedPrintable(text.replace(/_/g, " "))).toString("latin1"));
  return Buffer.from(decoded, "latin1").toString("utf8");
}
