/** The keyring of the in-process test apps: a fixed key, so a test can open what the app sealed. */
import { createKeyring } from "../src/lib/secret-key.ts";

export const TEST_SECRET_KEY = "test-secret-key-of-the-remembrance-test-suite-0123456789";

export const testSecrets = createKeyring(TEST_SECRET_KEY);
