import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.ts";

/** Shaped like drizzle-orm's DrizzleQueryError around a postgres.js PostgresError. */
class FakeDrizzleQueryError extends Error {
  constructor(readonly query: string, readonly params: unknown[], cause: Error) {
    super(`Failed query: ${query}\nparams: ${params.join(",")}`, { cause });
    this.name = "DrizzleQueryError";
  }
}
class FakePostgresError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = "PostgresError";
  }
}

function logged(error: unknown): string {
  const lines: string[] = [];
  createLogger("info", (line) => void lines.push(line)).error("unhandled error", { requestId: "r1", error });
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe("error serialisation", () => {
  it("keeps a failed query's class, SQLSTATE and reason, never its SQL or parameters", () => {
    const cause = new FakePostgresError('invalid input value: "ada.lovelace@example.org"', "22021");
    const error = new FakeDrizzleQueryError(
      "insert into \"bookings\" (\"name\", \"email\") values ($1, $2)", ["Ada\u0000Lovelace", "ada.lovelace@example.org"], cause);
    const line = logged(error);
    expect(line).not.toContain("ada.lovelace@example.org");
    expect(line).not.toContain("Lovelace");
    expect(line).not.toContain("insert into");
    const entry = JSON.parse(line);
    expect(entry.error.name).toBe("DrizzleQueryError");
    expect(entry.error.cause).toMatchObject({ name: "PostgresError", code: "22021", message: "invalid input value: \"[redacted]\"" });
    expect(entry.error.stack).toMatch(/^\s+at /);
  });

  it("keeps an ordinary error's name and message", () => {
    const entry = JSON.parse(logged(new TypeError("x is not a function")));
    expect(entry.error).toMatchObject({ name: "TypeError", message: "x is not a function" });
  });
});
