/** What other features use of the outbox: queue a message in the transaction of what it announces. */
import type { Queryable } from "../../db/database.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";
import { dropBodiesOfSentMessages, enqueueMessage, resealWaitingMessages, type NewOutboxMessage } from "./outbox.repository.ts";

export type { NewOutboxMessage } from "./outbox.repository.ts";

/** Queues `message` (its bodies sealed with `secrets`); a rollback of `tx` drops it, a commit makes the sender deliver it (at least once). */
export const queueMessage = (tx: Queryable, secrets: SecretKeyring, message: NewOutboxMessage): Promise<number> => enqueueMessage(tx, secrets, message);

/** At start-up: sent messages keep no bodies, whenever they were sent. Returns how many were emptied. */
export const forgetBodiesOfSentMessages = (db: Queryable): Promise<number> => dropBodiesOfSentMessages(db);

/** After a key rotation: every waiting message sealed under the current key. Returns how many. */
export const resealWaitingBodies = (db: Queryable, secrets: SecretKeyring): Promise<number> => resealWaitingMessages(db, secrets);
