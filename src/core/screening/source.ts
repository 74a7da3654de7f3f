/** Shared helpers of the list parsers: line sources and parse issues. */

/** A problem found while parsing a list, with its 1-based line number. */
export interface ParseIssue {
  line: number;
  message: string;
}

/** Entries parsed from a list and the lines that could not be imported. */
export interface ParseResult<T> {
  entries: T[];
  issues: ParseIssue[];
}

/** Text of a list: a whole string, or lines (sync or async, e.g. from readline). */
export type LineSource = string | Iterable<string> | AsyncIterable<string>;

/** Iterates the lines of a source (without line terminators). */
export async function* linesOf(src: LineSource): AsyncGenerator<string> {
  if (typeof src === 'string') {
    const parts = src.split(/\r?\n/);
    if (parts.length && parts.at(-1) === '') parts.pop();
    yield* parts;
    return;
  }
  for await (const l of src as AsyncIterable<string>) yield l.endsWith('\r') ? l.slice(0, -1) : l;
}

/** Thrown by strict parsing when a list has malformed lines: nothing is imported. */
export class ListParseError extends Error {
  constructor(readonly source: string, readonly issues: ParseIssue[]) {
    super(`${source}: ${issues.length} malformed line(s), nothing imported:\n` + issues.slice(0, 20).map((i) => `  line ${i.line}: ${i.message}`).join('\n'));
  }
}
