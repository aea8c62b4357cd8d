/**
 * Where known names are mentioned in a text: the text cut into plain pieces and mentions, so a page can
 * link a place's name where a long text says it ("today's Museum of the Liberation of Paris"). Pure: the
 * caller decides what a mention links to and renders every piece as text (escaped by the view).
 */

export interface KnownName<K> {
  /** The name as a text may write it (its case is ignored). */
  name: string;
  /** What the name stands for (e.g. a place's slug). */
  key: K;
}

export type TextPiece<K> = { text: string } | { text: string; key: K };

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Cuts `text` at the first mention of each key (at most one mention per key, names of two letters or fewer
 * ignored): the longest name wins where names overlap, and a name counts only as whole words.
 */
export function mentionsIn<K>(text: string, names: KnownName<K>[]): TextPiece<K>[] {
  const lower = text.toLowerCase();
  // Lower-casing may change a text's length (a rare letter): positions would not match, so nothing is linked.
  if (lower.length !== text.length) return [{ text }];
  const candidates = names.filter((n) => n.name.trim().length > 2).sort((a, b) => b.name.length - a.name.length);
  const found: { start: number; end: number; key: K }[] = [];
  const linked = new Set<K>();
  for (const { name, key } of candidates) {
    if (linked.has(key)) continue;
    const wanted = name.toLowerCase();
    for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
      const end = at + wanted.length;
      const whole = !isWordChar(text[at - 1]) && !isWordChar(text[end]);
      const free = found.every((f) => end <= f.start || at >= f.end);
      if (whole && free) {
        found.push({ start: at, end, key });
        linked.add(key);
        break;
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  const pieces: TextPiece<K>[] = [];
  let from = 0;
  for (const f of found) {
    if (f.start > from) pieces.push({ text: text.slice(from, f.start) });
    pieces.push({ text: text.slice(f.start, f.end), key: f.key });
    from = f.end;
  }
  if (from < text.length || pieces.length === 0) pieces.push({ text: text.slice(from) });
  return pieces;
}
