import { startServer } from "../app/start-server.ts";
import type { Command } from "./cli-support.ts";
import { parseOptions } from "./parse-options.ts";

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the site and API (migrates, and loads the default dataset into an empty database)",
  help: `Usage: remembrance serve

Serves the site and JSON API on http://localhost:$PORT (default 3000). With the embedded database
(no DATABASE_URL) the data lives in $DATA_DIR (default ./data), which one process at a time may open.
Applies pending migrations and, on a database that never held content, loads the default dataset.
SIGTERM or Ctrl-C stops it gracefully: requests in flight finish, then the database closes.`,
  async run(args, ctx) {
    const { values } = parseOptions("serve", args, {});
    const running = await startServer(ctx.config, ctx.logger);
    const where = running.handle.engine === "pglite" ? `embedded database in ${running.handle.location}` : `PostgreSQL at ${running.handle.location}`;
    ctx.out(`Remembrance is ready: browse ${running.url} (${where})`);
    ctx.logger.info("server started", { url: running.url, engine: running.handle.engine, pid: process.pid });
    await new Promise<void>((resolve) => {
      const shutdown = (signal: string) => {
        ctx.logger.info("shutting down", { signal });
        running.stop().then(resolve, (error) => {
          ctx.logger.error("shutdown failed", { error });
          resolve();
        });
      };
      process.once("SIGTERM", () => shutdown("SIGTERM"));
      process.once("SIGINT", () => shutdown("SIGINT"));
    });
    ctx.logger.info("stopped");
    return 0;
  },
};
