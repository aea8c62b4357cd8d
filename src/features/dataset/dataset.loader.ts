/**
 * Reads the human-readable dataset folder (YAML) into one validated Dataset. Any broken file stops
 * the load with the file, the path inside it, its line and what is wrong; nothing is returned then.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { findReferenceIssues } from "./dataset.references.ts";
import {
  collectionObjectSchema, datasetSchema, eventSchema, exhibitionSchema, personSchema, placeSchema, themeSchema,
  type Dataset,
} from "./dataset.schemas.ts";
import { plural } from "../../web/i18n/plural.ts";

export interface DatasetProblem {
  file: string;
  path: string;
  line?: number;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(`The dataset has ${plural("en", problems.length, { one: "{n} problem", other: "{n} problems" })}; nothing was loaded:\n`
      + problems.map(formatProblem).join("\n"));
  }
}

export function formatProblem(p: DatasetProblem): string {
  return `  ${p.file}${p.line ? `:${p.line}` : ""}  ${p.path || "(whole file)"}: ${p.message}`;
}

type Section = "themes" | "people" | "events" | "places" | "exhibitions" | "objects";

/** Where each section's records live: one list per file, or one record per file in a folder. */
const LAYOUT: { section: Section; source: string; schema: z.ZodType; onePerFile: boolean }[] = [
  { section: "themes", source: "themes.yaml", schema: themeSchema, onePerFile: false },
  { section: "people", source: "people.yaml", schema: personSchema, onePerFile: false },
  { section: "events", source: "events.yaml", schema: eventSchema, onePerFile: false },
  { section: "places", source: "places", schema: placeSchema, onePerFile: true },
  { section: "exhibitions", source: "exhibitions", schema: exhibitionSchema, onePerFile: true },
  { section: "objects", source: "objects", schema: collectionObjectSchema, onePerFile: false },
];

interface Origin { file: string; doc: Document; prefix: (string | number)[]; lines: LineCounter }

function lineOf(origin: Origin, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = origin.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return origin.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

async function filesOf(root: string, source: string): Promise<string[]> {
  if (source.endsWith(".yaml")) return [join(root, source)];
  const names = await readdir(join(root, source)).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(".yaml")).sort().map((n) => join(root, source, n));
}

/** Loads and validates `root` (the dataset folder); throws DatasetError listing every problem found. */
export async function loadDatasetFolder(root: string): Promise<Dataset> {
  const problems: DatasetProblem[] = [];
  const raw: Record<Section, unknown[]> = { themes: [], people: [], events: [], places: [], exhibitions: [], objects: [] };
  const origins: Record<Section, Origin[]> = { themes: [], people: [], events: [], places: [], exhibitions: [], objects: [] };

  for (const { section, source, schema, onePerFile } of LAYOUT) {
    for (const path of await filesOf(root, source)) {
      const file = relative(process.cwd(), path);
      const lines = new LineCounter();
      const doc = parseDocument(await readFile(path, "utf8"), { lineCounter: lines, prettyErrors: false });
      if (doc.errors.length > 0) {
        for (const e of doc.errors) problems.push({ file, path: "", line: e.linePos?.[0]?.line, message: `not valid YAML: ${e.code}` });
        continue;
      }
      const value: unknown = doc.toJS();
      const records = onePerFile ? [value] : value;
      if (!Array.isArray(records)) {
        problems.push({ file, path: "", line: 1, message: `must be a list of ${section}` });
        continue;
      }
      records.forEach((record, i) => {
        const prefix = onePerFile ? [] : [i];
        const origin: Origin = { file, doc, prefix, lines };
        const result = schema.safeParse(record);
        if (!result.success) {
          for (const issue of result.error.issues) {
            const at = [...prefix, ...(issue.path as (string | number)[])];
            problems.push({ file, path: at.join("."), line: lineOf(origin, at), message: issue.message });
          }
          return;
        }
        raw[section].push(result.data);
        origins[section].push(origin);
      });
    }
  }
  if (problems.length > 0) throw new DatasetError(problems);

  const dataset = datasetSchema.parse(raw);
  for (const issue of findReferenceIssues(dataset)) {
    const [section, index, ...rest] = issue.path as [Section, number, ...(string | number)[]];
    const origin = origins[section]?.[index];
    if (!origin) {
      problems.push({ file: root, path: issue.path.join("."), message: issue.message });
      continue;
    }
    const at = [...origin.prefix, ...rest];
    problems.push({ file: origin.file, path: at.join("."), line: lineOf(origin, at), message: issue.message });
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}
