/** Structured logs: one JSON object per line on stdout. */
type Level = "debug" | "info" | "warn" | "error";
const RANK: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * An error as a log line may carry it: its class, its code (PostgreSQL's SQLSTATE) and its message,
 * never the request's data. A failed query (Drizzle's DrizzleQueryError: `query` and `params`) logs
 * neither its SQL nor its parameters, and every parameter value is cut out of the messages below it
 * (a driver may quote a value it refused); the stack keeps only its frames, since its first line
 * repeats the message.
 */
export function serializeError(value: unknown, params: readonly unknown[] = []): unknown {
  if (!(value instanceof Error)) return value;
  const own = value as Error & { query?: unknown; params?: unknown; code?: unknown };
  const isQueryError = typeof own.query === "string" && Array.isArray(own.params);
  const hidden = isQueryError ? [...params, ...(own.params as unknown[])] : params;
  // Drizzle writes the SQL and the parameters into its message; a driver's own error (PGlite's also
  // carries `query` and `params`) says only what went wrong, its values cut out below.
  const message = isQueryError && value.message.includes(own.query as string)
    ? "Failed query (SQL and parameters not logged)" : redact(value.message, hidden);
  const code = typeof own.code === "string" || typeof own.code === "number" ? own.code : undefined;
  const frames = value.stack?.split("\n").filter((line) => /^\s+at /.test(line)).join("\n");
  return {
    // Drizzle's DrizzleQueryError keeps Error's generic name: its class says more.
    name: value.name === "Error" && value.constructor?.name ? value.constructor.name : value.name, ...(code !== undefined ? { code } : {}), message, stack: frames ? redact(frames, hidden) : undefined,
    cause: serializeError(value.cause, hidden),
  };
}

/** The text with every parameter value written in it replaced. */
function redact(text: string, params: readonly unknown[]): string {
  let out = text;
  for (const param of params) {
    const written = param instanceof Date ? param.toISOString() : typeof param === "object" && param !== null ? JSON.stringify(param) : String(param ?? "");
    // Short values (a 1, a "fr") say nothing about a person and would shred the message.
    if (written.length >= 3) out = out.split(written).join("[redacted]");
  }
  return out;
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
