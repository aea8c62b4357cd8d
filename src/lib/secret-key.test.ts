import { describe, expect, it } from "vitest";
import { createKeyring, generateSecretKey, SealedValueError } from "./secret-key.ts";

const OLD = "an old secret key of at least thirty-two characters";
const NEW = "the new secret key, also at least thirty-two characters";

describe("the secret keyring", () => {
  it("seals to a value that holds nothing of the plaintext, and opens it again", () => {
    const keyring = createKeyring(NEW);
    const secret = "cancel?secret=K7QM3XPD-abcdefghijklmnop — guidée";
    const sealed = keyring.seal(secret);
    expect(sealed).toMatch(/^sealed:v1:[0-9a-f]{8}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain("K7QM3XPD");
    expect(keyring.isSealed(sealed)).toBe(true);
    expect(keyring.isSealed(secret)).toBe(false);
    expect(keyring.open(sealed)).toBe(secret);
    expect(keyring.open(keyring.seal(""))).toBe("");
    // A fresh IV each time: the same plaintext never seals the same way twice.
    expect(keyring.seal(secret)).not.toBe(sealed);
  });

  it("refuses a tampered value, whichever part was changed", () => {
    const keyring = createKeyring(NEW);
    const sealed = keyring.seal("JBSWY3DPEHPK3PXP");
    const parts = sealed.split(":");
    const flip = (s: string) => (s[0] === "A" ? "B" : "A") + s.slice(1);
    for (const i of [3, 4, 5]) {
      const tampered = parts.map((p, j) => (j === i ? flip(p) : p)).join(":");
      expect(() => keyring.open(tampered)).toThrow(SealedValueError);
    }
    expect(() => keyring.open(`${sealed}A`)).toThrow(/damaged or was altered/);
    expect(() => keyring.open("JBSWY3DPEHPK3PXP")).toThrow(/not a sealed value/);
  });

  it("opens after a rotation what the previous key sealed, and seals with the new one", () => {
    const before = createKeyring(OLD);
    const sealed = before.seal("JBSWY3DPEHPK3PXP");
    const after = createKeyring(NEW, [OLD]);
    expect(after.open(sealed)).toBe("JBSWY3DPEHPK3PXP");
    const resealed = after.seal("JBSWY3DPEHPK3PXP");
    expect(resealed.split(":")[2]).not.toBe(sealed.split(":")[2]);
    expect(() => before.open(resealed)).toThrow(/neither SECRET_KEY nor one of SECRET_KEY_PREVIOUS/);
  });

  it("lets no other keyring open a value", () => {
    const sealed = createKeyring(OLD).seal("JBSWY3DPEHPK3PXP");
    expect(() => createKeyring(NEW).open(sealed)).toThrow(SealedValueError);
    expect(() => createKeyring(generateSecretKey()).open(sealed)).toThrow(SealedValueError);
  });

  it("derives a subkey that is stable for a key, differs by purpose and by key, and is not the key", () => {
    const a = createKeyring(NEW).derive("proof-of-work");
    expect(createKeyring(NEW, [OLD]).derive("proof-of-work")).toBe(a);
    expect(createKeyring(NEW).derive("something-else")).not.toBe(a);
    expect(createKeyring(OLD).derive("proof-of-work")).not.toBe(a);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toContain(NEW);
  });

  it("generates keys of 64 base64url characters, and refuses a short key", () => {
    const key = generateSecretKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(generateSecretKey()).not.toBe(key);
    expect(() => createKeyring("too short")).toThrow(/at least 32 characters/);
  });
});
