import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testEngine } from "../../../test/database.ts";
import type { DatabaseHandle } from "../../db/database.ts";
import { outboxMessages } from "../../db/schema/bookings.ts";
import { createLogger } from "../../lib/logger.ts";
import { readMailFolder } from "../../../test/mail-folder.ts";
import { testSecrets } from "../../../test/secrets.ts";
import { createKeyring } from "../../lib/secret-key.ts";
import { folderTransport, type MailTransport } from "./mail-transport.ts";
import { enqueueMessage, pendingCount, type NewOutboxMessage, type OutboxMessage } from "./outbox.repository.ts";
import { startOutboxSender, type OutboxSenderOptions } from "./outbox.sender.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());
beforeEach(async () => {
  await handle.db.execute(sql`delete from outbox_messages`);
});

const aMessage = (to: string, o: Partial<NewOutboxMessage> = {}): NewOutboxMessage => ({
  kind: "booking_confirmed", toAddress: to, subject: `For ${to}`, textBody: "Hello", ...o,
});

/** A transport that records what it sends; `refuse` makes it fail for some messages. */
function recordingTransport(options: { refuse?: (m: OutboxMessage) => boolean } = {}) {
  const sent: OutboxMessage[] = [];
  let tries = 0;
  let closed = false;
  const transport: MailTransport = {
    description: "memory",
    async send(m) {
      tries += 1;
      if (options.refuse?.(m)) throw new Error(`550 mailbox ${m.toAddress} unavailable`);
      sent.push(m);
    },
    close: () => {
      closed = true;
    },
  };
  return { transport, sent, tries: () => tries, closed: () => closed };
}

function capturedLogger() {
  const entries: { level: string; msg: string; [k: string]: unknown }[] = [];
  return { entries, logger: createLogger("debug", (line) => void entries.push(JSON.parse(line))) };
}

/** A sender that only sends when flushed (its timer is an hour away), on a clock the test moves. */
function flushedSender(transport: MailTransport, extra: Partial<OutboxSenderOptions> = {}) {
  let clock = new Date();
  const { logger, entries } = capturedLogger();
  const sender = startOutboxSender({ db: handle.db, secrets: testSecrets, transport, logger, now: () => clock, intervalMs: 3_600_000, ...extra });
  return { sender, entries, advance: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

const rowOf = async (id: number) => (await handle.db.select().from(outboxMessages).where(eq(outboxMessages.id, id)))[0]!;

describe("the outbox", () => {
  it("sends a message queued with what it announces, and nothing queued in a transaction that rolled back", async () => {
    class RolledBack extends Error {}
    await expect(handle.db.transaction(async (tx) => {
      await enqueueMessage(tx, testSecrets, aMessage("lost@example.org"));
      throw new RolledBack();
    })).rejects.toBeInstanceOf(RolledBack);
    const kept = await handle.db.transaction((tx) => enqueueMessage(tx, testSecrets, aMessage("kept@example.org")));
    const { transport, sent } = recordingTransport();
    const { sender } = flushedSender(transport);

    expect(await sender.flush()).toBe(1);
    expect(sent.map((m) => m.toAddress)).toEqual(["kept@example.org"]);
    expect((await rowOf(kept)).sentAt).not.toBeNull();
    expect(await pendingCount(handle.db)).toBe(0);
    expect(await sender.flush()).toBe(0);
    expect(sent).toHaveLength(1);
    await sender.stop();
  });

  it("retries a message that failed later on, while the others still go", async () => {
    const ids: number[] = [];
    for (const to of ["a@example.org", "bounce@example.org", "c@example.org"]) ids.push(await enqueueMessage(handle.db, testSecrets, aMessage(to)));
    let serverDown = true;
    const { transport, sent } = recordingTransport({ refuse: (m) => serverDown && m.toAddress === "bounce@example.org" });
    const { sender, entries, advance } = flushedSender(transport);

    expect(await sender.flush()).toBe(2);
    expect(sent.map((m) => m.toAddress)).toEqual(["a@example.org", "c@example.org"]);
    const failed = await rowOf(ids[1]!);
    expect(failed).toMatchObject({ sentAt: null, attempts: 1, lastError: "550 mailbox bounce@example.org unavailable" });
    expect(entries.filter((e) => e.level === "error").map((e) => [e.msg, e.outboxId])).toEqual([["outbox message not sent, will retry", ids[1]]]);
    expect(await pendingCount(handle.db)).toBe(1);

    advance(30_000);
    expect(await sender.flush()).toBe(0);
    serverDown = false;
    advance(31_000);
    expect(await sender.flush()).toBe(1);
    expect(sent.map((m) => m.toAddress)).toEqual(["a@example.org", "c@example.org", "bounce@example.org"]);
    expect(await rowOf(ids[1]!)).toMatchObject({ attempts: 2, lastError: null });
    expect(await pendingCount(handle.db)).toBe(0);
    await sender.stop();
  });

  it("gives up after ten attempts, keeping the message and its last error", async () => {
    const id = await enqueueMessage(handle.db, testSecrets, aMessage("gone@example.org"));
    const { transport, tries } = recordingTransport({ refuse: () => true });
    const { sender, entries, advance } = flushedSender(transport);
    for (let i = 0; i < 12; i++) {
      await sender.flush();
      advance(2 * 60 * 60_000);
    }
    expect(tries()).toBe(10);
    expect(await rowOf(id)).toMatchObject({ sentAt: null, attempts: 10, lastError: "550 mailbox gone@example.org unavailable" });
    // Given up on, it keeps its bodies, sealed (someone may want to send it by hand).
    const kept = await rowOf(id);
    expect(testSecrets.isSealed(kept.textBody)).toBe(true);
    expect(testSecrets.open(kept.textBody)).toBe("Hello");
    const errors = entries.filter((e) => e.level === "error").map((e) => e.msg);
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)).toBe("outbox message not sent after 10 attempts, giving up");
    expect(await pendingCount(handle.db)).toBe(1);
    await sender.stop();
  });

  it(`sends each message exactly once when senders run at the same time (${testEngine})`, async () => {
    const ids = new Set<number>();
    for (let i = 0; i < 60; i++) ids.add(await enqueueMessage(handle.db, testSecrets, aMessage(`visitor${i}@example.org`)));
    const counts = new Map<number, number>();
    const counting: MailTransport = {
      description: "counting",
      send: async (m) => void counts.set(m.id, (counts.get(m.id) ?? 0) + 1),
      close: () => {},
    };
    const senders = [1, 2, 3, 4].map(() => flushedSender(counting, { batchSize: 3 }).sender);

    const sentBy = await Promise.all(senders.map((s) => s.flush()));
    expect(sentBy.reduce((a, b) => a + b, 0)).toBe(60);
    expect([...counts.keys()].sort((x, y) => x - y)).toEqual([...ids].sort((x, y) => x - y));
    expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect(await pendingCount(handle.db)).toBe(0);
    await Promise.all(senders.map((s) => s.stop()));
  });

  it("without an SMTP server, leaves each message in the mail folder as it would have been sent", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "remembrance-outbox-")), "outbox");
    try {
      const ics = "BEGIN:VCALENDAR\r\nSUMMARY:Visite guidée\r\nEND:VCALENDAR\r\n";
      const id = await handle.db.transaction((tx) => enqueueMessage(tx, testSecrets, aMessage("ada@example.org", {
        subject: "Réservation confirmée", textBody: "Bonjour Ada\n", htmlBody: "<p>Bonjour Ada</p>",
        attachments: [{ filename: "visit-K7QM-3XPD.ics", contentType: "text/calendar; method=PUBLISH", content: ics }],
      })));
      // While it waits, its bodies are sealed: the table holds none of them in clear.
      const waiting = await rowOf(id);
      expect(JSON.stringify(waiting)).not.toMatch(/Bonjour|Visite guidée/);
      expect([waiting.textBody, waiting.htmlBody!, waiting.attachments[0]!.content].every((v) => testSecrets.isSealed(v))).toBe(true);
      expect(waiting).toMatchObject({ subject: "Réservation confirmée", attachments: [{ filename: "visit-K7QM-3XPD.ics", contentType: "text/calendar; method=PUBLISH" }] });
      const { sender } = flushedSender(folderTransport(dir, "bookings@memorial.example.org"));
      expect(await sender.flush()).toBe(1);
      await sender.stop();
      const mails = await readMailFolder(dir);
      expect(mails.map((m) => [m.to, m.subject, m.text])).toEqual([["ada@example.org", "Réservation confirmée", "Bonjour Ada\n"]]);
      expect(mails[0]!.attachments.map((a) => [a.filename, a.content])).toEqual([["visit-K7QM-3XPD.ics", ics.replace(/\r\n/g, "\n")]]);
      // Once sent, the bodies are gone; what it was, to whom and when stay.
      expect(await rowOf(id)).toMatchObject({ kind: "booking_confirmed", toAddress: "ada@example.org", subject: "Réservation confirmée", textBody: "", htmlBody: null, attachments: [] });
      expect((await rowOf(id)).sentAt).not.toBeNull();
    } finally {
      await rm(dirname(dir), { recursive: true, force: true });
    }
  });

  it("does not send a message its keyring cannot open: it fails and is retried, like a refused send", async () => {
    const id = await enqueueMessage(handle.db, createKeyring("a-key-this-process-does-not-have-0123456789"), aMessage("lost-key@example.org"));
    const { transport, sent } = recordingTransport();
    const { sender, entries } = flushedSender(transport);
    expect(await sender.flush()).toBe(0);
    expect(sent).toEqual([]);
    expect((await rowOf(id)).lastError).toMatch(/neither SECRET_KEY nor one of SECRET_KEY_PREVIOUS/);
    expect(entries.some((e) => e.msg === "outbox message not sent, will retry")).toBe(true);
    await sender.stop();
  });

  it("sends on its own every interval", async () => {
    await enqueueMessage(handle.db, testSecrets, aMessage("timely@example.org"));
    const { transport, sent } = recordingTransport();
    const sender = startOutboxSender({ db: handle.db, secrets: testSecrets, transport, logger: capturedLogger().logger, intervalMs: 20 });
    for (let i = 0; i < 250 && sent.length === 0; i++) await sleep(20);
    expect(sent.map((m) => m.toAddress)).toEqual(["timely@example.org"]);
    await sender.stop();
  });

  it("stops only once the send in progress is done, and hands back the messages it had not tried yet", async () => {
    const first = await enqueueMessage(handle.db, testSecrets, aMessage("first@example.org"));
    const second = await enqueueMessage(handle.db, testSecrets, aMessage("second@example.org"));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { transport, sent, closed } = recordingTransport();
    const send = transport.send;
    let started = false;
    transport.send = async (m) => {
      started = true;
      await released;
      await send(m);
    };
    const sender = startOutboxSender({ db: handle.db, secrets: testSecrets, transport, logger: capturedLogger().logger, intervalMs: 10 });
    for (let i = 0; i < 500 && !started; i++) await sleep(10);
    expect(started).toBe(true);

    let stopped = false;
    const stopping = sender.stop().then(() => (stopped = true));
    await sleep(50);
    expect(stopped).toBe(false);
    release();
    await stopping;

    expect(closed()).toBe(true);
    expect(sent.map((m) => m.toAddress)).toEqual(["first@example.org"]);
    expect((await rowOf(first)).sentAt).not.toBeNull();
    expect(await rowOf(second)).toMatchObject({ sentAt: null, attempts: 0 });
    expect(await sender.flush()).toBe(0);
  });
});
