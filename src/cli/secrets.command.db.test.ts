/** `remembrance secrets rekey` through the real executable, on an embedded database in a temp folder, after a key rotation. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/server-process.ts";
import { openPglite } from "../db/database.ts";
import { accounts } from "../db/schema/accounts.ts";
import { idempotencyKeys, outboxMessages } from "../db/schema/bookings.ts";
import { claimIdempotencyKey, storeIdempotentReply } from "../features/booking/booking.repository.ts";
import { enqueueMessage } from "../features/outbox/outbox.repository.ts";
import { createKeyring } from "../lib/secret-key.ts";

const OLD = "the-old-secret-key-of-this-installation-0123456789";
const NEW = "the-new-secret-key-of-this-installation-9876543210";
const folder = mkdtempSync(join(tmpdir(), "rm-secrets-"));
const env = { DATA_DIR: join(folder, "data"), DATABASE_URL: "", LOG_LEVEL: "warn" };
const secrets = (args: string[], keys: Record<string, string>) => runCli(["secrets", ...args], { ...env, ...keys });
const TOTP_SEALED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const TOTP_CLEAR = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
const reply = { code: "K7QM3XPD", links: { cancel: "https://museum.example/en/bookings/K7QM3XPD/cancel?secret=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG" } };

async function withData<T>(work: (db: Awaited<ReturnType<typeof openPglite>>["db"]) => Promise<T>): Promise<T> {
  const handle = await openPglite(env.DATA_DIR);
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  expect((await runCli(["migrate"], { ...env, SECRET_KEY: OLD })).code).toBe(0);
  const old = createKeyring(OLD);
  await withData(async (db) => {
    await db.insert(accounts).values([
      { email: "sealed@example.org", name: "Sealed", totpSecret: old.seal(TOTP_SEALED), totpEnabledAt: new Date() },
      { email: "clear@example.org", name: "Clear", totpSecret: TOTP_CLEAR, totpEnabledAt: new Date() },
    ]);
    await enqueueMessage(db, old, { kind: "booking_confirmed", toAddress: "ada@example.org", subject: "Booked", textBody: reply.links.cancel, htmlBody: `<a href="${reply.links.cancel}">Cancel</a>`, attachments: [{ filename: "visit.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR" }] });
    await db.insert(outboxMessages).values({ kind: "booking_confirmed", toAddress: "bob@example.org", subject: "Booked", textBody: "sent long ago, in clear", sentAt: new Date() });
    const key = { scope: "bookings", key: "retry-me", requestHash: "h", expiresAt: new Date(Date.now() + 3_600_000) };
    await claimIdempotencyKey(db, old, key);
    await storeIdempotentReply(db, old, key.scope, key.key, 201, reply);
  });
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("remembrance secrets rekey", () => {
  it("refuses, saying which key is missing, when the old key is not given as SECRET_KEY_PREVIOUS", async () => {
    const run = await secrets(["rekey"], { SECRET_KEY: NEW });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^remembrance: secrets rekey: a value was sealed with a key that is neither SECRET_KEY nor one of SECRET_KEY_PREVIOUS \(key id [0-9a-f]{8}\)/);
  }, 60_000);

  it("seals everything again under the new key, says how much, and the old key is no longer needed", async () => {
    const run = await secrets(["rekey"], { SECRET_KEY: NEW, SECRET_KEY_PREVIOUS: OLD });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Sealed again under the current key: TOTP secrets 2, messages waiting to be sent 1, idempotent replies 1.");
    expect(run.stdout).toContain("Bodies dropped of messages already sent: 1.");

    const only = createKeyring(NEW);
    await withData(async (db) => {
      const totp = await db.select({ email: accounts.email, s: accounts.totpSecret }).from(accounts).orderBy(accounts.email);
      expect(totp.map((a) => [a.email, only.open(a.s!)])).toEqual([["clear@example.org", TOTP_CLEAR], ["sealed@example.org", TOTP_SEALED]]);
      const [waiting] = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, "ada@example.org"));
      expect([only.open(waiting!.textBody), only.open(waiting!.htmlBody!), only.open(waiting!.attachments[0]!.content)])
        .toEqual([reply.links.cancel, `<a href="${reply.links.cancel}">Cancel</a>`, "BEGIN:VCALENDAR"]);
      const [sent] = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, "bob@example.org"));
      expect(sent).toMatchObject({ textBody: "", htmlBody: null, attachments: [] });
      const [kept] = await db.select().from(idempotencyKeys);
      expect(JSON.parse(only.open((kept!.response as { sealed: string }).sealed))).toEqual(reply);
    });

    const help = await runCli(["secrets", "--help"], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: remembrance secrets rekey");
    const wrong = await runCli(["secrets", "rotate"], env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Usage: remembrance secrets rekey");
  }, 60_000);
});
