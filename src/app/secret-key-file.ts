/**
 * The process's secret keyring: SECRET_KEY (with SECRET_KEY_PREVIOUS) when set, else, outside
 * production, the key kept in DATA_DIR/secret-key, generated there (readable by its owner only)
 * the first time. That file must be backed up with the data: what it sealed opens with it only.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "../lib/config.ts";
import type { Logger } from "../lib/logger.ts";
import { createKeyring, generateSecretKey, MIN_SECRET_KEY_LENGTH, type SecretKeyring } from "../lib/secret-key.ts";
import { ConfigError } from "../lib/config.ts";

export const SECRET_KEY_FILE = "secret-key";

/** The key kept in `dataDir/secret-key`, generated (mode 0600, the folder created) when there is none; `generated` says which. */
export async function readOrCreateKeyFile(dataDir: string): Promise<{ key: string; path: string; generated: boolean }> {
  const path = join(dataDir, SECRET_KEY_FILE);
  const read = async () => {
    const key = (await readFile(path, "utf8")).trim();
    if (key.length < MIN_SECRET_KEY_LENGTH) {
      throw new ConfigError(`the secret key in ${path} has fewer than ${MIN_SECRET_KEY_LENGTH} characters; restore it from a backup, or set SECRET_KEY`);
    }
    return key;
  };
  try {
    return { key: await read(), path, generated: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const key = generateSecretKey();
  try {
    // "wx": of two processes starting at once, one writes and the other reads what it wrote.
    await writeFile(path, `${key}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return { key: await read(), path, generated: false };
  }
  return { key, path, generated: true };
}

/** The keyring of the configuration (see above); logs once when a key was generated, and where. */
export async function loadSecretKeyring(config: Config, logger: Logger): Promise<SecretKeyring> {
  const { key, previousKeys } = config.secrets;
  if (key) return createKeyring(key, previousKeys);
  const file = await readOrCreateKeyFile(config.dataDir);
  if (config.databaseUrl) logger.warn("SECRET_KEY is not set: using the key kept in DATA_DIR; every process sharing this database must have the same key", { path: file.path });
  if (file.generated) logger.info("secret key generated (set SECRET_KEY in production; back this file up with the data)", { path: file.path });
  return createKeyring(file.key, previousKeys);
}
