import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, passwordProblemText, verifyAgainstDummy, verifyPassword } from "./passwords.ts";

describe("password rules", () => {
  it("want 12 to 128 characters, counting characters rather than bytes", () => {
    expect(passwordProblem("short phrase")).toBeUndefined();
    expect(passwordProblem("eleven char")).toBe("too_short");
    expect(passwordProblem("éàèùçâêîôûëï")).toBeUndefined();
    expect(passwordProblem("🙂".repeat(11))).toBe("too_short");
    expect(passwordProblem("abcdefgh".repeat(16))).toBeUndefined();
    expect(passwordProblem(`${"abcdefgh".repeat(16)}x`)).toBe("too_long");
  });

  it("refuse a common password whatever its case", () => {
    expect(passwordProblem("123qweasdzxc")).toBe("too_common");
    expect(passwordProblem("1QAZ2WSX3EDC")).toBe("too_common");
    expect(passwordProblem("correct horse battery")).toBeUndefined();
  });

  it("refuse a common password padded with digits or symbols, digits only, and a few characters repeated", () => {
    for (const padded of ["password123456", "!!Dragon2024!!", "123456789012", "aaaaaaaaaaaa", "121212121212", "2024-12-25 10:00"]) {
      expect(passwordProblem(padded), padded).toBe("too_common");
    }
    for (const fine of ["a long unusual passphrase 1944", "correct horse battery staple", "Vercors juillet 44 !"]) {
      expect(passwordProblem(fine), fine).toBeUndefined();
    }
  });

  it("explain each problem in English and French", () => {
    expect(passwordProblemText("too_short", "en")).toBe("Use at least 12 characters");
    expect(passwordProblemText("too_common", "en")).toBe("This password is among the most common ones; choose another");
    expect(passwordProblemText("too_short", "fr")).toBe("Utilisez au moins 12 caractères");
  });
});

describe("password hashing", () => {
  it("stores Argon2id with 19 MiB and 2 passes, and verifies only the right password", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, "correct horse battery")).toBe(true);
    expect(await verifyPassword(stored, "correct horse batterY")).toBe(false);
    expect(await verifyPassword("not a hash", "correct horse battery")).toBe(false);
    expect(await verifyAgainstDummy("anything")).toBe(false);
  });
});
