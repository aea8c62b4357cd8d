/** Starting and stopping the HTTP server with its database and background jobs: migrate, seed if empty, listen, drain on SIGTERM. */
import { abuseLimits } from "../features/limits/abuse-limits.ts";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { openPglite, openPostgres, type DatabaseHandle } from "../db/database.ts";
import { LOCK_KEYS, runMigrations } from "../db/migrate.ts";
import { seedIfEmpty } from "../features/dataset/dataset.service.ts";
import type { Config } from "../lib/config.ts";
import type { Logger } from "../lib/logger.ts";
import type { SecretKeyring } from "../lib/secret-key.ts";
import { forgetBodiesOfSentMessages } from "../features/outbox/outbox.service.ts";
import { sealClearTotpSecrets } from "../features/staff/totp-secrets.service.ts";
import { loadSecretKeyring } from "./secret-key-file.ts";
import type { AppDeps } from "../web/app-env.ts";
import { PageCache } from "../web/page-cache.ts";
import { shutdownGate, trackConnections, type ShutdownGate } from "../web/graceful-shutdown.ts";
import { startBackgroundJobs } from "./background-jobs.ts";
import { createApp } from "./create-app.ts";

export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  return config.databaseUrl ? openPostgres(config.databaseUrl, config.poolSize) : openPglite(config.dataDir);
}

/** Applies migrations, and loads the default dataset into an empty database; safe with several processes. */
export async function prepareDatabase(handle: DatabaseHandle, logger: Logger) {
  await handle.withExclusiveLock(LOCK_KEYS.migrateAndSeed, () => runMigrations(handle));
  const seeded = await seedIfEmpty(handle);
  if (seeded) logger.info("default dataset loaded", { counts: seeded });
  return seeded;
}

/**
 * At start-up, after migrations: what an earlier version kept in clear is sealed (TOTP secrets) or
 * dropped (the bodies of sent messages). Idempotent; several processes may run it at once.
 */
export async function sealSecretsAtRest(handle: DatabaseHandle, secrets: SecretKeyring, logger: Logger) {
  const totpSecrets = await sealClearTotpSecrets(handle.db, secrets);
  const sentBodies = await forgetBodiesOfSentMessages(handle.db);
  if (totpSecrets + sentBodies > 0) logger.info("secrets kept in clear sealed or dropped", { totpSecrets, sentBodies });
}

export interface RunningServer {
  url: string;
  server: Server;
  handle: DatabaseHandle;
  /** Stops accepting connections, lets in-flight requests finish (up to the timeout), lets a message being sent go, closes the database. */
  stop(): Promise<void>;
}

/** `seams` replace parts of the app; only the test proving the slot lock matters passes any (test/unlocked-booking-server.ts). */
export async function startServer(config: Config, logger: Logger, seams: Pick<AppDeps, "booking"> = {}): Promise<RunningServer> {
  // The one clock of the process: every business time (opening status, slots, bookings, audit) reads it.
  const now = () => new Date();
  const secrets = await loadSecretKeyring(config, logger);
  const handle = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(handle, logger);
    await sealSecretsAtRest(handle, secrets, logger);
  } catch (error) {
    await handle.close();
    throw error;
  }
  // The app is built once the port is known: without PUBLIC_URL, absolute addresses use the listening address.
  let gate: ShutdownGate | undefined;
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = serve({ fetch: (request, env) => gate!.fetch(request, env), port: config.port, hostname: config.host }) as Server;
      s.once("listening", () => resolve(s));
      s.once("error", reject);
    });
  } catch (error) {
    await handle.close();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new Error(`Port ${config.port} is already in use on ${config.host}. Stop the other server or set PORT to a free port.`);
    }
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  // The listening address as a browser on this machine reaches it: a wildcard is reached as localhost.
  const shownHost = ["0.0.0.0", "::"].includes(config.host) ? "localhost" : config.host.includes(":") ? `[${config.host}]` : config.host;
  const url = `http://${shownHost}:${port}`;
  const app = createApp({
    db: handle.db, ping: handle.ping, logger, now, publicUrl: config.publicUrl ?? url, allowedHosts: config.allowedHosts,
    contentRevision: handle.contentRevision, pageCache: new PageCache(), security: config.security, secrets,
    limits: abuseLimits(handle.db, config.limits, secrets, now),
    ...seams,
  });
  gate = shutdownGate(app.fetch);
  const drainer = trackConnections(server);
  const jobs = startBackgroundJobs({ db: handle.db, mail: config.mail, logger, now, secrets });

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
    await drainer.drain({ graceMs: 500, timeoutMs: config.shutdownTimeoutMs, onTimeout: gate!.expire });
    // Requests answered 503 may still be running: the database closes under no handler.
    await gate!.idle(config.shutdownTimeoutMs);
    await jobs.stop();
    await handle.close();
  })());
  return { url, server, handle, stop };
}
