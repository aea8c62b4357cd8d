/** Comparing and sorting names the way readers expect, identically on PGlite and PostgreSQL. */
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Locale } from "../lib/locales.ts";

// Both cases, folded before lower(): lower() of "É" depends on the server's ctype, translate() does not.
const ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿæœÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸÆŒ";
const PLAIN = "aaaaaaceeeeiiiinooooouuuuyyaoaaaaaaceeeeiiiinooooouuuuyyao";

/**
 * Accent-folded, lower-cased text compared byte-wise (COLLATE "C"), so that order and equality do
 * not depend on the server's locale: "Émile" sorts with "emile", "Mémorial" before "Musée".
 */
export function folded(value: AnyColumn | SQL): SQL {
  return sql`lower(translate(${value}, ${ACCENTED}, ${PLAIN})) collate "C"`;
}

/** `folded` text of a localized JSONB column in `locale`, else in the other language. */
export function localizedSortKey(column: AnyColumn, locale: Locale): SQL {
  return folded(sql`coalesce(${column}->>${locale}::text, ${column}->>'en', ${column}->>'fr')`);
}
