/** The app as the server builds it, for bench/request-path.ts. */
import type { DatabaseHandle } from "../src/db/database.ts";
import type { Logger } from "../src/lib/logger.ts";
import { createApp } from "../src/app/create-app.ts";
import { PageCache } from "../src/web/page-cache.ts";
import { createKeyring, generateSecretKey } from "../src/lib/secret-key.ts";
import { loadConfig } from "../src/lib/config.ts";
import { abuseLimits } from "../src/features/limits/abuse-limits.ts";

export function buildApp(handle: DatabaseHandle, logger: Logger) {
  const secrets = createKeyring(generateSecretKey());
  const now = () => new Date();
  return createApp({
    db: handle.db, ping: handle.ping, logger, now, publicUrl: "https://museum.example",
    contentRevision: handle.contentRevision, pageCache: new PageCache(), secrets,
    limits: abuseLimits(handle.db, loadConfig({}).limits, secrets, now),
  });
}
