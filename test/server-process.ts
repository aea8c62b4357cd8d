/** Runs the real CLI server as a child process, for tests of start-up, locking, signals and logs. */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { TEST_SECRET_KEY } from "./secrets.ts";

const BIN = fileURLToPath(new URL("../bin/remembrance.js", import.meta.url));

/** Node's arguments that run `remembrance serve`. */
const SERVE = [BIN, "serve"];

/** Node's arguments that run a TypeScript file of test/ through tsx, as bin/remembrance.js runs the CLI. */
export const tsxEntry = (file: string) => ["--import", "tsx", fileURLToPath(new URL(file, import.meta.url))];

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/**
 * The environment that turns every abuse limit off, for tests and benchmarks that send many
 * requests from one address on purpose (the limits' own tests leave them on).
 */
export const NO_LIMITS_ENV: Record<string, string> = {
  LIMIT_BOOKINGS_PER_ADDRESS: "off", LIMIT_BOOKINGS_PER_EMAIL: "off", LIMIT_BOOKINGS_PER_VISIT_DAY: "off",
  LIMIT_SIGN_INS_PER_ADDRESS: "off", LIMIT_CANCELS_PER_ADDRESS: "off",
};

/** Runs `remembrance <args>` with `env` added and `stdin` piped in (then closed); resolves when it exits. */
export function runCli(args: string[], env: Record<string, string>, stdin = "") {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: "pipe" });
    child.stdin.end(stdin);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `remembrance serve` (or the server `args` run) and waits for its "ready" line (or its exit). */
export async function startServerProcess(env: Record<string, string>, args: string[] = SERVE): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  // Processes sharing one PostgreSQL share one key (in their own temp DATA_DIRs each would generate its own).
  const sharedKey = env.DATABASE_URL ? { SECRET_KEY: TEST_SECRET_KEY } : {};
  const child = spawn(process.execPath, args, {
    env: { ...process.env, HOST: "127.0.0.1", ...sharedKey, ...env, PORT: String(port) },
    stdio: "pipe",
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (stdout.includes("Remembrance is ready")) resolve();
    };
    child.stdout.on("data", check);
    exited.then((code) => reject(new Error(`server exited with ${code} before it was ready:\n${stderr}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, stdout: () => stdout, stderr: () => stderr, exited };
}
