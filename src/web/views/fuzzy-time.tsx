/** Dates of known precision as pages show them: the text as written, with the most precise machine-readable `datetime` HTML allows. */

export interface ShownDate { text: string; start?: string; end?: string }

/**
 * The `datetime` of a date of known precision: the most precise valid HTML date that holds both its
 * first and last possible day ("mid-April 1945" → 1945-04). HTML has no ranges, so one spanning
 * years gives the year it starts; an open-ended one the year of its known end.
 */
export function datetimeOf(start?: string, end?: string): string | undefined {
  if (!start || !end) return (start ?? end)?.slice(0, 4);
  if (start === end) return start;
  if (start.slice(0, 7) === end.slice(0, 7)) return start.slice(0, 7);
  return start.slice(0, 4);
}

/** A date as written in the language ("mi-avril 1945"), machine-readable through `datetime`. */
export function FuzzyTime(props: { date: ShownDate }) {
  const datetime = datetimeOf(props.date.start, props.date.end);
  return datetime ? <time datetime={datetime}>{props.date.text}</time> : <span>{props.date.text}</span>;
}
