/** `remembrance <command>`: the command-line entry point. */
import { exportCommand } from "./export.command.ts";
import { importCommand } from "./import.command.ts";
import { migrateCommand } from "./migrate.command.ts";
import { secretsCommand } from "./secrets.command.ts";
import { seedCommand } from "./seed.command.ts";
import { serveCommand } from "./serve.command.ts";
import { userCommand } from "./user.command.ts";
import { createContext, reportFailure, type Command } from "./cli-support.ts";

const COMMANDS: Command[] = [serveCommand, migrateCommand, seedCommand, exportCommand, importCommand, userCommand, secretsCommand];

const usage = () => `Usage: remembrance <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join("\n")}

Run "remembrance <command> --help" for a command's options.
Configuration comes from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL, PUBLIC_URL,
REQUIRE_ADMIN_TOTP, TRUST_PROXY, SECRET_KEY, SECRET_KEY_PREVIOUS (see README).`;

export async function main(argv: string[]): Promise<number> {
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    err(`remembrance: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  try {
    if (args.includes("--help") || args.includes("-h")) {
      process.stdout.write(`${command.help}\n`);
      return 0;
    }
    return await command.run(args, createContext());
  } catch (error) {
    return reportFailure(error, err);
  }
}

process.exitCode = await main(process.argv.slice(2));
