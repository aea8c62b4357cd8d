/** The app as the server builds it, for bench/request-path.ts. */
import type { DatabaseHandle } from "../src/db/database.ts";
import type { Logger } from "../src/lib/logger.ts";
import { createApp } from "../src/app/create-app.ts";
import { PageCache } from "../src/web/page-cache.ts";
import { createKeyring, generateSecretKey } from "../src/lib/secret-key.ts";

export function buildApp(handle: DatabaseHandle, logger: Logger) {
  return createApp({
    db: handle.db, ping: handle.ping, logger, now: () => new Date(), publicUrl: "https://museum.example",
    contentRevision: handle.contentRevision, pageCache: new PageCache(), secrets: createKeyring(generateSecretKey()),
  });
}
