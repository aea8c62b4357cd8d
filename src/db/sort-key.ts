/** Sorting bilingual names the way readers expect, identically on PGlite and PostgreSQL. */
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Locale } from "./schema/columns.ts";

const ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿæœ";
const PLAIN = "aaaaaaceeeeiiiinooooouuuuyyao";

/**
 * Lower-cased, accent-folded text of a localized JSONB column in `locale` (else the other language),
 * compared byte-wise (COLLATE "C") so the order does not depend on the server's locale.
 */
export function localizedSortKey(column: AnyColumn, locale: Locale): SQL {
  return sql`translate(lower(coalesce(${column}->>${locale}::text, ${column}->>'en', ${column}->>'fr')), ${ACCENTED}, ${PLAIN}) collate "C"`;
}
