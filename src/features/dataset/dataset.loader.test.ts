import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetError, loadDatasetFolder } from "./dataset.loader.ts";
import { DEFAULT_DATASET_DIR } from "./dataset.service.ts";

function copyOfShippedDataset(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "rm-dataset-")), "dataset");
  cpSync(DEFAULT_DATASET_DIR, dir, { recursive: true });
  return dir;
}

async function problemsOf(dir: string) {
  try {
    await loadDatasetFolder(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems;
  }
  throw new Error("expected the load to fail");
}

describe("loadDatasetFolder", () => {
  it("names the file, the path inside it, the line and what is wrong", async () => {
    const dir = copyOfShippedDataset();
    const file = join(dir, "places", "musee-liberation-paris.yaml");
    const text = readFileSync(file, "utf8").replace(/opens: "?10:00"?/, 'opens: "25:00"');
    writeFileSync(file, text);
    const problems = await problemsOf(dir);
    const p = problems.find((x) => x.path === "openingHours.0.opens");
    expect(p!.file).toMatch(/places\/musee-liberation-paris\.yaml$/);
    expect(p!.path).toBe("openingHours.0.opens");
    expect(p!.message).toContain("HH:MM");
    const line = text.split("\n").findIndex((l) => l.includes("25:00")) + 1;
    expect(p!.line).toBe(line);
  });

  it("reports references to records that do not exist", async () => {
    const dir = copyOfShippedDataset();
    const file = join(dir, "exhibitions", "memorial-de-caen-second-world-war.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^place: memorial-de-caen$/m, "place: memorial-de-kaen"));
    const problems = await problemsOf(dir);
    expect(problems.some((p) => p.path === "place" && p.message.includes('"memorial-de-kaen"') && p.file.endsWith("memorial-de-caen-second-world-war.yaml"))).toBe(true);
  });

  it("reports YAML syntax errors and lists every broken file at once", async () => {
    const dir = copyOfShippedDataset();
    writeFileSync(join(dir, "themes.yaml"), "- slug: x\n  name: [unclosed\n");
    writeFileSync(join(dir, "people.yaml"), "- slug: NOT A SLUG\n  name: Someone\n");
    const problems = await problemsOf(dir);
    expect(problems.map((p) => p.file.split("/").pop())).toEqual(expect.arrayContaining(["themes.yaml", "people.yaml"]));
    expect(problems.find((p) => p.file.endsWith("people.yaml"))).toMatchObject({ path: "0.slug", line: 1 });
  });
});
