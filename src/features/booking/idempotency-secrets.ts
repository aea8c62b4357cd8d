/** After a key rotation: the replies kept for idempotency keys (they hold a booking's secret) sealed under the current key. */
import type { Queryable } from "../../db/database.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";
import { resealIdempotentReplies } from "./booking.repository.ts";

/** Seals every reply that may still be replayed under the current key; returns how many. */
export const resealStoredReplies = (db: Queryable, secrets: SecretKeyring, now: Date): Promise<number> => resealIdempotentReplies(db, secrets, now);
