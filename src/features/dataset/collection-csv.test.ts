import { describe, expect, it } from "vitest";
import { datasetSchema } from "./dataset.schemas.ts";
import { parseCsv } from "../../../test/csv.ts";
import { neutraliseFormula } from "../../lib/spreadsheet-csv.ts";
import { collectionCsv, COLLECTION_CSV_COLUMNS } from "./collection-csv.ts";

const dataset = datasetSchema.parse({
  places: [{ slug: "musee", kind: "museum", name: { en: "Liberation Museum", fr: "Musée de la Libération" } }],
  people: [{ slug: "leclerc", name: "Philippe Leclerc de Hauteclocque" }],
  objects: [
    {
      slug: "poster", holder: "musee", type: "poster", date: "1944-08", itemCount: 3,
      title: { en: "Poster, \"To arms!\"", fr: "Affiche « Aux armes, citoyens », 1944" },
      summary: { en: "Line one\nline two" },
      people: [{ person: "leclerc" }], themes: ["b-theme", "a-theme"], inventoryNumber: "INV-1",
    },
    { slug: "evil", holder: "musee", type: "object", title: { en: "=HYPERLINK(\"http://x\")", fr: "@SUM(A1)" }, credit: { fr: "+33 1 23" } },
  ],
});

describe("collectionCsv", () => {
  const text = collectionCsv(dataset);
  const rows = parseCsv(text);
  const byColumn = (row: string[]) => Object.fromEntries(COLLECTION_CSV_COLUMNS.map((c, i) => [c, row[i]]));

  it("starts with a byte order mark and a header, then one row per object", () => {
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(rows[0]).toEqual([...COLLECTION_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(text).toContain("\r\n");
  });

  it("keeps French titles, quotes, commas and line breaks intact", () => {
    const poster = byColumn(rows[1]!);
    expect(poster.title_fr).toBe("Affiche « Aux armes, citoyens », 1944");
    expect(poster.title_en).toBe("Poster, \"To arms!\"");
    expect(poster.summary_en).toBe("Line one\nline two");
    expect(poster.holder_name_fr).toBe("Musée de la Libération");
    expect(poster.date).toBe("1944-08");
    expect(poster.item_count).toBe("3");
    expect(poster.people).toBe("Philippe Leclerc de Hauteclocque");
    expect(poster.themes).toBe("a-theme; b-theme");
  });

  it("makes formula-looking cells inert", () => {
    const evil = byColumn(rows[2]!);
    expect(evil.title_en).toBe("'=HYPERLINK(\"http://x\")");
    expect(evil.title_fr).toBe("'@SUM(A1)");
    expect(evil.credit_fr).toBe("'+33 1 23");
  });

  it("neutralises = + - @ tab and carriage return, and nothing else", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseFormula("1944")).toBe("1944");
    expect(neutraliseFormula("")).toBe("");
  });
});
