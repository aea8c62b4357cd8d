import { loadSecretKeyring } from "../app/secret-key-file.ts";
import { resealStoredReplies } from "../features/booking/idempotency-secrets.ts";
import { forgetBodiesOfSentMessages, resealWaitingBodies } from "../features/outbox/outbox.service.ts";
import { resealTotpSecrets } from "../features/staff/totp-secrets.service.ts";
import { SealedValueError } from "../lib/secret-key.ts";
import { UsageError, withExistingDatabase, type Command } from "./cli-support.ts";
import { parseOptions } from "./parse-options.ts";

export const secretsCommand: Command = {
  name: "secrets",
  summary: "seal every kept secret again under the current SECRET_KEY (after a rotation)",
  help: `Usage: remembrance secrets rekey

Seals again under the current SECRET_KEY everything kept sealed: the TOTP secrets of the staff, the
messages not sent yet and the replies kept for Idempotency-Keys. Run it after a rotation, with the
new key in SECRET_KEY and the old one in SECRET_KEY_PREVIOUS, while the server is stopped (embedded
database) or once every app process runs with the new key (PostgreSQL). It may be run again: it
changes nothing that matters. Without SECRET_KEY it uses the key kept in $DATA_DIR/secret-key.`,
  async run(args, ctx) {
    const { positionals } = parseOptions("secrets", args, {}, 1);
    if (positionals[0] !== "rekey") throw new UsageError("secrets: what to do? Usage: remembrance secrets rekey");
    const secrets = await loadSecretKeyring(ctx.config, ctx.logger);
    try {
      const counts = await withExistingDatabase(ctx, "rekey", async (handle) => ({
        totp: await resealTotpSecrets(handle.db, secrets),
        messages: await resealWaitingBodies(handle.db, secrets),
        replies: await resealStoredReplies(handle.db, secrets, new Date()),
        sentBodies: await forgetBodiesOfSentMessages(handle.db),
      }));
      ctx.out(`Sealed again under the current key: TOTP secrets ${counts.totp}, messages waiting to be sent ${counts.messages}, idempotent replies ${counts.replies}.`);
      if (counts.sentBodies > 0) ctx.out(`Bodies dropped of messages already sent: ${counts.sentBodies}.`);
      return 0;
    } catch (error) {
      if (!(error instanceof SealedValueError)) throw error;
      ctx.err(`remembrance: secrets rekey: ${error.message}. What was sealed again so far stays; run it again once the key is back.`);
      return 1;
    }
  },
};
