/**
 * Where the browser tests find Debian's Chromium, and the e2e project's global setup that checks it
 * once: without it the browser tests are skipped, with one line naming the command that installs it,
 * except in CI (CI=true), where a missing browser fails the run (.ci/run installs it).
 * REMEMBRANCE_CHROMIUM overrides the path, e.g. REMEMBRANCE_CHROMIUM=/nonexistent to see the skip.
 */
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.REMEMBRANCE_CHROMIUM || "/usr/bin/chromium";

/** False where the browser is missing: each browser test file then skips its tests (`describe.skipIf(!hasChromium)`). */
export const hasChromium = existsSync(CHROMIUM_PATH);

export const INSTALL_CHROMIUM = "apt-get install -y chromium";

export default function checkChromium(): void {
  if (hasChromium) return;
  if (process.env.CI === "true" || process.env.CI === "1") {
    throw new Error(`The browser tests need Debian's Chromium at ${CHROMIUM_PATH}, which is missing in CI. Install it with: ${INSTALL_CHROMIUM}`);
  }
  console.log(`Browser tests skipped: no Chromium at ${CHROMIUM_PATH}. Install it with: ${INSTALL_CHROMIUM}`);
}
