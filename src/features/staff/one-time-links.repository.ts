/** One-time links (invitations, the first administrator's password link): only the token's SHA-256 is stored. */
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { oneTimeLinks } from "../../db/schema/accounts.ts";
import { newSecret, sha256Hex as hashSecret } from "../../lib/secrets.ts";


/** Issues a link valid `ttlHours`; earlier unused links of the account stop working. Returns the token to send. */
export async function issueOneTimeLink(db: Queryable, accountId: number, now: Date, ttlHours = 72): Promise<{ token: string; expiresAt: Date }> {
  await db.update(oneTimeLinks).set({ usedAt: now })
    .where(and(eq(oneTimeLinks.accountId, accountId), isNull(oneTimeLinks.usedAt)));
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + ttlHours * 3600_000);
  await db.insert(oneTimeLinks).values({ tokenHash: hashSecret(token), accountId, purpose: "set_password", createdAt: now, expiresAt });
  return { token, expiresAt };
}

/** The account a still-valid link belongs to, marking the link used; undefined for an unknown, used or expired token. */
export async function redeemOneTimeLink(db: Queryable, token: string, now: Date): Promise<number | undefined> {
  const [row] = await db.update(oneTimeLinks).set({ usedAt: now })
    .where(and(eq(oneTimeLinks.tokenHash, hashSecret(token)), isNull(oneTimeLinks.usedAt), gt(oneTimeLinks.expiresAt, now)))
    .returning({ accountId: oneTimeLinks.accountId });
  return row?.accountId;
}

/** The account of a still-valid link, without using it (to show the form it opens). */
export async function findOneTimeLink(db: Queryable, token: string, now: Date): Promise<number | undefined> {
  const [row] = await db.select({ accountId: oneTimeLinks.accountId }).from(oneTimeLinks)
    .where(and(eq(oneTimeLinks.tokenHash, hashSecret(token)), isNull(oneTimeLinks.usedAt), gt(oneTimeLinks.expiresAt, now)));
  return row?.accountId;
}
