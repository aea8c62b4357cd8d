import { describe, expect, it } from "vitest";
import { acceptedTotpStep, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpCodeAt, totpUri } from "./totp.ts";

const now = new Date("2025-05-08T10:00:10Z");
const step = Math.floor(now.getTime() / 30_000);

describe("TOTP codes", () => {
  const secret = newTotpSecret();

  it("accept the code of now and of one step either side, and nothing further", () => {
    expect(acceptedTotpStep(secret, totpCodeAt(secret, now), now, null)).toBe(step);
    expect(acceptedTotpStep(secret, totpCodeAt(secret, new Date(now.getTime() - 30_000)), now, null)).toBe(step - 1);
    expect(acceptedTotpStep(secret, totpCodeAt(secret, new Date(now.getTime() + 30_000)), now, null)).toBe(step + 1);
    expect(acceptedTotpStep(secret, totpCodeAt(secret, new Date(now.getTime() - 90_000)), now, null)).toBeUndefined();
  });

  it("refuse a code of a step already used, or earlier", () => {
    const code = totpCodeAt(secret, now);
    expect(acceptedTotpStep(secret, code, now, step)).toBeUndefined();
    expect(acceptedTotpStep(secret, code, now, step - 1)).toBe(step);
  });

  it("accept spaces inside a code but nothing that is not 6 digits", () => {
    const code = totpCodeAt(secret, now);
    expect(acceptedTotpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).toBe(step);
    expect(acceptedTotpStep(secret, `${code}0`, now, null)).toBeUndefined();
  });

  it("give apps an otpauth address naming the site and the account", () => {
    const uri = totpUri(secret, "ana@example.org");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Remembrance:ana%40example\.org\?/);
    expect(uri).toContain(`secret=${secret}`);
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes shaped xxxx-xxxx-xx without look-alike characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{2}$/);
  });

  it("hash the same whatever the case, spaces and dashes typed", () => {
    expect(hashRecoveryCode("K7WQ P3MZ RT")).toBe(hashRecoveryCode("k7wq-p3mz-rt"));
    expect(hashRecoveryCode("k7wq-p3mz-rt")).not.toBe(hashRecoveryCode("k7wq-p3mz-ru"));
  });
});
