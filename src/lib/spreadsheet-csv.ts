/**
 * CSV for spreadsheet apps: UTF-8 with a byte order mark (so accents read right), RFC 4180 quoting,
 * CRLF line ends, and every cell a spreadsheet would run as a formula made inert.
 */
import { stringify } from "csv-stringify/sync";

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"); tab and CR too. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a quote to a cell a spreadsheet would otherwise evaluate. */
export const neutraliseFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** A header line of `columns`, then one line per row (cells in the columns' order). */
export function spreadsheetCsv(columns: readonly string[], rows: string[][]): string {
  return stringify(rows.map((row) => row.map(neutraliseFormula)), { bom: true, header: true, columns: [...columns], record_delimiter: "windows" });
}
