import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer, type AddressInfo, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readMailFolder } from "../../../test/mail-folder.ts";
import { parseEml } from "../../../test/mail-folder.ts";
import { createMailTransport, emlFileName, folderTransport, smtpTransport } from "./mail-transport.ts";
import type { OutboxMessage } from "./outbox.repository.ts";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "remembrance-mail-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:booking-K7QM3XPD@remembrance.test", "SUMMARY:Visite guidée", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");

const message = (o: Partial<OutboxMessage> = {}): OutboxMessage => ({
  id: 42,
  kind: "booking_confirmed",
  toAddress: "ada@example.org",
  subject: "Réservation confirmée\u00a0: Visite guidée «\u00a0Les barricades\u00a0»",
  textBody: "Bonjour Ada,\n\nVotre réservation est confirmée.\nCode\u00a0: K7QM3XPD\n",
  htmlBody: "<p>Bonjour Ada,</p><p>Votre réservation est confirmée.</p>",
  attachments: [{ filename: "visit-K7QM3XPD.ics", contentType: "text/calendar; method=PUBLISH", content: ics }],
  createdAt: new Date("2026-03-20T14:05:09.123Z"),
  attempts: 1,
  nextAttemptAt: new Date("2026-03-20T14:10:09.123Z"),
  sentAt: null,
  lastError: null,
  ...o,
});

describe("the folder mail transport", () => {
  it("writes the message SMTP would have carried as a .eml file, attachment included", async () => {
    const dir = join(root, "outbox");
    const transport = folderTransport(dir, "Mémorial <bookings@memorial.example.org>");
    await transport.send(message());
    transport.close();

    const [mail, ...others] = await readMailFolder(dir);
    expect(others).toEqual([]);
    expect(mail!.file).toBe(emlFileName(message()));
    expect(mail!.to).toBe("ada@example.org");
    expect(mail!.from).toBe("Mémorial <bookings@memorial.example.org>");
    expect(mail!.subject).toBe("Réservation confirmée\u00a0: Visite guidée «\u00a0Les barricades\u00a0»");
    expect(mail!.text).toContain("Code\u00a0: K7QM3XPD");
    expect(mail!.html).toContain("<p>Votre réservation est confirmée.</p>");
    expect(mail!.messageId).toMatch(/^<outbox-42-\d+@memorial\.example\.org>$/);
    expect(mail!.attachments).toHaveLength(1);
    expect(mail!.attachments[0]).toMatchObject({ filename: "visit-K7QM3XPD.ics", content: ics.replace(/\r\n/g, "\n") });
    expect(mail!.attachments[0]!.contentType).toMatch(/^text\/calendar; method=PUBLISH; charset=utf-8/);
  });

  it("names files so that a listing sorts them by the time they were queued, and leaves no partial file", async () => {
    const transport = folderTransport(root, "bookings@memorial.example.org");
    await transport.send(message({ id: 9, createdAt: new Date("2026-03-21T08:00:00Z") }));
    await transport.send(message({ id: 10, createdAt: new Date("2026-03-20T08:00:00Z") }));
    transport.close();
    const files = await readdir(root);
    expect(files.sort()).toEqual(["2026-03-20T08-00-00.000Z-10.eml", "2026-03-21T08-00-00.000Z-9.eml"]);
    expect((await readMailFolder(root)).map((m) => m.file)).toEqual(files.sort());
  });

  it("writes a message sent twice once", async () => {
    const transport = folderTransport(root, "bookings@memorial.example.org");
    await transport.send(message());
    await transport.send(message({ subject: "Second try" }));
    transport.close();
    const mails = await readMailFolder(root);
    expect(mails.map((m) => m.subject)).toEqual(["Second try"]);
  });

  it("keeps lines short and the body 7-bit safe, as SMTP servers require", async () => {
    const transport = folderTransport(root, "bookings@memorial.example.org");
    await transport.send(message({ textBody: `${"Très long texte ".repeat(80)}\n` }));
    transport.close();
    const raw = await readFile(join(root, emlFileName(message())), "latin1");
    const longest = Math.max(...raw.split("\r\n").map((l) => l.length));
    expect(longest).toBeLessThanOrEqual(998);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
  });
});

/** The least of an SMTP server: takes messages, or refuses recipients at `refuse`. */
async function fakeSmtpServer(refuse?: string) {
  const received: { from: string; to: string[]; data: string }[] = [];
  const server: Server = createServer((socket) => {
    let buffer = "";
    let inData = false;
    let current = { from: "", to: [] as string[], data: "" };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 localhost ESMTP test");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("latin1");
      for (let end = buffer.indexOf("\r\n"); end >= 0; end = buffer.indexOf("\r\n")) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            received.push(current);
            current = { from: "", to: [], data: "" };
            reply("250 queued");
          } else current.data += `${line.startsWith("..") ? line.slice(1) : line}\r\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) reply("250 localhost");
        else if (/^MAIL FROM:/i.test(line)) {
          current.from = line.slice(10);
          reply("250 ok");
        } else if (/^RCPT TO:/i.test(line)) {
          if (refuse && line.includes(refuse)) reply("550 no such mailbox");
          else {
            current.to.push(line.slice(8));
            reply("250 ok");
          }
        } else if (/^DATA/i.test(line)) {
          inData = true;
          reply("354 go on");
        } else if (/^QUIT/i.test(line)) {
          reply("221 bye");
          socket.end();
        } else reply("250 ok");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("the SMTP mail transport", () => {
  it("hands the message to the server", async () => {
    const smtp = await fakeSmtpServer();
    const transport = smtpTransport(smtp.url, "Mémorial <bookings@memorial.example.org>");
    try {
      await transport.send(message());
    } finally {
      transport.close();
      await smtp.close();
    }
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.from).toContain("bookings@memorial.example.org");
    expect(smtp.received[0]!.to.join()).toContain("ada@example.org");
    const mail = parseEml(smtp.received[0]!.data);
    expect(mail.subject).toBe(message().subject);
    expect(mail.attachments.map((a) => a.filename)).toEqual(["visit-K7QM3XPD.ics"]);
  });

  it("fails when the server refuses the recipient, so the outbox tries again later", async () => {
    const smtp = await fakeSmtpServer("ada@example.org");
    const transport = smtpTransport(smtp.url, "bookings@memorial.example.org");
    try {
      await expect(transport.send(message())).rejects.toThrow(/550/);
    } finally {
      transport.close();
      await smtp.close();
    }
    expect(smtp.received).toEqual([]);
  });
});

describe("choosing the transport", () => {
  it("uses the folder without an SMTP server, and names the SMTP server without its password otherwise", () => {
    const folder = createMailTransport({ from: "a@b.c", dir: join(root, "outbox") });
    const smtp = createMailTransport({ smtpUrl: "smtp://bookings:s3cret@mail.example.org:587", from: "a@b.c", dir: root });
    expect(folder.description).toBe(`folder ${join(root, "outbox")}`);
    expect(smtp.description).toBe("SMTP smtp://mail.example.org:587");
    expect(smtp.description).not.toContain("s3cret");
    folder.close();
    smtp.close();
  });
});
