import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../lib/config.ts";
import type { Logger } from "../lib/logger.ts";
import { silentLogger } from "../lib/logger.ts";
import { createKeyring } from "../lib/secret-key.ts";
import { loadSecretKeyring, readOrCreateKeyFile } from "./secret-key-file.ts";

const folder = mkdtempSync(join(tmpdir(), "rm-secret-key-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the embedded default's secret key", () => {
  it("is generated in DATA_DIR/secret-key (the folder created, readable by its owner only) and reused on the next start", async () => {
    const dataDir = join(folder, "new", "data");
    const first = await readOrCreateKeyFile(dataDir);
    expect(first).toMatchObject({ path: join(dataDir, "secret-key"), generated: true });
    expect(first.key).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(statSync(first.path).mode & 0o777).toBe(0o600);
    const again = await readOrCreateKeyFile(dataDir);
    expect(again).toEqual({ ...first, generated: false });
  });

  it("opens on the next start what the first start sealed, and says once where it was generated", async () => {
    const lines: unknown[][] = [];
    const logger = { ...silentLogger, info: (...args: unknown[]) => void lines.push(args) } as Logger;
    const config = loadConfig({ DATA_DIR: join(folder, "restart") });
    const sealed = (await loadSecretKeyring(config, logger)).seal("JBSWY3DPEHPK3PXP");
    expect((await loadSecretKeyring(config, logger)).open(sealed)).toBe("JBSWY3DPEHPK3PXP");
    expect(lines).toEqual([[expect.stringContaining("secret key generated"), { path: join(folder, "restart", "secret-key") }]]);
  });

  it("is neither read nor written when SECRET_KEY is set, and keeps the previous keys", async () => {
    const dataDir = join(folder, "configured");
    const old = "an-older-key-of-more-than-thirty-two-characters";
    const sealedBefore = createKeyring(old).seal("kept");
    const keyring = await loadSecretKeyring(loadConfig({ DATA_DIR: dataDir, SECRET_KEY: "x".repeat(40), SECRET_KEY_PREVIOUS: old }), silentLogger);
    expect(keyring.open(sealedBefore)).toBe("kept");
    expect(keyring.open(keyring.seal("new"))).toBe("new");
    expect(() => statSync(join(dataDir, "secret-key"))).toThrow(/ENOENT/);
  });

  it("refuses a key file that was cut short, saying what to do", async () => {
    const dataDir = join(folder, "damaged");
    await readOrCreateKeyFile(dataDir);
    writeFileSync(join(dataDir, "secret-key"), "short\n");
    await expect(readOrCreateKeyFile(dataDir)).rejects.toThrow(/has fewer than 32 characters; restore it from a backup, or set SECRET_KEY/);
  });
});
