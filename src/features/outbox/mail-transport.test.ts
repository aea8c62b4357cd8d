import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readMailFolder } from "../../../test/mail-folder.ts";
import { createMailTransport, emlFileName, folderTransport } from "./mail-transport.ts";
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
