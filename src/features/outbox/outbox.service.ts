/** What other features use of the outbox: queue a message in the transaction of what it announces. */
import type { Queryable } from "../../db/database.ts";
import { enqueueMessage, type NewOutboxMessage } from "./outbox.repository.ts";

export type { NewOutboxMessage } from "./outbox.repository.ts";

/** Queues `message`; a rollback of `tx` drops it, a commit makes the sender deliver it (at least once). */
export const queueMessage = (tx: Queryable, message: NewOutboxMessage): Promise<number> => enqueueMessage(tx, message);
