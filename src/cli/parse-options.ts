import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./cli-support.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses a command's arguments (with --help on every command); unknown options are a usage error. */
export function parseOptions<O extends Options>(command: string, args: string[], options: O, maxPositionals = 0) {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    if (parsed.positionals.length > maxPositionals) {
      throw new UsageError(`${command}: unexpected argument "${parsed.positionals[maxPositionals]}". See: remembrance ${command} --help`);
    }
    return parsed as typeof parsed & { values: { help?: boolean } };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${command}: ${(error as Error).message}. See: remembrance ${command} --help`);
  }
}
