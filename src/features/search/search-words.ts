/**
 * What a visitor typed, as words to look up: letters and digits only, so quotes, operators, brackets and
 * SQL-looking text are plain separators and nothing typed is ever read as query syntax.
 */

/** At most this many words are looked up; the rest of a long query is ignored. */
export const MAX_WORDS = 12;
/** Misspelt words are looked up among known ones only from this length (shorter ones match too much). */
export const MIN_CORRECTED_LENGTH = 4;

export interface TypedWords {
  words: string[];
  /** Why the text cannot be searched as typed, when it cannot. */
  notice?: "too_short" | "no_words";
}

/** Splits `q` into words: runs of letters (any script, accents kept) and digits, lower-cased, without repeats. */
export function typedWords(q: string): TypedWords {
  const text = q.normalize("NFC").trim();
  if (text === "") return { words: [] };
  const words = [...new Set((text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()))].slice(0, MAX_WORDS);
  if (words.length === 0) return { words, notice: "no_words" };
  if (words.join("").length < 2) return { words: [], notice: "too_short" };
  return { words };
}
