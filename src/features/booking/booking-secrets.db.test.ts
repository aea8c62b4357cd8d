/**
 * A booking's secret is kept only as a hash: the confirmation waiting in the outbox and the reply
 * kept for its Idempotency-Key hold it sealed, and once the confirmation is sent no table holds it
 * in clear (issue 13, finding 5).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { storeOffer } from "../../../test/booking-offers.ts";
import { readMailFolder } from "../../../test/mail-folder.ts";
import { tablesHolding } from "../../../test/secret-scan.ts";
import { testSecrets } from "../../../test/secrets.ts";
import { rowsOf } from "../../db/database.ts";
import { silentLogger } from "../../lib/logger.ts";
import { folderTransport } from "../outbox/mail-transport.ts";
import { startOutboxSender } from "../outbox/outbox.sender.ts";

// Tuesday 24 November 2026, 09:00 in Paris: the day's slots from 10:00 are all ahead.
const NOW = new Date("2026-11-24T08:00:00Z");
let t: TestApp;
let offer: Awaited<ReturnType<typeof storeOffer>>;
let mailDir: string;

beforeAll(async () => {
  t = await createTestApp(() => NOW);
  offer = await storeOffer(t.handle.db, { capacity: 5, maxParty: 5 });
  mailDir = join(await mkdtemp(join(tmpdir(), "rm-booking-secrets-")), "outbox");
});
afterAll(async () => {
  await t.handle.close();
  await rm(join(mailDir, ".."), { recursive: true, force: true });
});

const post = (body: unknown, key: string) => t.app.request("/api/bookings", {
  method: "POST", headers: { "content-type": "application/json", "idempotency-key": key }, body: JSON.stringify(body),
});

describe("a booking's secret at rest", () => {
  it("is in no table in clear while its confirmation waits, nor once it is sent; the replay of its key still gives its links", async () => {
    const { body: slots } = await t.getJson(`/api/offers/${offer.offer.id}/slots?from=2026-11-24&to=2026-11-24`);
    const request = { slotId: slots.items[0].id, partySize: 2, name: "Ada Lovelace", email: "ada@example.org", lang: "en" };
    const made = await post(request, "secret-at-rest-1");
    expect(made.status).toBe(201);
    const reply = await made.json() as { code: string; secret: string; links: Record<string, string> };
    const secret = new URL(reply.links.cancel!).searchParams.get("secret")!;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secret).toBe(reply.secret);

    // Waiting to be sent: the outbox row and the idempotent reply hold it sealed, nothing in clear.
    expect(await tablesHolding(t.handle.db, secret)).toEqual({});
    const [waiting] = rowsOf<{ text_body: string; html_body: string; attachments: { content: string }[] }>(
      await t.handle.db.execute(sql`select text_body, html_body, attachments from outbox_messages where kind = 'booking_confirmed' and to_address = 'ada@example.org'`));
    for (const body of [waiting!.text_body, waiting!.html_body, waiting!.attachments[0]!.content]) expect(testSecrets.open(body)).toContain(reply.code.slice(0, 4));
    expect(testSecrets.open(waiting!.text_body)).toContain(secret);
    const [kept] = rowsOf<{ response: { sealed: string } }>(await t.handle.db.execute(sql`select response from idempotency_keys where key = 'secret-at-rest-1'`));
    expect(Object.keys(kept!.response)).toEqual(["sealed"]);
    expect(JSON.parse(testSecrets.open(kept!.response.sealed))).toEqual(reply);

    // A retry under the same key: the same reply, opened from the sealed one.
    const replayed = await post(request, "secret-at-rest-1");
    expect(replayed.status).toBe(201);
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    expect(await replayed.json()).toEqual(reply);

    // Sent: the visitor's mail carries the links; the table keeps no body.
    const sender = startOutboxSender({ db: t.handle.db, secrets: testSecrets, transport: folderTransport(mailDir, "bookings@memorial.example.org"), logger: silentLogger, now: () => NOW, intervalMs: 3_600_000 });
    expect(await sender.flush()).toBe(1);
    await sender.stop();
    const [mail] = await readMailFolder(mailDir);
    expect(mail!.to).toBe("ada@example.org");
    expect(mail!.text).toContain(reply.links.cancel!);
    expect(mail!.attachments[0]!.content).toContain(`${reply.code.slice(0, 4)}-${reply.code.slice(4)}`);
    expect(await tablesHolding(t.handle.db, secret)).toEqual({});
    const [sent] = rowsOf<Record<string, unknown>>(await t.handle.db.execute(sql`select kind, to_address, subject, text_body, html_body, attachments, sent_at from outbox_messages where kind = 'booking_confirmed'`));
    expect(sent).toMatchObject({ kind: "booking_confirmed", to_address: "ada@example.org", text_body: "", html_body: null, attachments: [] });
    expect(sent!.subject).toEqual(expect.any(String));
    expect(sent!.sent_at).not.toBeNull();

    // Still within the 24 hours, the retry is answered as before.
    const later = await post(request, "secret-at-rest-1");
    expect(later.headers.get("idempotent-replayed")).toBe("true");
    expect(await later.json()).toEqual(reply);
  });
});
