/**
 * axe-core with the WCAG 2.2 AA rule set, and full-page screenshots under screenshots/ (git-ignored)
 * for a person to look at: what the accessibility tests of the public site and of the back office share.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];
/** A phone's and a desktop's width, in CSS pixels. */
export const WIDTHS = [375, 1280] as const;
export const SCREENSHOTS = fileURLToPath(new URL("../screenshots/", import.meta.url));

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** One line per violation and per element: rule id, impact, what the rule asks, the element and why it fails. */
export function describeViolations(results: AxeResults): string {
  return results.violations.map((v) => [
    `${v.id} (${v.impact ?? "n/a"}): ${v.help} — ${v.helpUrl}`,
    ...v.nodes.map((n) => `    at ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n\s*/g, " / ")}`),
  ].join("\n")).join("\n");
}

export const ensureScreenshotFolder = () => mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * Screenshots the page as it is now (`screenshots/{shot}-{width}.png`) and runs axe on it; resolves to
 * a report of its violations, empty when there is none.
 */
export async function screenshotAndAxe(page: Page, width: number, shot: string, label: string): Promise<string> {
  await page.screenshot({ path: `${SCREENSHOTS}${shot}-${width}.png`, fullPage: true });
  // Legacy mode runs axe in the page itself: the pages have no frames, and the default mode's extra
  // blank page to merge frame results made each check several times slower.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ["violations"] }).setLegacyMode().analyze();
  return results.violations.length ? `${label} at ${width} px:\n${describeViolations(results)}` : "";
}
