/** Structured logs: one JSON object per line on stdout. */
type Level = "debug" | "info" | "warn" | "error";
const RANK: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  return { name: value.name, message: value.message, stack: value.stack, cause: serializeError(value.cause) };
}

export function createLogger(level: Level | "silent" = "info", write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  const log = (at: Level) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (RANK[at] < RANK[level]) return;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level: at, msg };
    for (const [k, v] of Object.entries(fields)) entry[k] = serializeError(v);
    write(`${JSON.stringify(entry)}\n`);
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

export const silentLogger: Logger = createLogger("silent");
